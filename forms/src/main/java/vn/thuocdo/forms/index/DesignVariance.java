package vn.thuocdo.forms.index;

/**
 * The with-replacement ("ultimate cluster") variance of a total of linearised values, as R's survey package computes
 * it for a design without finite population correction ({@code svyrecvar} → {@code onestage}): within each stratum h
 * with n_h sampled clusters, n_h/(n_h-1) times the sum of squared deviations of the cluster totals from their
 * stratum mean, summed over strata. Clusters outside a domain take part with a total of 0 (they are not dropped), so
 * n_h and the stratum means are always those of the whole sample. A stratum with one cluster follows the
 * {@link SingleClusterRule}.
 */
final class DesignVariance {

    private final int[] stratumOfCluster;
    private final int[] clustersInStratum;
    private final int clusters;
    private final int lonelyStrata;
    private final double[] sum;
    private final double[] squares;
    private final int[] touched;
    private final boolean[] seen;

    DesignVariance(int[] stratumOfCluster, int strata) {
        this.stratumOfCluster = stratumOfCluster;
        this.clusters = stratumOfCluster.length;
        this.clustersInStratum = new int[strata];
        for (int stratum : stratumOfCluster) {
            clustersInStratum[stratum]++;
        }
        int lonely = 0;
        for (int n : clustersInStratum) {
            if (n == 1) {
                lonely++;
            }
        }
        this.lonelyStrata = lonely;
        this.sum = new double[strata];
        this.squares = new double[strata];
        this.touched = new int[strata];
        this.seen = new boolean[strata];
    }

    /**
     * The variance of Σ totals, given the non-zero cluster totals: {@code totals[k]} is the total of the linearised
     * values in cluster {@code cluster[k]} (each cluster at most once); every other cluster's total is 0.
     */
    double variance(int[] cluster, double[] totals, int count, SingleClusterRule rule) {
        int strataTouched = 0;
        double grand = 0;
        for (int k = 0; k < count; k++) {
            int h = stratumOfCluster[cluster[k]];
            if (!seen[h]) {
                seen[h] = true;
                sum[h] = 0;
                squares[h] = 0;
                touched[strataTouched++] = h;
            }
            double t = totals[k];
            sum[h] += t;
            squares[h] += t * t;
            grand += t;
        }
        // R's "adjust" centres a lonely cluster at the mean cluster total over all clusters of all strata.
        double centre = grand / clusters;
        double variance = 0;
        int lonelyTouched = 0;
        for (int i = 0; i < strataTouched; i++) {
            int h = touched[i];
            seen[h] = false;
            int n = clustersInStratum[h];
            if (n > 1) {
                // Σ_c (t_c - t̄_h)² over all n clusters of the stratum, the absent ones at 0: Σt² - (Σt)²/n.
                double deviations = squares[h] - sum[h] * sum[h] / n;
                variance += n / (n - 1.0) * Math.max(deviations, 0);
            } else {
                lonelyTouched++;
                if (rule == SingleClusterRule.ADJUST) {
                    variance += (sum[h] - centre) * (sum[h] - centre);
                }
            }
        }
        if (rule == SingleClusterRule.ADJUST) {
            // A lonely cluster outside the domain has total 0, still centred at the overall mean.
            variance += (lonelyStrata - lonelyTouched) * centre * centre;
        }
        return variance;
    }
}
