package vn.thuocdo.forms.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Satisfaction indices with design-based standard errors, by the conventions of R's survey package
 * ({@code svydesign(ids=~cluster, strata=~stratum, weights=~weight, nest=TRUE)} without fpc, then {@code svyratio},
 * {@code svyby} and {@code confint}):
 * <ul>
 * <li>an item's index is the ratio R = Σ w·y / Σ w·v over the domain (y: the answer is satisfied, v: it is valid);
 * its linearised value is z_i = w_i (y_i − R v_i) / Σ w·v for rows in the domain and 0 for every other row;</li>
 * <li>an element, part or the overall index is the unweighted mean of its K components; its linearised value is the
 * mean of theirs, z = (1/K) Σ z_k;</li>
 * <li>the variance of a measure is {@link DesignVariance} of its cluster totals of z; the 95% interval is
 * estimate ± 1.96·SE (normal: R's default for {@code confint} on {@code svymean}, {@code svyratio}, {@code svyby});</li>
 * <li>an item with fewer valid answers in a domain than the definition's minimum has no estimate, and neither has
 * an element, part or overall index that needs it ("không đủ dữ liệu" [A]).</li>
 * </ul>
 * One pass over the rows per item sums w·y and w·v per (domain, cluster); everything after works per cluster.
 */
public final class Estimator {

    public static final String NATIONAL = "national";

    private Estimator() {
    }

    /** Every measure of the definition for the whole sample ("national"), then for each domain. */
    public static List<Estimate> estimate(IndexDefinition definition, SurveyData data) {
        Sums sums = data.sums(definition);
        DesignVariance design = new DesignVariance(data.stratumOfCluster, data.strata());
        int pairs = data.clusterOfPair.length;
        List<Estimate> out = new ArrayList<>();

        // The whole sample: the pairs of a cluster (one per domain in it) add up to the cluster.
        int[] allPairs = new int[pairs];
        Arrays.setAll(allPairs, p -> p);
        int[] clusterOfSlot = new int[data.clusters()];
        Arrays.setAll(clusterOfSlot, c -> c);
        estimateDomain(NATIONAL, allPairs, Arrays.copyOf(data.clusterOfPair, pairs), clusterOfSlot, definition, sums,
                design, out);

        // A domain: each of its pairs is one of its clusters (slot k for its k-th pair).
        int[] size = new int[data.domains.size()];
        for (int p = 0; p < pairs; p++) {
            if (data.domainOfPair[p] >= 0) {
                size[data.domainOfPair[p]]++;
            }
        }
        int[][] pairsOf = new int[size.length][];
        int[][] clustersOf = new int[size.length][];
        for (int d = 0; d < size.length; d++) {
            pairsOf[d] = new int[size[d]];
            clustersOf[d] = new int[size[d]];
        }
        int[] filled = new int[size.length];
        for (int p = 0; p < pairs; p++) {
            int d = data.domainOfPair[p];
            if (d >= 0) {
                pairsOf[d][filled[d]] = p;
                clustersOf[d][filled[d]++] = data.clusterOfPair[p];
            }
        }
        for (int d = 0; d < size.length; d++) {
            int[] slots = new int[size[d]];
            Arrays.setAll(slots, k -> k);
            estimateDomain(data.domains.get(d), pairsOf[d], slots, clustersOf[d], definition, sums, design, out);
        }
        return out;
    }

    /**
     * R's {@code svyratio(~y, ~v, design)} ({@code svymean(~y, design)} when every v is 1) for any y, on a design
     * given row by row: the same linearisation and {@link DesignVariance} as the indices, open to any numbers so that
     * published R results can be reproduced. {@code cluster} null: every row is its own cluster.
     */
    static Estimate ratio(String[] stratum, String[] cluster, double[] weight, double[] y, double[] v,
                          SingleClusterRule rule) {
        Map<String, Integer> strata = new HashMap<>();
        Map<String, Integer> clusters = new HashMap<>();
        SurveyData.IntList stratumOfCluster = new SurveyData.IntList();
        int[] clusterOf = new int[weight.length];
        for (int i = 0; i < weight.length; i++) {
            int h = strata.computeIfAbsent(stratum[i], k -> strata.size());
            String key = cluster == null ? "\u0001" + i : h + "\u0000" + cluster[i];
            clusterOf[i] = clusters.computeIfAbsent(key, k -> {
                stratumOfCluster.add(h);
                return clusters.size();
            });
        }
        double[] yc = new double[clusters.size()];
        double[] vc = new double[clusters.size()];
        double ySum = 0;
        double vSum = 0;
        for (int i = 0; i < weight.length; i++) {
            yc[clusterOf[i]] += weight[i] * y[i];
            vc[clusterOf[i]] += weight[i] * v[i];
            ySum += weight[i] * y[i];
            vSum += weight[i] * v[i];
        }
        double r = ySum / vSum;
        int[] all = new int[clusters.size()];
        double[] z = new double[clusters.size()];
        for (int c = 0; c < all.length; c++) {
            all[c] = c;
            z[c] = (yc[c] - r * vc[c]) / vSum;
        }
        DesignVariance design = new DesignVariance(stratumOfCluster.toArray(), strata.size());
        return Estimate.of(NATIONAL, "ratio", r, design.variance(all, z, all.length, rule), weight.length);
    }

    /**
     * One domain: its rows' sums gathered per cluster (its (domain, cluster) pairs {@code pairList[k]} add to the
     * cluster slot {@code slotList[k]}, whose cluster is {@code clusterOfSlot[slot]}), then every measure and its
     * variance. Only the domain's own pairs are visited: the work grows with the domain, not with the sample.
     */
    private static void estimateDomain(String domain, int[] pairList, int[] slotList, int[] clusterOfSlot,
                                       IndexDefinition definition, Sums sums, DesignVariance design,
                                       List<Estimate> out) {
        int slots = clusterOfSlot.length;
        SingleClusterRule rule = definition.singleClusterStratum();
        int items = definition.items().size();
        Map<String, double[]> linearised = new HashMap<>();
        Map<String, Double> estimates = new HashMap<>();
        Map<String, boolean[]> answeredIn = new HashMap<>();
        for (int j = 0; j < items; j++) {
            String item = definition.items().get(j);
            double[] y = new double[slots];
            double[] v = new double[slots];
            double ySum = 0;
            double vSum = 0;
            long n = 0;
            for (int k = 0; k < pairList.length; k++) {
                int p = pairList[k];
                int s = slotList[k];
                y[s] += sums.satisfied[j][p];
                v[s] += sums.valid[j][p];
                ySum += sums.satisfied[j][p];
                vSum += sums.valid[j][p];
                n += sums.counts[j][p];
            }
            String measure = "item:" + item;
            if (n < definition.minValidAnswers() || vSum <= 0) {
                out.add(Estimate.insufficient(domain, measure, n));
                continue;
            }
            double ratio = ySum / vSum;
            double[] z = new double[slots];
            boolean[] answered = new boolean[slots];
            for (int s = 0; s < slots; s++) {
                z[s] = (y[s] - ratio * v[s]) / vSum;
                answered[s] = v[s] > 0;
            }
            linearised.put(item, z);
            estimates.put(item, ratio);
            answeredIn.put(item, answered);
            out.add(estimate(domain, measure, ratio, design, clusterOfSlot, z, answered, rule, n));
        }
        mean(domain, "element:", definition.elements(), sums.elementCounts, pairList, clusterOfSlot, linearised,
                estimates, answeredIn, design, rule, out);
        mean(domain, "part:", definition.parts(), sums.partCounts, pairList, clusterOfSlot, linearised,
                estimates, answeredIn, design, rule, out);
        mean(domain, "", List.of(new IndexDefinition.Group("overall", null, definition.overall())),
                new long[][]{sums.overallCounts}, pairList, clusterOfSlot, linearised, estimates, answeredIn, design,
                rule, out);
    }

    /**
     * The estimate with its variance; when the domain's valid answers all come from one cluster, the design cannot
     * tell how much the estimate varies (R would print an SE of 0): the SE and interval are left out instead.
     */
    private static Estimate estimate(String domain, String measure, double value, DesignVariance design,
                                     int[] clusterOfSlot, double[] z, boolean[] answered, SingleClusterRule rule,
                                     long n) {
        int clusters = 0;
        for (boolean a : answered) {
            if (a && ++clusters > 1) {
                break;
            }
        }
        if (clusters < 2) {
            return Estimate.withoutSe(domain, measure, value, n);
        }
        return Estimate.of(domain, measure, value, design.variance(clusterOfSlot, z, z.length, rule), n);
    }

    /** Means of ratios: the estimate and the linearised values are the means of the components'. */
    private static void mean(String domain, String prefix, List<IndexDefinition.Group> groups, long[][] counts,
                             int[] pairList, int[] clusterOfSlot, Map<String, double[]> linearised,
                             Map<String, Double> estimates, Map<String, boolean[]> answeredIn,
                             DesignVariance design, SingleClusterRule rule, List<Estimate> out) {
        int slots = clusterOfSlot.length;
        for (int g = 0; g < groups.size(); g++) {
            IndexDefinition.Group group = groups.get(g);
            long n = 0;
            for (int p : pairList) {
                n += counts[g][p];
            }
            String measure = prefix + group.id();
            if (!group.of().stream().allMatch(estimates::containsKey)) {
                out.add(Estimate.insufficient(domain, measure, n));
                continue;
            }
            double k = group.of().size();
            double estimate = 0;
            double[] z = new double[slots];
            boolean[] answered = new boolean[slots];
            for (String member : group.of()) {
                estimate += estimates.get(member) / k;
                double[] zm = linearised.get(member);
                boolean[] am = answeredIn.get(member);
                for (int s = 0; s < slots; s++) {
                    z[s] += zm[s] / k;
                    answered[s] |= am[s];
                }
            }
            linearised.put(group.id(), z);
            estimates.put(group.id(), estimate);
            answeredIn.put(group.id(), answered);
            out.add(estimate(domain, measure, estimate, design, clusterOfSlot, z, answered, rule, n));
        }
    }

    /**
     * The one pass over the rows: per item and (domain, cluster) pair, Σ w over satisfied answers, Σ w over valid
     * answers and their count; per element, part and overall, the respondents with a valid answer to any of its
     * items.
     */
    static final class Sums {
        private static final double[] IS_VALID = {0, 1, 1};
        private static final double[] IS_SATISFIED = {0, 0, 1};
        private static final long[] VALID_COUNT = {0, 1, 1};

        final double[][] satisfied;
        final double[][] valid;
        final long[][] counts;
        final long[][] elementCounts;
        final long[][] partCounts;
        final long[] overallCounts;

        /** Sums read back from design aggregates: [item][pair], [element][pair], [part][pair], [pair]. */
        Sums(double[][] satisfied, double[][] valid, long[][] counts, long[][] elementCounts, long[][] partCounts,
             long[] overallCounts) {
            this.satisfied = satisfied;
            this.valid = valid;
            this.counts = counts;
            this.elementCounts = elementCounts;
            this.partCounts = partCounts;
            this.overallCounts = overallCounts;
        }

        Sums(IndexDefinition definition, SurveyData data) {
            int items = definition.items().size();
            int pairs = data.clusterOfPair.length;
            satisfied = new double[items][pairs];
            valid = new double[items][pairs];
            counts = new long[items][pairs];
            for (int j = 0; j < items; j++) {
                byte[] codes = data.answers[j];
                double[] y = satisfied[j];
                double[] v = valid[j];
                long[] n = counts[j];
                // Without branches on the answer (a coin toss for the processor's predictor): by table look-up.
                for (int i = 0; i < data.rows; i++) {
                    int code = codes[i];
                    int p = data.pairOf[i];
                    double w = data.weight[i];
                    v[p] += w * IS_VALID[code];
                    y[p] += w * IS_SATISFIED[code];
                    n[p] += VALID_COUNT[code];
                }
            }
            Map<String, Integer> itemIndex = new HashMap<>();
            for (int j = 0; j < items; j++) {
                itemIndex.put(definition.items().get(j), j);
            }
            Map<String, Integer> elementIndex = new HashMap<>();
            int elements = definition.elements().size();
            boolean[][] answered = new boolean[elements][];
            elementCounts = new long[elements][pairs];
            for (int e = 0; e < elements; e++) {
                IndexDefinition.Group element = definition.elements().get(e);
                elementIndex.put(element.id(), e);
                boolean[] any = new boolean[data.rows];
                for (String item : element.of()) {
                    byte[] codes = data.answers[itemIndex.get(item)];
                    for (int i = 0; i < data.rows; i++) {
                        any[i] |= codes[i] != SurveyData.NO_VALID_ANSWER;
                    }
                }
                answered[e] = any;
                count(any, data, elementCounts[e]);
            }
            int parts = definition.parts().size();
            partCounts = new long[parts][pairs];
            Map<String, boolean[]> partAnswered = new HashMap<>();
            for (int q = 0; q < parts; q++) {
                IndexDefinition.Group part = definition.parts().get(q);
                boolean[] any = new boolean[data.rows];
                for (String element : part.of()) {
                    boolean[] has = answered[elementIndex.get(element)];
                    for (int i = 0; i < data.rows; i++) {
                        any[i] |= has[i];
                    }
                }
                partAnswered.put(part.id(), any);
                count(any, data, partCounts[q]);
            }
            boolean[] any = new boolean[data.rows];
            for (String part : definition.overall()) {
                boolean[] has = partAnswered.get(part);
                for (int i = 0; i < data.rows; i++) {
                    any[i] |= has[i];
                }
            }
            overallCounts = new long[pairs];
            count(any, data, overallCounts);
        }

        private static void count(boolean[] any, SurveyData data, long[] into) {
            for (int i = 0; i < data.rows; i++) {
                if (any[i]) {
                    into[data.pairOf[i]]++;
                }
            }
        }
    }
}
