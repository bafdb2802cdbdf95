package vn.thuocdo.publication.reports;

import vn.thuocdo.forms.highlights.HighlightRule;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublishedValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static vn.thuocdo.publication.reports.PublishedRecord.MINISTRY;
import static vn.thuocdo.publication.reports.PublishedRecord.PAR_PERCENT;
import static vn.thuocdo.publication.reports.PublishedRecord.PAR_TOTAL;
import static vn.thuocdo.publication.reports.PublishedRecord.PROVINCE;
import static vn.thuocdo.publication.reports.PublishedRecord.SIPAS_OVERALL;

/**
 * The national report (bao-cao-quoc-gia.pdf): the publication's title, code and date (and a correction's notice),
 * the rankings of provinces and of ministries on the PAR INDEX and of provinces on SIPAS - rank, its 95% interval,
 * group, the units not significantly different - each with its chart, the methodology as the version's definitions
 * state it, and the sample and response figures.
 */
final class NationalReport {

    private final PublishedRecord record;
    private final ReportWords words;
    private final HighlightRule rule;

    NationalReport(PublishedRecord record, ReportWords words, HighlightRule rule) {
        this.record = record;
        this.words = words;
        this.rule = rule;
    }

    byte[] write(SigningKey key) throws IOException {
        PublicationDraft draft = record.draft();
        try (ReportPages pages = new ReportPages(words.say("publication.report.national.title"),
                words.say("publication.report.national.head", draft.code(), ReportWords.date(draft.publishedAt())),
                words.say("publication.report.national.short"))) {
            Openings.first(pages, words, draft, key, words.say("publication.report.national.title"),
                    ReportWords.text(draft.title()));
            summary(pages);
            par(pages, PROVINCE, "provinces");
            par(pages, MINISTRY, "ministries");
            sipas(pages);
            methodology(pages);
            sample(pages);
            return pages.finish(words.say("publication.report.foot", draft.code()),
                    words.say("publication.report.page"));
        }
    }

    private void summary(ReportPages pages) throws IOException {
        int provinces = (int) record.units().stream().filter(u -> record.kind(u).equals(PROVINCE)).count();
        int ministries = (int) record.units().stream().filter(u -> record.kind(u).equals(MINISTRY)).count();
        pages.paragraph(words.say("publication.report.national.units", provinces, ministries));
        record.value(PublishedRecord.NATIONAL, SIPAS_OVERALL).filter(v -> v.estimate() != null).ifPresent(v -> {
            try {
                pages.paragraph(words.say("publication.report.national.sipas", ReportWords.share(v.estimate()),
                        ReportWords.share(v.ciLow()), ReportWords.share(v.ciHigh()), ReportWords.count(v.n())));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private List<PublishedValue> parRows(String kind) {
        List<PublishedValue> rows = record.ranked(kind, PAR_TOTAL);
        return rows.isEmpty() ? record.ranked(kind, PAR_PERCENT) : rows;
    }

    private void par(ReportPages pages, String kind, String slug) throws IOException {
        List<PublishedValue> rows = parRows(kind);
        if (rows.isEmpty()) {
            return;
        }
        pages.heading(words.say("publication.report.national.par." + slug));
        List<ReportPages.Column> columns = List.of(
                new ReportPages.Column(words.say("publication.report.col.rank"), 30, true),
                new ReportPages.Column(words.say("publication.report.col.rankInterval"), 48, false),
                new ReportPages.Column(words.say("publication.report.col." + slug), 108, false),
                new ReportPages.Column(words.say("publication.report.col.points"), 54, true),
                new ReportPages.Column(words.say("publication.report.col.percent"), 46, true),
                new ReportPages.Column(words.say("publication.report.col.group"), 32, false),
                new ReportPages.Column(words.say("publication.report.col.notDifferent"), 145, false),
                new ReportPages.Column(words.say("publication.report.col.note"), 60, false));
        List<List<String>> table = new ArrayList<>();
        for (PublishedValue v : rows) {
            table.add(List.of(rank(v), interval(v), ReportWords.text(v.unitName()),
                    v.points() == null ? "—"
                            : ReportWords.points(v.points()) + " / " + ReportWords.points(v.maxPoints()),
                    ReportWords.percent(v.estimate()), v.group() == null ? "—" : v.group(), notDifferent(v),
                    words.note(v.note())));
        }
        pages.table(columns, table);
        pages.image(Charts.par(pages.document(), rows, words.say("publication.report.chart.parAxis"),
                words.say("publication.report.col.group")), words.say("publication.report.chart.par." + slug));
    }

    private void sipas(ReportPages pages) throws IOException {
        List<PublishedValue> rows = record.ranked(PROVINCE, SIPAS_OVERALL);
        if (rows.isEmpty()) {
            return;
        }
        pages.heading(words.say("publication.report.national.sipas.provinces"));
        List<ReportPages.Column> columns = List.of(
                new ReportPages.Column(words.say("publication.report.col.rank"), 30, true),
                new ReportPages.Column(words.say("publication.report.col.rankInterval"), 48, false),
                new ReportPages.Column(words.say("publication.report.col.provinces"), 108, false),
                new ReportPages.Column(words.say("publication.report.col.sipas"), 46, true),
                new ReportPages.Column(words.say("publication.report.col.ci"), 78, true),
                new ReportPages.Column(words.say("publication.report.col.n"), 48, true),
                new ReportPages.Column(words.say("publication.report.col.notDifferent"), 115, false),
                new ReportPages.Column(words.say("publication.report.col.note"), 50, false));
        List<List<String>> table = new ArrayList<>();
        for (PublishedValue v : rows) {
            table.add(List.of(rank(v), interval(v), ReportWords.text(v.unitName()), ReportWords.share(v.estimate()),
                    v.ciLow() == null ? "—" : ReportWords.share(v.ciLow()) + " – " + ReportWords.share(v.ciHigh()),
                    ReportWords.count(v.n()), notDifferent(v), words.note(v.note())));
        }
        pages.table(columns, table);
        pages.image(Charts.sipas(pages.document(), rows, words.say("publication.report.chart.sipasAxis")),
                words.say("publication.report.chart.sipas"));
    }

    private void methodology(ReportPages pages) throws IOException {
        pages.heading(words.say("publication.report.method.title"));
        if (record.sipas() != null) {
            pages.paragraph(words.say("publication.report.method.sipas", record.sipas().title().vi(),
                    record.sipas().reference()));
            if (record.sipas().description() != null) {
                pages.paragraph(ReportWords.text(record.sipas().description().vi()));
            }
        }
        for (Scorecard scorecard : record.scorecardsByKind().values()) {
            pages.paragraph(words.say("publication.report.method.scorecard", scorecard.title().vi(), scorecard.id(),
                    ReportWords.points(scorecard.totalPoints()), ReportWords.points(scorecard.surveyPoints()),
                    scorecard.areas().size()));
            if (scorecard.source() != null) {
                pages.paragraph(ReportWords.text(scorecard.source().vi()));
            }
        }
        pages.paragraph(words.say("publication.report.method.ranks"));
        pages.paragraph(words.say("publication.report.method.groups"));
        pages.paragraph(words.say("publication.report.method.highlights", rule.title().vi(), rule.reference(),
                rule.source() == null ? "" : rule.source().vi()));
    }

    private void sample(ReportPages pages) throws IOException {
        pages.heading(words.say("publication.report.sample.title"));
        PublishedRecord.Version version = record.version();
        pages.paragraph(words.say("publication.report.sample.responses", ReportWords.count((long) version.responses()),
                ReportWords.count((long) version.unweighted())));
        List<PublishedValue> rows = new ArrayList<>(record.ranked(PROVINCE, SIPAS_OVERALL));
        rows.sort(java.util.Comparator.comparing(PublishedValue::unitName));
        record.value(PublishedRecord.NATIONAL, SIPAS_OVERALL).ifPresent(rows::add);
        if (rows.isEmpty()) {
            return;
        }
        List<ReportPages.Column> columns = List.of(
                new ReportPages.Column(words.say("publication.report.col.provinces"), 200, false),
                new ReportPages.Column(words.say("publication.report.col.n"), 110, true),
                new ReportPages.Column(words.say("publication.report.col.sipas"), 90, true),
                new ReportPages.Column(words.say("publication.report.col.note"), 123, false));
        List<List<String>> table = new ArrayList<>();
        for (PublishedValue v : rows) {
            String name = v.unitId().equals(PublishedRecord.NATIONAL) ? words.say("publication.report.national")
                    : ReportWords.text(v.unitName());
            table.add(List.of(name, ReportWords.count(v.n()), ReportWords.share(v.estimate()), words.note(v.note())));
        }
        pages.table(columns, table);
    }

    static String rank(PublishedValue v) {
        return v.rank() == null ? "—" : String.valueOf(v.rank());
    }

    static String interval(PublishedValue v) {
        return v.rankLow() == null || v.rankHigh() == null ? "—" : v.rankLow() + "–" + v.rankHigh();
    }

    private String notDifferent(PublishedValue v) {
        return Openings.names(record, words, v.notDifferent());
    }
}
