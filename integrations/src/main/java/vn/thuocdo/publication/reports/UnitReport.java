package vn.thuocdo.publication.reports;

import vn.thuocdo.forms.highlights.HighlightRule;
import vn.thuocdo.publication.PublicationDraft;
import vn.thuocdo.publication.PublishedValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.thuocdo.publication.reports.PublishedRecord.PAR_AREA;
import static vn.thuocdo.publication.reports.PublishedRecord.PAR_PERCENT;
import static vn.thuocdo.publication.reports.PublishedRecord.PAR_TOTAL;
import static vn.thuocdo.publication.reports.PublishedRecord.SIPAS_ELEMENT;
import static vn.thuocdo.publication.reports.PublishedRecord.SIPAS_OVERALL;
import static vn.thuocdo.publication.reports.PublishedRecord.SIPAS_PART;

/**
 * One unit's scorecard (don-vi/&lt;unit id&gt;.pdf): its PAR INDEX and SIPAS with rank, rank interval and group; its
 * values by area and by part and element; the change since last year's published values ("chưa có số liệu" when the
 * history has none); and its strongest and weakest items by share of their maximum, as many as the highlight rule
 * says.
 */
final class UnitReport {

    /** An area or element with its share of the maximum (0..100) and the history measure it compares with. */
    record Item(String label, double share, String history) {
    }

    private final PublishedRecord record;
    private final ReportWords words;
    private final HighlightRule rule;

    UnitReport(PublishedRecord record, ReportWords words, HighlightRule rule) {
        this.record = record;
        this.words = words;
        this.rule = rule;
    }

    byte[] write(String unitId, SigningKey key) throws IOException {
        PublicationDraft draft = record.draft();
        String name = ReportWords.text(record.name(unitId));
        String kind = record.kind(unitId);
        Map<String, BigDecimal> last = record.lastYear().getOrDefault(unitId, Map.of());
        try (ReportPages pages = new ReportPages(words.say("publication.report.unit.title") + " - " + name,
                words.say("publication.report.unit.head", name, draft.code()),
                words.say("publication.report.unit.short"))) {
            Openings.first(pages, words, draft, key, words.say("publication.report.unit.title"), name);
            List<Item> items = new ArrayList<>();
            summary(pages, unitId, kind, last);
            areas(pages, unitId, kind, last, items);
            elements(pages, unitId, kind, last, items);
            highlights(pages, items);
            return pages.finish(words.say("publication.report.unit.foot", name, draft.code()),
                    words.say("publication.report.page"));
        }
    }

    private void summary(ReportPages pages, String unitId, String kind, Map<String, BigDecimal> last)
            throws IOException {
        pages.heading(words.say("publication.report.unit.summary", String.valueOf(record.draft().year())));
        List<ReportPages.Column> columns = List.of(
                new ReportPages.Column(words.say("publication.report.col.measure"), 105, false),
                new ReportPages.Column(words.say("publication.report.col.value"), 110, true),
                new ReportPages.Column(words.say("publication.report.col.rank"), 45, true),
                new ReportPages.Column(words.say("publication.report.col.rankInterval"), 50, false),
                new ReportPages.Column(words.say("publication.report.col.group"), 35, false),
                new ReportPages.Column(lastYearHead(), 68, true),
                new ReportPages.Column(words.say("publication.report.col.change"), 110, true));
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Optional<PublishedValue> par = record.value(unitId, PAR_TOTAL).or(() -> record.value(unitId, PAR_PERCENT));
        par.ifPresent(v -> {
            String value = ReportWords.percent(v.estimate()) + (v.points() == null ? ""
                    : " (" + ReportWords.points(v.points()) + " / " + ReportWords.points(v.maxPoints()) + ")");
            rows.add(List.of(words.say("publication.report.par"), value, rankOf(v, kind, v.measure()),
                    NationalReport.interval(v), v.group() == null ? "—" : v.group(),
                    lastYear(last, "par"), change(v.estimate(), last, "par")));
            addNote(notes, "publication.report.par", v);
        });
        record.value(unitId, SIPAS_OVERALL).ifPresent(v -> {
            String value = ReportWords.share(v.estimate()) + (v.ciLow() == null ? ""
                    : " (" + ReportWords.share(v.ciLow()) + " – " + ReportWords.share(v.ciHigh()) + ")");
            rows.add(List.of(words.say("publication.report.sipas"), value, rankOf(v, kind, SIPAS_OVERALL),
                    NationalReport.interval(v), "—", lastYear(last, "sipas"),
                    change(v.estimate() == null ? null : v.estimate() * 100, last, "sipas")));
            addNote(notes, "publication.report.sipas", v);
        });
        if (rows.isEmpty()) {
            pages.paragraph(words.say("publication.report.unit.nothing"));
            return;
        }
        pages.table(columns, rows);
        for (String note : notes) {
            pages.paragraph(note);
        }
    }

    private void addNote(List<String> notes, String measureKey, PublishedValue v) {
        if (v.rank() != null) {
            notes.add(words.say("publication.report.unit.notDifferent", words.say(measureKey),
                    Openings.names(record, words, v.notDifferent())));
        }
        if (v.note() != null) {
            notes.add(words.say(measureKey) + ": " + words.note(v.note()));
        }
    }

    private String rankOf(PublishedValue v, String kind, String measure) {
        return v.rank() == null ? "—" : v.rank() + "/" + record.rankedCount(kind, measure);
    }

    private void areas(ReportPages pages, String unitId, String kind, Map<String, BigDecimal> last, List<Item> items)
            throws IOException {
        List<PublishedValue> areas = record.byUnit().getOrDefault(unitId, List.of()).stream()
                .filter(v -> v.measure().startsWith(PAR_AREA)).sorted(Comparator.comparing(v -> areaOrder(v.measure())))
                .toList();
        if (areas.isEmpty()) {
            return;
        }
        pages.heading(words.say("publication.report.unit.areas"));
        List<ReportPages.Column> columns = List.of(
                new ReportPages.Column(words.say("publication.report.col.area"), 213, false),
                new ReportPages.Column(words.say("publication.report.col.points"), 70, true),
                new ReportPages.Column(words.say("publication.report.col.percent"), 60, true),
                new ReportPages.Column(lastYearHead(), 80, true),
                new ReportPages.Column(words.say("publication.report.col.change"), 100, true));
        List<List<String>> rows = new ArrayList<>();
        for (PublishedValue v : areas) {
            String code = v.measure().substring(PAR_AREA.length());
            String label = record.label(kind, v.measure());
            Double share = v.points() == null || v.maxPoints() == null || v.maxPoints().signum() == 0 ? null
                    : v.points().divide(v.maxPoints(), MathContext.DECIMAL64).doubleValue() * 100;
            String history = "par:" + code;
            rows.add(List.of(label, ReportWords.points(v.points()) + " / " + ReportWords.points(v.maxPoints()),
                    ReportWords.percent(share), lastYear(last, history), change(share, last, history)));
            if (share != null) {
                items.add(new Item(label, share, history));
            }
        }
        pages.table(columns, rows);
    }

    private void elements(ReportPages pages, String unitId, String kind, Map<String, BigDecimal> last,
                          List<Item> items) throws IOException {
        List<PublishedValue> values = record.byUnit().getOrDefault(unitId, List.of());
        List<PublishedValue> shown = new ArrayList<>();
        if (record.sipas() != null) {
            // The definition's order: each part, then its elements.
            for (var part : record.sipas().parts()) {
                find(values, SIPAS_PART + part.id()).ifPresent(shown::add);
                for (String element : part.of()) {
                    find(values, SIPAS_ELEMENT + element).ifPresent(shown::add);
                }
            }
        } else {
            values.stream().filter(v -> v.measure().startsWith(SIPAS_PART) || v.measure().startsWith(SIPAS_ELEMENT))
                    .forEach(shown::add);
        }
        if (shown.isEmpty()) {
            return;
        }
        pages.heading(words.say("publication.report.unit.elements"));
        List<ReportPages.Column> columns = List.of(
                new ReportPages.Column(words.say("publication.report.col.element"), 173, false),
                new ReportPages.Column(words.say("publication.report.col.sipas"), 50, true),
                new ReportPages.Column(words.say("publication.report.col.ci"), 80, true),
                new ReportPages.Column(words.say("publication.report.col.n"), 40, true),
                new ReportPages.Column(lastYearHead(), 80, true),
                new ReportPages.Column(words.say("publication.report.col.change"), 100, true));
        List<List<String>> rows = new ArrayList<>();
        for (PublishedValue v : shown) {
            boolean part = v.measure().startsWith(SIPAS_PART);
            String id = v.measure().substring((part ? SIPAS_PART : SIPAS_ELEMENT).length());
            String label = record.label(kind, v.measure());
            String history = "sipas:" + id;
            Double share = v.estimate() == null ? null : v.estimate() * 100;
            rows.add(List.of(part ? label.toUpperCase(ReportWords.VIETNAMESE) : "   " + label,
                    v.estimate() == null ? words.note(v.note()) : ReportWords.share(v.estimate()),
                    v.ciLow() == null ? "—" : ReportWords.share(v.ciLow()) + " – " + ReportWords.share(v.ciHigh()),
                    ReportWords.count(v.n()), lastYear(last, history), change(share, last, history)));
            if (!part && share != null) {
                items.add(new Item(label, share, history));
            }
        }
        pages.table(columns, rows);
    }

    private void highlights(ReportPages pages, List<Item> items) throws IOException {
        pages.heading(words.say("publication.report.unit.highlights"));
        if (items.isEmpty()) {
            pages.paragraph(words.say("publication.report.unit.noItems"));
            return;
        }
        List<Item> byShare = new ArrayList<>(items);
        byShare.sort(Comparator.comparingDouble(Item::share).reversed().thenComparing(Item::label));
        List<Item> strongest = byShare.subList(0, Math.min(rule.strongest(), byShare.size()));
        // The weakest from what is left, so one item is never both when a unit has few.
        List<Item> rest = byShare.subList(strongest.size(), byShare.size());
        List<Item> weakest = new ArrayList<>(rest.subList(Math.max(0, rest.size() - rule.weakest()), rest.size()));
        java.util.Collections.reverse(weakest);
        List<ReportPages.Column> columns = List.of(
                new ReportPages.Column(words.say("publication.report.col.highlight"), 90, false),
                new ReportPages.Column(words.say("publication.report.col.item"), 343, false),
                new ReportPages.Column(words.say("publication.report.col.share"), 90, true));
        List<List<String>> rows = new ArrayList<>();
        for (Item item : strongest) {
            rows.add(List.of(words.say("publication.report.unit.strong"), item.label(),
                    ReportWords.percent(item.share())));
        }
        for (Item item : weakest) {
            rows.add(List.of(words.say("publication.report.unit.weak"), item.label(),
                    ReportWords.percent(item.share())));
        }
        pages.table(columns, rows);
        pages.paragraph(words.say("publication.report.unit.rule", rule.reference(), rule.strongest(), rule.weakest()));
    }

    private String lastYearHead() {
        return words.say("publication.report.col.lastYear", String.valueOf(record.draft().year() - 1));
    }

    private String lastYear(Map<String, BigDecimal> last, String measure) {
        BigDecimal value = last.get(measure);
        return value == null ? words.say("publication.report.noData") : ReportWords.percent(value.doubleValue());
    }

    private String change(Double now, Map<String, BigDecimal> last, String measure) {
        BigDecimal before = last.get(measure);
        if (before == null || now == null) {
            return words.say("publication.report.noData");
        }
        return words.say("publication.report.changePoints", ReportWords.change(now - before.doubleValue()));
    }

    private static Optional<PublishedValue> find(List<PublishedValue> values, String measure) {
        return values.stream().filter(v -> v.measure().equals(measure)).findFirst();
    }

    /** Area codes in numeric order (1, 2, ..., 10), not text order. */
    private static String areaOrder(String measure) {
        String code = measure.substring(PAR_AREA.length());
        return code.matches("\\d{1,4}") ? "%04d".formatted(Integer.parseInt(code)) : code;
    }
}
