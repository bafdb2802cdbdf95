package vn.thuocdo.forms.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Ranks of units on one measure with their uncertainty, from the measure's value in the full sample and under each
 * bootstrap replicate: the rank interval ("hạng 5-9") and whether the difference between two units is significant.
 * Generic: any measure per unit that can be recomputed under a replicate (SIPAS from {@link ReplicateEstimates}, PAR
 * INDEX whose survey points move with SIPAS) gives its replicate values through a callback.
 * <ul>
 * <li>Higher is better: rank 1 is the highest value. Ties share the best of their ranks and the next rank is skipped
 * ("1, 2, 2, 4", standard competition ranking), in the full sample and in every replicate alike.</li>
 * <li>A unit without a value in the full sample (NaN: "không đủ dữ liệu") is not ranked. In a replicate, the units
 * are ranked among those with a value in it; a unit without one has no rank in that replicate.</li>
 * <li>The interval is from the 2.5% to the 97.5% quantile of the unit's replicate ranks, each the smallest rank k
 * with at least that share of the replicate ranks ≤ k (R's {@code quantile(type = 1)}): whole ranks, and the
 * full-sample rank need not lie inside when the unit's replicate values are skewed.</li>
 * <li>A difference a − b is significant when its 95% interval, ± 1.96 replicate SEs of the difference (R's
 * {@code confint} of a {@code svycontrast} on a replicate design), excludes 0. The SE is that of the difference
 * replicate by replicate, so units that share clusters are compared correctly.</li>
 * </ul>
 */
public final class Ranking {

    /** One unit's rank and interval (1 = best). */
    public record RankInterval(String unit, int rank, int low, int high) {
    }

    /** a − b with its replicate SE and 95% interval. */
    public record Difference(String a, String b, double estimate, double se, double ciLow, double ciHigh) {

        /** The interval excludes 0 (a unit with no SE is never significantly different). */
        public boolean significant() {
            return ciLow > 0 || ciHigh < 0;
        }
    }

    private final List<String> units;
    private final double[] full;
    private final double[][] replicates;

    private Ranking(List<String> units, double[] full, double[][] replicates) {
        this.units = units;
        this.full = full;
        this.replicates = replicates;
    }

    /**
     * From the full-sample values of the units ({@code full[u]}, NaN: no value) and, for each replicate r from 0 to
     * {@code count} − 1, the array the callback returns (one value per unit, in the same order).
     */
    public static Ranking of(List<String> units, double[] full, int count, IntFunction<double[]> replicate) {
        if (full.length != units.size()) {
            throw new IllegalArgumentException(units.size() + " units but " + full.length + " values");
        }
        double[][] values = new double[count][];
        for (int r = 0; r < count; r++) {
            values[r] = replicate.apply(r).clone();
            if (values[r].length != units.size()) {
                throw new IllegalArgumentException("Replicate " + r + " has " + values[r].length + " values");
            }
        }
        return new Ranking(List.copyOf(units), full.clone(), values);
    }

    public List<String> units() {
        return units;
    }

    /** Each unit with a value, in the order given: its rank and 95% rank interval. */
    public List<RankInterval> intervals() {
        int[] rank = ranks(full);
        int[][] byUnit = new int[units.size()][replicates.length];
        int[] counts = new int[units.size()];
        for (double[] values : replicates) {
            int[] r = ranks(masked(values));
            for (int u = 0; u < r.length; u++) {
                if (r[u] > 0) {
                    byUnit[u][counts[u]++] = r[u];
                }
            }
        }
        List<RankInterval> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            if (rank[u] == 0) {
                continue;
            }
            int[] sorted = Arrays.copyOf(byUnit[u], counts[u]);
            Arrays.sort(sorted);
            int low = sorted.length == 0 ? rank[u] : quantile(sorted, 0.025);
            int high = sorted.length == 0 ? rank[u] : quantile(sorted, 0.975);
            out.add(new RankInterval(units.get(u), rank[u], low, high));
        }
        return out;
    }

    /** The rank interval of one unit, or null when it has no value. */
    public RankInterval interval(String unit) {
        return intervals().stream().filter(i -> i.unit().equals(unit)).findFirst().orElse(null);
    }

    /** The replicate SE of a unit's value. */
    public double se(String unit) {
        int u = index(unit);
        double[] values = new double[replicates.length];
        for (int r = 0; r < replicates.length; r++) {
            values[r] = replicates[r][u];
        }
        return Math.sqrt(ReplicateWeights.variance(values));
    }

    /** The difference a − b with its replicate interval; NaN numbers when either has no value. */
    public Difference difference(String a, String b) {
        int i = index(a);
        int j = index(b);
        double estimate = full[i] - full[j];
        double[] values = new double[replicates.length];
        for (int r = 0; r < replicates.length; r++) {
            values[r] = replicates[r][i] - replicates[r][j];
        }
        double se = Double.isNaN(estimate) ? Double.NaN : Math.sqrt(ReplicateWeights.variance(values));
        if (Double.isNaN(se)) {
            return new Difference(a, b, estimate, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Difference(a, b, estimate, se, estimate - Estimate.Z95 * se, estimate + Estimate.Z95 * se);
    }

    /** The units with a value whose difference from {@code unit} is not significant, in the order given. */
    public List<String> notDifferentFrom(String unit) {
        List<String> out = new ArrayList<>();
        for (int u = 0; u < units.size(); u++) {
            String other = units.get(u);
            if (!other.equals(unit) && !Double.isNaN(full[u]) && !difference(unit, other).significant()) {
                out.add(other);
            }
        }
        return out;
    }

    /** Every pair of units with values (each once, a before b in the order given) with its difference. */
    public List<Difference> pairs() {
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (int j = i + 1; j < units.size(); j++) {
                if (!Double.isNaN(full[i]) && !Double.isNaN(full[j])) {
                    out.add(difference(units.get(i), units.get(j)));
                }
            }
        }
        return out;
    }

    private int index(String unit) {
        int u = units.indexOf(unit);
        if (u < 0) {
            throw new IllegalArgumentException("No unit " + unit);
        }
        return u;
    }

    /** Replicate values of units without a full-sample value do not take part. */
    private double[] masked(double[] values) {
        double[] out = values.clone();
        for (int u = 0; u < out.length; u++) {
            if (Double.isNaN(full[u])) {
                out[u] = Double.NaN;
            }
        }
        return out;
    }

    /** Competition ranks, 1 = highest; 0 for NaN. Sorting once keeps it n log n (34 provinces or 3,000 communes). */
    static int[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        int present = 0;
        for (int u = 0; u < values.length; u++) {
            if (!Double.isNaN(values[u])) {
                order[present++] = u;
            }
        }
        Integer[] sorted = Arrays.copyOf(order, present);
        Arrays.sort(sorted, (x, y) -> Double.compare(values[y], values[x]));
        int[] rank = new int[values.length];
        for (int k = 0; k < present; k++) {
            int u = sorted[k];
            rank[u] = k > 0 && values[sorted[k - 1]] == values[u] ? rank[sorted[k - 1]] : k + 1;
        }
        return rank;
    }

    /** R's quantile type 1: the smallest value with at least a share p of the values at or below it. */
    static int quantile(int[] sorted, double p) {
        int k = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(k, 1) - 1];
    }
}
