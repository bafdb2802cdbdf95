package vn.thuocdo.forms.scorecard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The PAR INDEX arithmetic against values worked out by hand. */
class ParIndexTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void surveyPointsAreTheMaximumTimesTheMeasureShareRoundedHalfUpAndAMissingMeasureGivesNoPoints() {
        Scorecard small = SmallScorecard.scorecard();
        // 2.2.1: maximum 2, sipas:overall = 0.82345 -> 2 × 82.345 / 100 = 1.6469 -> 1.65.
        assertThat(ParIndex.surveyPoints(small, Map.of("sipas:overall", 0.82345))).containsExactly(
                Map.entry("2.2.1", d("1.65")));
        assertThat(ParIndex.surveyPoints(small, Map.of("sipas:overall", Double.NaN))).isEmpty();
        assertThat(ParIndex.surveyPoints(small, Map.of())).isEmpty();
    }

    @Test
    void areaTotalsAddTheSubCriteriaAndTheTotalAddsTheAreas() {
        Scorecard small = SmallScorecard.scorecard();
        // Area 1: 1 + 0.75 + 1.5 = 3.25; area 2: 3 + 0 (no points) + 1.65 = 4.65; total 7.90.
        Map<String, BigDecimal> totals = ParIndex.areaTotals(small, Map.of("1.1.1", d("1"), "1.1.2", d("0.75"),
                "1.1.3", d("1.5"), "2.1.1", d("3"), "2.2.1", d("1.65")));
        assertThat(totals).containsExactly(Map.entry("1", d("3.25")), Map.entry("2", d("4.65")),
                Map.entry("", d("7.90")));
        assertThat(ParIndex.percent(totals.get(""), small.totalPoints())).isEqualByComparingTo("79.00");
    }

    @Test
    void percentIsPointsOverMaximumTimesAHundredToHundredthsHalfUp() {
        assertThat(ParIndex.percent(d("82.345"), d("100"))).isEqualTo(d("82.35"));
        assertThat(ParIndex.percent(d("2"), d("3"))).isEqualTo(d("66.67"));
        assertThat(ParIndex.percent(d("1"), d("0"))).isNull();
    }

    @Test
    void equalRatiosShareARankAndTheNextRankSkipsAndTiesAreExactNotRounded() {
        List<ParIndex.Ranked> ranked = ParIndex.rank(List.of(
                new ParIndex.Total("C", d("80"), d("100")),
                new ParIndex.Total("A", d("90"), d("100")),
                new ParIndex.Total("B", d("40"), d("50")),          // 80% exactly, ties C
                new ParIndex.Total("D", d("79.999"), d("100")),     // 80.00% rounded, but below: rank 4
                new ParIndex.Total("E", d("10"), d("0"))));          // no maximum: not ranked
        assertThat(ranked).extracting(ParIndex.Ranked::unitId, ParIndex.Ranked::percent, ParIndex.Ranked::rank)
                .containsExactly(tuple("A", d("90.00"), 1), tuple("B", d("80.00"), 2), tuple("C", d("80.00"), 2),
                        tuple("D", d("80.00"), 4));
    }
}
