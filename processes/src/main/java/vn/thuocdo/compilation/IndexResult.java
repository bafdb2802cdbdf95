package vn.thuocdo.compilation;

import java.math.BigDecimal;
import java.util.List;

/**
 * One number of a version: a unit's value of one measure ({@code sipas:overall}, {@code sipas:element:access},
 * {@code par:area:1}, {@code par:total}, {@code par:percent}). SIPAS values are shares 0..1 with their SE, 95%
 * interval, valid answers {@code n} and the respondents' total design weight; PAR values are points of a maximum;
 * the totals carry the rank among units of the same kind and the group. Absent numbers are null; {@code note} is a
 * message key ({@link #INSUFFICIENT}). Ranked rows ({@code sipas:overall}, {@code par:total}, {@code par:percent}) carry
 * the rank's 95% interval over the bootstrap replicates and the ids of the units not significantly different.
 */
public record IndexResult(String unitId, String unitKind, String measure, Double estimate, Double se, Double ciLow,
                          Double ciHigh, Long n, Double weightTotal, BigDecimal points, BigDecimal maxPoints,
                          Integer rank, String group, String note, Integer rankLow, Integer rankHigh,
                          List<String> notDifferent) {

    /** Without rank uncertainty (a measure not ranked, or before the replicates are computed). */
    public IndexResult(String unitId, String unitKind, String measure, Double estimate, Double se, Double ciLow,
                       Double ciHigh, Long n, Double weightTotal, BigDecimal points, BigDecimal maxPoints,
                       Integer rank, String group, String note) {
        this(unitId, unitKind, measure, estimate, se, ciLow, ciHigh, n, weightTotal, points, maxPoints, rank, group,
                note, null, null, List.of());
    }

    public IndexResult {
        notDifferent = notDifferent == null ? List.of() : List.copyOf(notDifferent);
    }

    /**
     * With its rank's 95% interval over the bootstrap replicates and the units not significantly different from it
     * (#13 "Rank uncertainty"); {@code rank} replaces the row's own only when given (SIPAS rows have none).
     */
    public IndexResult withRankInterval(Integer rank, int low, int high, List<String> notDifferentUnits) {
        return new IndexResult(unitId, unitKind, measure, estimate, se, ciLow, ciHigh, n, weightTotal, points,
                maxPoints, rank == null ? this.rank : rank, group, note, low, high, notDifferentUnits);
    }

    /** A rank interval was computed for this row. */
    public boolean hasRankInterval() {
        return rank != null && rankLow != null && rankHigh != null;
    }

    /** The whole sample's row, instead of a unit id. */
    public static final String NATIONAL = "national";
    public static final String SIPAS_OVERALL = "sipas:overall";
    public static final String PAR_TOTAL = "par:total";
    public static final String PAR_PERCENT = "par:percent";
    public static final String PAR_AREA = "par:area:";
    /** Too few valid answers for an estimate: "không đủ dữ liệu", never 0%. */
    public static final String INSUFFICIENT = "compilation.note.insufficient";
    /** One cluster only: an estimate without SE. */
    public static final String NO_SE = "compilation.note.noSe";
    /** The officials' index of a unit: a census of its listed officials, no sampling error, so no SE [A]. */
    public static final String CENSUS = "compilation.note.census";
    /** The unit's appraisal is not final: its points are the appraised (else self-assessed) ones as they stand. */
    public static final String NOT_FINAL = "compilation.note.notFinal";
    /** No self-assessment of the unit in the round. */
    public static final String NO_ASSESSMENT = "compilation.note.noAssessment";
    /** Some survey sub-criteria had no measure value (no SIPAS or officials' estimate). */
    public static final String SURVEY_MISSING = "compilation.note.surveyMissing";

    public static IndexResult sipas(String unitId, String unitKind, String measure, Double estimate, Double se,
                                    Double ciLow, Double ciHigh, Long n, Double weightTotal, String note) {
        return new IndexResult(unitId, unitKind, measure, estimate, se, ciLow, ciHigh, n, weightTotal, null, null,
                null, null, note);
    }

    public static IndexResult points(String unitId, String unitKind, String measure, BigDecimal points,
                                     BigDecimal maxPoints, Double percent, Integer rank, String group, String note) {
        return new IndexResult(unitId, unitKind, measure, percent, null, null, null, null, null, points, maxPoints,
                rank, group, note);
    }

    public boolean sufficient() {
        return estimate != null;
    }
}
