package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * SIPAS measures under bootstrap replicates: on a small design the replicate estimates are those of the multiplied
 * weights; on a big synthetic design (fixed seeds: a statistical check, not a timing) the bootstrap SE agrees with the
 * Taylor SE, clearly separated provinces have tight ranks and equal ones overlap.
 */
class ReplicateEstimatesTest {

    /**
     * EstimatorTest's single-stratum design (clusters c1, c2, c3). Item a per cluster: c1 Y=1 V=3, c2 Y=3 V=3,
     * c3 Y=0 V=2. Under multipliers (m1, m2, m3) the national a is (m1·1 + m2·3)/(3m1 + 3m2 + 2m3); e.g. seed 11's
     * replicates checked one by one against that formula, and the north domain (c1 and c2 only) likewise.
     */
    @Test
    void aReplicateEstimateIsTheRatioUnderTheMultipliedWeights() {
        IndexDefinition definition = Indices.parse(EstimatorTest.DEFINITION.formatted("ADJUST"));
        SurveyData data = new ResponsesCsv(definition, new ResponsesCsv.Columns("stratum", "cluster", "weight",
                "region")).read(new ByteArrayInputStream(EstimatorTest.ROWS.formatted("S", "S", "S", "S", "S", "S")
                .getBytes(StandardCharsets.UTF_8)));
        ReplicateWeights weights = ReplicateWeights.of(data, SingleClusterRule.ADJUST, 50, 11);
        ReplicateEstimates replicates = ReplicateEstimates.compute(definition, data,
                Estimator.estimate(definition, data), weights);
        assertThat(replicates.units()).containsExactly("national", "north", "south", "west");
        for (int r = 0; r < 50; r++) {
            double[] m = weights.multipliers(r, new double[3]);
            double national = (m[0] + 3 * m[1]) / (3 * m[0] + 3 * m[1] + 2 * m[2]);
            double north = (m[0] + 3 * m[1]) / (3 * m[0] + 3 * m[1]);
            assertThat(replicates.value("item:a", "national", r)).isCloseTo(national, within(1e-6));
            if (m[0] + m[1] > 0) {
                assertThat(replicates.value("item:a", "north", r)).isCloseTo(north, within(1e-6));
            } else {
                assertThat(replicates.value("item:a", "north", r)).as("north lost both its clusters").isNaN();
            }
            // south has 1 valid answer to a, below the minimum of 2: no estimate in any replicate either.
            assertThat(replicates.value("item:a", "south", r)).isNaN();
        }
    }

    @Test
    void theBootstrapSeAgreesWithTheTaylorSeOnABigDesign() {
        for (SingleClusterRule rule : SingleClusterRule.values()) {
            IndexDefinition definition = Indices.parse(EstimatorTest.DEFINITION.formatted(rule.name()));
            SurveyData data = synthetic(definition, 20);
            List<Estimate> taylor = Estimator.estimate(definition, data);
            ReplicateEstimates boot = ReplicateEstimates.compute(definition, data, taylor,
                    ReplicateWeights.of(data, rule, 2000, 2026));
            int compared = 0;
            for (Estimate e : taylor) {
                if (e.hasSe()) {
                    // 2,000 replicates: the bootstrap SE's own relative error is about 1/√4000 = 1.6%.
                    assertThat(boot.se(e.measure(), e.domain()) / e.se())
                            .as("%s %s %s: Taylor %s", rule, e.domain(), e.measure(), e.se())
                            .isBetween(0.88, 1.12);
                    compared++;
                }
            }
            assertThat(compared).as("every measure nationally and in 20 provinces, not in the single-commune one").isEqualTo(21 * 8);
        }
    }

    @Test
    void clearlySeparatedProvincesHaveTightRanksAndEqualOnesOverlap() {
        IndexDefinition definition = Indices.parse(EstimatorTest.DEFINITION.formatted("ADJUST"));
        SurveyData data = synthetic(definition, 12);
        ReplicateEstimates boot = ReplicateEstimates.compute(definition, data, Estimator.estimate(definition, data),
                ReplicateWeights.of(data, SingleClusterRule.ADJUST, 1000, 42));
        Ranking overall = boot.ranking("overall");
        // Province P00 is far above the rest and P01 far below; P02 and P03 are drawn alike.
        assertThat(overall.interval("P00")).isEqualTo(new Ranking.RankInterval("P00", 1, 1, 1));
        // 12 provinces and the single-commune one (at 0.8): P01 is 13th of 13.
        assertThat(overall.interval("P01")).isEqualTo(new Ranking.RankInterval("P01", 13, 13, 13));
        Ranking.RankInterval twinA = overall.interval("P02");
        Ranking.RankInterval twinB = overall.interval("P03");
        assertThat(twinA.low()).isLessThanOrEqualTo(twinB.rank());
        assertThat(twinA.high()).isGreaterThanOrEqualTo(twinB.rank());
        assertThat(twinB.low()).isLessThanOrEqualTo(twinA.rank());
        assertThat(twinB.high()).isGreaterThanOrEqualTo(twinA.rank());
        assertThat(overall.notDifferentFrom("P02")).contains("P03").doesNotContain("P00", "P01");
        assertThat(overall.notDifferentFrom("P00")).isEmpty();
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedItsOwn() {
        IndexDefinition definition = Indices.parse(EstimatorTest.DEFINITION.formatted("ADJUST"));
        SurveyData data = synthetic(definition, 12);
        List<Estimate> taylor = Estimator.estimate(definition, data);
        ReplicateEstimates first = ReplicateEstimates.compute(definition, data, taylor,
                ReplicateWeights.of(data, SingleClusterRule.ADJUST, 1000, 42));
        ReplicateEstimates again = ReplicateEstimates.compute(definition, data, taylor,
                ReplicateWeights.of(data, SingleClusterRule.ADJUST, 1000, 42));
        ReplicateEstimates other = ReplicateEstimates.compute(definition, data, taylor,
                ReplicateWeights.of(data, SingleClusterRule.ADJUST, 1000, 43));
        for (String measure : first.measures()) {
            assertThat(again.ranking(measure).intervals()).isEqualTo(first.ranking(measure).intervals());
            assertThat(again.se(measure, "P05")).isEqualTo(first.se(measure, "P05"));
        }
        assertThat(other.se("overall", "P05")).isNotEqualTo(first.se("overall", "P05"));
    }

    /**
     * Provinces (strata and domains) of 20 communes (clusters) × 40 respondents, plus one province of a single
     * commune (a lonely stratum); a commune effect of ± 0.08 on the chance of being satisfied, unequal weights, 15%
     * without a valid answer. P00 at 0.95, P01 at 0.08, P02 and P03 both at 0.5, the others spread from 0.3 to 0.8.
     */
    static SurveyData synthetic(IndexDefinition definition, int provinces) {
        SplittableRandom random = new SplittableRandom(20261201L);
        SurveyData.Builder builder = new SurveyData.Builder(definition);
        byte[] codes = new byte[definition.items().size()];
        for (int p = 0; p <= provinces; p++) {
            String province = p == provinces ? "LONELY" : String.format("P%02d", p);
            double level = switch (p) {
                case 0 -> 0.95;
                case 1 -> 0.08;
                case 2, 3 -> 0.5;
                default -> 0.3 + 0.5 * p / provinces;
            };
            int communes = p == provinces ? 1 : 20;
            for (int c = 0; c < communes; c++) {
                double chance = Math.min(0.99, Math.max(0.01, level + 0.16 * (random.nextDouble() - 0.5)));
                for (int i = 0; i < 40; i++) {
                    for (int j = 0; j < codes.length; j++) {
                        codes[j] = random.nextDouble() < 0.15 ? SurveyData.NO_VALID_ANSWER
                                : random.nextDouble() < chance ? SurveyData.SATISFIED : SurveyData.VALID;
                    }
                    builder.add(province, "x" + c, 50 + random.nextInt(200), province, codes);
                }
            }
        }
        return builder.build();
    }
}
