package vn.thuocdo.forms.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PAR INDEX arithmetic, with no database and no engine, so the in-app compilation, the estimate command and a
 * future what-if give the same numbers: a unit's survey points from its measures, its totals per area and in all,
 * the percentage of the maximum, and the ranks of the units of one kind.
 */
public final class ParIndex {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Percentages are kept to hundredths (82,45%), half up, as the points are. */
    public static final int PERCENT_SCALE = 2;

    private ParIndex() {
    }

    /**
     * Points of each survey sub-criterion whose measure has a value: {@code shares} maps a measure
     * ({@code sipas:element:access}) to its share of satisfied answers, 0..1. A measure with no value (no data, or
     * not enough) is left out, so the sub-criterion stays without points and the caller notes why.
     */
    public static Map<String, BigDecimal> surveyPoints(Scorecard scorecard, Map<String, Double> shares) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (SubCriterion sub : scorecard.subCriteria()) {
            if (sub.rule() instanceof ScoringRule.Survey survey) {
                Double share = shares.get(survey.measure());
                if (share != null && !share.isNaN()) {
                    double clipped = Math.max(0, Math.min(1, share));
                    BigDecimal percentage = BigDecimal.valueOf(clipped).multiply(HUNDRED)
                            .setScale(10, RoundingMode.HALF_UP);
                    points.put(sub.code(), Scoring.fromSurvey(sub, percentage));
                }
            }
        }
        return points;
    }

    /** The totals of each area (by its code) and of the scorecard (key {@code ""}): sums of the given points. */
    public static Map<String, BigDecimal> areaTotals(Scorecard scorecard, Map<String, BigDecimal> pointsBySubCriterion) {
        Map<String, BigDecimal> all = Scoring.totals(scorecard, pointsBySubCriterion);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        scorecard.areas().forEach(area -> totals.put(area.code(), all.get(area.code())));
        totals.put("", all.get(""));
        return totals;
    }

    /** points ÷ maximum × 100, to hundredths half up; null when the maximum is not positive. */
    public static BigDecimal percent(BigDecimal points, BigDecimal maximum) {
        if (points == null || maximum == null || maximum.signum() <= 0) {
            return null;
        }
        return points.multiply(HUNDRED).divide(maximum, PERCENT_SCALE, RoundingMode.HALF_UP);
    }

    /** A unit's total out of its maximum, to be ranked among the units of its kind. */
    public record Total(String unitId, BigDecimal points, BigDecimal maximum) {
    }

    /** A ranked total: {@code rank} 1 is the best; units with equal ratios share a rank, the next skips (1, 2, 2, 4). */
    public record Ranked(String unitId, BigDecimal points, BigDecimal maximum, BigDecimal percent, int rank) {
    }

    /**
     * Ranks units of one kind by points ÷ maximum, highest first. Ties are exact (compared as points₁ × max₂
     * against points₂ × max₁, not on the rounded percentage) and share the rank ("competition" ranking); among tied
     * units the order is by unit id, so the list is stable. Units without a positive maximum are not ranked.
     */
    public static List<Ranked> rank(List<Total> totals) {
        Comparator<Total> byRatio = (a, b) -> b.points().multiply(a.maximum())
                .compareTo(a.points().multiply(b.maximum()));
        List<Total> sorted = new ArrayList<>(totals.stream()
                .filter(t -> t.points() != null && t.maximum() != null && t.maximum().signum() > 0).toList());
        sorted.sort(byRatio.thenComparing(Total::unitId));
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Total t = sorted.get(i);
            int rank = i > 0 && byRatio.compare(sorted.get(i - 1), t) == 0 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(t.unitId(), t.points(), t.maximum(), percent(t.points(), t.maximum()), rank));
        }
        return List.copyOf(ranked);
    }
}
