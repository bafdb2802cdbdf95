package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The Rao-Wu rescaling bootstrap with n_h − 1 draws (R's subbootstrap): multipliers written out for a fixed seed on a
 * tiny design, and the properties every replicate has.
 */
class ReplicateWeightsTest {

    /** Stratum 0: clusters 0, 1, 2; stratum 1: clusters 3, 4; stratum 2: the lonely cluster 5. */
    private static final int[] STRATUM_OF_CLUSTER = {0, 0, 0, 1, 1, 2};

    /**
     * Seed 42, the first four replicates. Stratum 0 draws 2 of 3 clusters, each draw worth 3/2: 3 for a cluster drawn
     * twice, 1.5 each for two drawn once. Stratum 1 draws 1 of 2, worth 2: (2, 0) or (0, 2). The lonely cluster under
     * ADJUST: an exponential draw of mean 1 (−ln(1 − u)), never 0.
     */
    @Test
    void theMultipliersOfASeedAreWrittenOutAndTheSameEveryTime() {
        double[][] expected = {
                {3, 0, 0, 0, 2, 0.06973374572722407},
                {0, 3, 0, 2, 0, 1.1547796143328057},
                {1.5, 1.5, 0, 2, 0, 0.0858316575110926},
                {0, 3, 0, 0, 2, 0.959105020347176}};
        for (int run = 0; run < 2; run++) {
            ReplicateWeights weights = new ReplicateWeights(STRATUM_OF_CLUSTER, 3, SingleClusterRule.ADJUST, 1000, 42);
            for (int r = 0; r < expected.length; r++) {
                assertThat(weights.multipliers(r, new double[6])).as("replicate %d", r).containsExactly(expected[r]);
            }
        }
    }

    @Test
    void aReplicateCanBeMadeAloneInAnyOrder() {
        ReplicateWeights weights = new ReplicateWeights(STRATUM_OF_CLUSTER, 3, SingleClusterRule.ADJUST, 1000, 7);
        double[] late = weights.multipliers(999, new double[6]).clone();
        for (int r = 0; r < 999; r++) {
            weights.multipliers(r, new double[6]);
        }
        assertThat(weights.multipliers(999, new double[6])).containsExactly(late);
        ReplicateWeights other = new ReplicateWeights(STRATUM_OF_CLUSTER, 3, SingleClusterRule.ADJUST, 1000, 8);
        boolean differs = false;
        for (int r = 0; r < 20 && !differs; r++) {
            differs = !java.util.Arrays.equals(weights.multipliers(r, new double[6]), other.multipliers(r, new double[6]));
        }
        assertThat(differs).as("another seed gives other replicates").isTrue();
    }

    /** A single stratum of two clusters: every replicate keeps one of them at twice its weight and drops the other. */
    @Test
    void withTwoClustersEachReplicateDoublesOneAndDropsTheOther() {
        ReplicateWeights weights = new ReplicateWeights(new int[]{0, 0}, 1, SingleClusterRule.ADJUST, 2000, 1);
        int firstKept = 0;
        for (int r = 0; r < 2000; r++) {
            double[] m = weights.multipliers(r, new double[2]);
            assertThat(m).satisfiesAnyOf(x -> assertThat(x).containsExactly(2, 0), x -> assertThat(x).containsExactly(0, 2));
            firstKept += m[0] > 0 ? 1 : 0;
        }
        // Each with probability 1/2: 1,000 ± 3 standard deviations (22.4).
        assertThat(firstKept).isBetween(933, 1067);
    }

    /** n_h − 1 draws of n_h/(n_h − 1) each: a stratum's multipliers add up to n_h; on average each cluster's is 1. */
    @Test
    void everyStratumKeepsItsTotalAndEachClusterAveragesOne() {
        int[] strata = {0, 0, 0, 0, 0, 1, 1, 1, 2};
        ReplicateWeights weights = new ReplicateWeights(strata, 3, SingleClusterRule.REMOVE, 4000, 3);
        double[] mean = new double[strata.length];
        for (int r = 0; r < 4000; r++) {
            double[] m = weights.multipliers(r, new double[strata.length]);
            assertThat(m[0] + m[1] + m[2] + m[3] + m[4]).isCloseTo(5, within(1e-12));
            assertThat(m[5] + m[6] + m[7]).isCloseTo(3, within(1e-12));
            assertThat(m[8]).as("a lonely cluster under REMOVE stays as it is").isEqualTo(1);
            for (int c = 0; c < m.length; c++) {
                mean[c] += m[c] / 4000;
            }
        }
        for (double m : mean) {
            assertThat(m).isCloseTo(1, within(0.05));
        }
    }

    /** ADJUST: the lonely cluster's multiplier has mean 1 and variance 1 (the Taylor rule adds t_h² for a ratio). */
    @Test
    void aLonelyClusterUnderAdjustVariesWithVarianceOne() {
        ReplicateWeights weights = new ReplicateWeights(new int[]{0, 0, 1}, 2, SingleClusterRule.ADJUST, 10_000, 5);
        double[] values = new double[10_000];
        double sum = 0;
        for (int r = 0; r < values.length; r++) {
            values[r] = weights.multipliers(r, new double[3])[2];
            sum += values[r];
            assertThat(values[r]).isPositive();
        }
        assertThat(sum / values.length).isCloseTo(1, within(0.05));
        assertThat(ReplicateWeights.variance(values)).isCloseTo(1, within(0.1));
    }

    @Test
    void theBootstrapVarianceIsTheSpreadOverReplicatesLeavingOutThoseWithoutAValue() {
        // Mean 2, squares 1 + 0 + 1 = 2, over R − 1 = 2.
        assertThat(ReplicateWeights.variance(new double[]{1, 2, Double.NaN, 3})).isCloseTo(1, within(1e-12));
        assertThat(ReplicateWeights.variance(new double[]{Double.NaN, 3})).isNaN();
    }
}
