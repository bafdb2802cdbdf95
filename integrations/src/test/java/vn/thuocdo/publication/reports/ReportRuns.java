package vn.thuocdo.publication.reports;

import org.springframework.context.ApplicationContext;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublicationFile;

import java.util.List;

/** The reports' source as the benchmark drives it (its classes are package-private): signed, and unsigned. */
public final class ReportRuns {

    private final SignedReports reports;
    private final PublishedRecords records;
    private final SigningKeys keys;

    public ReportRuns(ApplicationContext context) {
        this.reports = context.getBean(SignedReports.class);
        this.records = context.getBean(PublishedRecords.class);
        this.keys = context.getBean(SigningKeys.class);
    }

    /** What the publication gets: read, drawn, signed. */
    public List<PublicationFile> signed(PublicationDraft draft) {
        return reports.files(draft);
    }

    /** The same documents, read and drawn but not signed: the baseline. */
    public List<PublicationFile> unsigned(PublicationDraft draft) {
        return reports.files(records.read(draft), keys.key(), false);
    }
}
