package vn.thuocdo.forms.index;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Bootstrap replicate weights over a survey design, as multipliers of the first-stage clusters' design weights (a row
 * of cluster c has weight w·m_c in replicate r): the Rao-Wu rescaling bootstrap with n_h − 1 draws, R's
 * {@code as.svrepdesign(design, type = "subbootstrap")} ({@code subbootweights}). In every stratum h with n_h ≥ 2
 * clusters, each replicate draws n_h − 1 of them with replacement; a cluster drawn k times gets m = k · n_h/(n_h − 1).
 * The variance of a statistic is then Σ_r (θ_r − θ̄)² / (R − 1), which for a linear statistic has the expectation of
 * the with-replacement (Taylor) variance of {@link DesignVariance}. Chosen over {@code type = "bootstrap"} (n_h draws,
 * then a scale from the harmonic mean of n_h) because that scale is exact only when every stratum has as many
 * clusters, and ours do not.
 * <p>
 * A stratum with a single cluster cannot be resampled (R gives NaN weights). {@link SingleClusterRule#REMOVE}: its
 * multiplier is 1 in every replicate (it adds nothing, as in Taylor). {@link SingleClusterRule#ADJUST}: a multiplier
 * drawn from the exponential distribution of mean 1, whose variance is 1, so that the cluster's total t_h varies with
 * variance t_h², the replicate analogue of the Taylor rule, which for ratios (whose linearised values sum to 0 over the
 * sample) adds t_h²; unlike 0-or-2 it is never 0, so a domain inside the cluster never disappears from a replicate.
 * <p>
 * Seeded: replicate r draws from its own generator, seeded from the r-th number of {@code SplittableRandom(seed)}, so
 * the same seed gives the same multipliers, and replicate r can be made alone in any order. Nothing of size clusters ×
 * replicates is kept: {@link #multipliers} fills one replicate's array.
 */
public final class ReplicateWeights {

    /** The fewest replicates the command and the application accept (#13: at least 1,000). */
    public static final int MIN_REPLICATES = 1_000;
    /** The most: beyond 10,000 the percentiles of ranks move by less than a rank. */
    public static final int MAX_REPLICATES = 10_000;

    private final int[][] clustersOfStratum;
    private final int clusters;
    private final SingleClusterRule rule;
    private final long[] seeds;

    /** For clusters numbered 0.. with their strata; {@code replicates} ≥ 2 (the application asks for ≥ 1,000). */
    public ReplicateWeights(int[] stratumOfCluster, int strata, SingleClusterRule rule, int replicates, long seed) {
        if (replicates < 2) {
            throw new IllegalArgumentException("At least 2 replicates, was " + replicates);
        }
        this.clusters = stratumOfCluster.length;
        this.rule = rule;
        int[] size = new int[strata];
        for (int h : stratumOfCluster) {
            size[h]++;
        }
        clustersOfStratum = new int[strata][];
        for (int h = 0; h < strata; h++) {
            clustersOfStratum[h] = new int[size[h]];
        }
        int[] filled = new int[strata];
        for (int c = 0; c < clusters; c++) {
            int h = stratumOfCluster[c];
            clustersOfStratum[h][filled[h]++] = c;
        }
        SplittableRandom root = new SplittableRandom(seed);
        seeds = new long[replicates];
        Arrays.setAll(seeds, r -> root.nextLong());
    }

    /** The replicate weights of a sample as read for the estimator. */
    public static ReplicateWeights of(SurveyData data, SingleClusterRule rule, int replicates, long seed) {
        return new ReplicateWeights(data.stratumOfCluster, data.strata(), rule, replicates, seed);
    }

    public int replicates() {
        return seeds.length;
    }

    public int clusters() {
        return clusters;
    }

    /** Fills {@code into} (one entry per cluster) with replicate r's multipliers and returns it. */
    public double[] multipliers(int replicate, double[] into) {
        SplittableRandom random = new SplittableRandom(seeds[replicate]);
        for (int[] stratum : clustersOfStratum) {
            int n = stratum.length;
            if (n == 1) {
                // Exp(1): mean 1, variance 1, never 0 (so a domain inside the cluster never loses all its answers).
                into[stratum[0]] = rule == SingleClusterRule.ADJUST ? -Math.log(1 - random.nextDouble()) : 1;
                continue;
            }
            for (int c : stratum) {
                into[c] = 0;
            }
            double scale = n / (n - 1.0);
            for (int draw = 0; draw < n - 1; draw++) {
                into[stratum[random.nextInt(n)]] += scale;
            }
        }
        return into;
    }

    /** The bootstrap variance of one statistic from its replicate values: Σ (θ_r − θ̄)² / (R − 1), NaN ones left out. */
    public static double variance(double[] replicateValues) {
        double sum = 0;
        int n = 0;
        for (double v : replicateValues) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n < 2) {
            return Double.NaN;
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : replicateValues) {
            if (!Double.isNaN(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return squares / (n - 1);
    }
}
