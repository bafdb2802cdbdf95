package vn.thuocdo.publication.reports;

import vn.thuocdo.publication.PublicationDraft;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** What every document of a publication opens with: who issues it, its title, code and date, and its notices. */
final class Openings {

    private Openings() {
    }

    static void first(ReportPages pages, ReportWords words, PublicationDraft draft, SigningKey key, String title,
                      String subtitle) throws IOException {
        pages.centred(words.say("publication.report.ministry"), 10);
        pages.title(title);
        pages.centred(subtitle, 10.5f);
        pages.centred(words.say("publication.report.code", draft.code(), ReportWords.date(draft.publishedAt())), 9.5f);
        pages.centred(words.say("publication.report.round", ReportWords.text(draft.roundName()),
                String.valueOf(draft.year())), 9);
        pages.centred(words.say("publication.report.signedBy", signer(key)), 8.5f);
        if (draft.correction()) {
            pages.notice(words.say("publication.report.correction", draft.supersedesCode(),
                    draft.reason() == null ? "" : ReportWords.text(draft.reason())));
        }
        if (key.demo()) {
            pages.notice(words.say("publication.report.demoKey"));
        }
    }

    /** The signer as the certificate names it (its CN). */
    static String signer(SigningKey key) {
        String subject = key.certificate().getSubjectX500Principal().getName("RFC1779");
        for (String part : subject.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            String trimmed = part.trim();
            if (trimmed.startsWith("CN=")) {
                return ReportWords.text(trimmed.substring(3).replace("\"", ""));
            }
        }
        return ReportWords.text(subject);
    }

    /** Unit ids as the publication named them, "không có" when none. */
    static String names(PublishedRecord record, ReportWords words, List<String> unitIds) {
        if (unitIds.isEmpty()) {
            return words.say("publication.report.none");
        }
        return unitIds.stream().map(String::trim).map(record::name).map(ReportWords::text)
                .collect(Collectors.joining(", "));
    }
}
