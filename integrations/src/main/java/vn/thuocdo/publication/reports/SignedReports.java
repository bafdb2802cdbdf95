package vn.thuocdo.publication.reports;

import org.springframework.stereotype.Component;
import vn.thuocdo.forms.highlights.HighlightRule;
import vn.thuocdo.forms.highlights.HighlightRules;
import vn.thuocdo.publication.FileKind;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublicationFile;
import vn.thuocdo.publication.PublicationFileSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The publication's signed PDFs: the national report ({@code bao-cao-quoc-gia.pdf}) and one scorecard per unit
 * ({@code don-vi/<unit id>.pdf}), in Vietnamese with embedded fonts, each signed PAdES B-B with the configured key
 * (or the demo key, which each document's first page names as such). Documents are made one at a time and closed
 * before the next: what stays in memory is the finished files the publication stores.
 */
@Component
class SignedReports implements PublicationFileSource {

    static final String NATIONAL_PATH = "bao-cao-quoc-gia.pdf";
    static final String PDF = "application/pdf";

    private final PublishedRecords records;
    private final SigningKeys keys;
    private final HighlightRule rule = HighlightRules.load().current();

    SignedReports(PublishedRecords records, SigningKeys keys) {
        this.records = records;
        this.keys = keys;
    }

    @Override
    public List<PublicationFile> files(PublicationDraft publication) {
        PublishedRecord record = records.read(publication);
        SigningKey key = keys.key();
        return files(record, key, true);
    }

    /** The files of a record; unsigned only for the benchmark's baseline. */
    List<PublicationFile> files(PublishedRecord record, SigningKey key, boolean signed) {
        ReportWords words = new ReportWords();
        PadesSigner signer = new PadesSigner(key);
        PublicationDraft draft = record.draft();
        String reason = words.say("publication.report.signature.reason", draft.code());
        String location = words.say("publication.report.signature.location");
        String name = Openings.signer(key);
        List<PublicationFile> files = new ArrayList<>();
        try {
            byte[] national = new NationalReport(record, words, rule).write(key);
            files.add(new PublicationFile(NATIONAL_PATH, FileKind.REPORT, null, PDF,
                    signed ? signer.sign(national, name, reason, location, draft.publishedAt()) : national));
            UnitReport units = new UnitReport(record, words, rule);
            for (String unitId : record.units()) {
                byte[] pdf = units.write(unitId, key);
                files.add(new PublicationFile("don-vi/" + unitId + ".pdf", FileKind.UNIT_REPORT, unitId, PDF,
                        signed ? signer.sign(pdf, name, reason, location, draft.publishedAt()) : pdf));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
