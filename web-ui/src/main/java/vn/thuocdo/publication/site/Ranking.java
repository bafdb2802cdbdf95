package vn.thuocdo.publication.site;

import vn.thuocdo.publication.PublishedValue;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One year's ranking of provinces or ministries by PAR INDEX or SIPAS, from a publication's frozen numbers: each
 * unit's rank, value (a percentage), SIPAS's 95% interval, the rank's 95% interval and group, in the order asked.
 */
record Ranking(Kind kind, Index index, List<Row> rows, Row national) {

    /** {@code loai=tinh|bo}. */
    enum Kind {
        TINH("PROVINCE"), BO("MINISTRY");

        final String unitKind;

        Kind(String unitKind) {
            this.unitKind = unitKind;
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code chi-so=par|sipas}: the measure ranked and how its value reads as a percentage. */
    enum Index {
        PAR("par:total"), SIPAS("sipas:overall");

        final String measure;

        Index(String measure) {
            this.measure = measure;
        }

        String param() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code sap-xep}: a column, descending with a leading minus. */
    enum Column {
        HANG("hang"), TEN("ten"), GIA_TRI("gia-tri"), NHOM("nhom");

        final String param;

        Column(String param) {
            this.param = param;
        }
    }

    record Sort(Column column, boolean descending) {
        static final Sort DEFAULT = new Sort(Column.HANG, false);

        String param() {
            return (descending ? "-" : "") + column.param;
        }

        /** The link a column's header carries: this column ascending, or descending when it is already so sorted. */
        String next(Column c) {
            return (c == column && !descending ? "-" : "") + c.param;
        }
    }

    record Row(String unitId, String unitName, Integer rank, Integer rankLow, Integer rankHigh, Double value,
               Double ciLow, Double ciHigh, BigDecimal points, BigDecimal maxPoints, String group, String note) {

        /** "3 (1–7)": the rank and its 95% interval when there is one. */
        public boolean hasInterval() {
            return rankLow != null && rankHigh != null;
        }
    }

    static Ranking of(List<PublishedValue> values, Kind kind, Index index, Sort sort, Locale locale) {
        Row national = values.stream().filter(v -> v.measure().equals(index.measure) && "national".equals(v.unitId()))
                .findFirst().map(v -> row(v, index)).orElse(null);
        Comparator<Row> order = switch (sort.column()) {
            case HANG -> Comparator.comparing(Row::rank, Comparator.nullsLast(Comparator.naturalOrder()));
            case TEN -> Comparator.comparing(Row::unitName, Collator.getInstance(locale));
            case GIA_TRI -> Comparator.comparing(Row::value, Comparator.nullsFirst(Comparator.naturalOrder()));
            case NHOM -> Comparator.comparing(Row::group, Comparator.nullsLast(Comparator.naturalOrder()));
        };
        if (sort.descending()) {
            order = order.reversed();
        }
        // Ties (and the same group) keep rank order, then the name: a stable page for a stable ETag.
        order = order.thenComparing(Row::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Row::unitId);
        List<Row> rows = values.stream()
                .filter(v -> v.measure().equals(index.measure) && kind.unitKind.equals(v.unitKind()))
                .filter(v -> !"national".equals(v.unitId()))
                .map(v -> row(v, index)).sorted(order).toList();
        return new Ranking(kind, index, rows, national);
    }

    private static Row row(PublishedValue v, Index index) {
        // SIPAS is a share 0..1, PAR's total carries its percentage: both are shown as percentages.
        double scale = index == Index.SIPAS ? 100 : 1;
        return new Row(v.unitId(), v.unitName(), v.rank(), v.rankLow(), v.rankHigh(), times(v.estimate(), scale),
                times(v.ciLow(), scale), times(v.ciHigh(), scale), v.points(), v.maxPoints(), v.group(), v.note());
    }

    private static Double times(Double value, double scale) {
        return value == null ? null : value * scale;
    }

    /** The rows in rank order with a value, for the chart (it does not follow the table's sort). */
    List<Row> charted() {
        return rows.stream().filter(r -> r.value() != null)
                .sorted(Comparator.comparing(Row::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Row::unitId))
                .filter(Objects::nonNull).toList();
    }
}
