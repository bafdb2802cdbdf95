package vn.thuocdo.forms.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every measure of an index definition (items, elements, parts, overall), nationally and per domain, recomputed under
 * each bootstrap replicate of {@link ReplicateWeights}: an item's ratio Σ m·w·y / Σ m·w·v with the multiplier m of
 * each row's cluster, a group's the mean of its members'. From the same per-(domain, cluster) sums as
 * {@link Estimator}, so a replicate costs a pass over those sums per item, never over the rows. A measure without a
 * full-sample estimate ("không đủ dữ liệu") has none in any replicate; a replicate that leaves a domain without valid
 * answers to an item has none for it (NaN), and {@link Ranking} and {@link ReplicateWeights#variance} leave it out.
 */
public final class ReplicateEstimates {

    /** Most replicate values kept (units × measures × replicates, 4 bytes each: 40 MB). */
    public static final long MAX_VALUES = 10_000_000L;
    /** Most work: (domain, cluster) pairs × replicates, each a multiply-add per item (about 2 s for 33 items). */
    public static final long MAX_PAIR_REPLICATES = 20_000_000L;

    private final List<String> units;
    private final List<String> measures;
    private final Map<String, Integer> measureIndex = new HashMap<>();
    private final double[][] full;
    private final float[][][] values;

    private ReplicateEstimates(List<String> units, List<String> measures, double[][] full, float[][][] values) {
        this.units = units;
        this.measures = measures;
        this.full = full;
        this.values = values;
        for (int m = 0; m < measures.size(); m++) {
            measureIndex.put(measures.get(m), m);
        }
    }

    /**
     * Recomputes {@code estimates} ({@link Estimator#estimate} of the same definition and data) under every replicate.
     * Refused ({@link ResponsesRefused}) when the work or the values kept would exceed the bounds above.
     */
    public static ReplicateEstimates compute(IndexDefinition definition, SurveyData data, List<Estimate> estimates,
                                             ReplicateWeights weights) {
        List<String> units = new ArrayList<>();
        units.add(Estimator.NATIONAL);
        units.addAll(data.domains());
        List<String> measures = new ArrayList<>();
        definition.items().forEach(i -> measures.add("item:" + i));
        definition.elements().forEach(e -> measures.add("element:" + e.id()));
        definition.parts().forEach(p -> measures.add("part:" + p.id()));
        measures.add("overall");
        int replicates = weights.replicates();
        int pairs = data.clusterOfPair.length;
        if ((long) pairs * replicates > MAX_PAIR_REPLICATES) {
            throw new ResponsesRefused("replicates.tooManyClusters", pairs, replicates, MAX_PAIR_REPLICATES);
        }
        if ((long) units.size() * measures.size() * replicates > MAX_VALUES) {
            throw new ResponsesRefused("replicates.tooManyDomains", units.size() - 1, measures.size(), replicates,
                    MAX_VALUES);
        }
        Map<String, Integer> unitIndex = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            unitIndex.put(units.get(u), u);
        }
        Map<String, Integer> measureAt = new HashMap<>();
        for (int m = 0; m < measures.size(); m++) {
            measureAt.put(measures.get(m), m);
        }
        double[][] full = new double[measures.size()][units.size()];
        for (Estimate e : estimates) {
            full[measureAt.get(e.measure())][unitIndex.get(e.domain())] = e.sufficient() ? e.estimate() : Double.NaN;
        }
        float[][][] values = new float[measures.size()][units.size()][replicates];
        new Replay(definition, data, full, values).run(weights);
        return new ReplicateEstimates(List.copyOf(units), List.copyOf(measures), full, values);
    }

    /** {@code national}, then the domains in order of first appearance. */
    public List<String> units() {
        return units;
    }

    public List<String> measures() {
        return measures;
    }

    public int replicates() {
        return values.length == 0 || values[0].length == 0 ? 0 : values[0][0].length;
    }

    /** A measure's value in a unit under replicate r (NaN: none). */
    public double value(String measure, String unit, int replicate) {
        return values[measure(measure)][unit(unit)][replicate];
    }

    /** The bootstrap SE of a measure in a unit, to set beside the Taylor SE. */
    public double se(String measure, String unit) {
        float[] v = values[measure(measure)][unit(unit)];
        double[] d = new double[v.length];
        for (int r = 0; r < v.length; r++) {
            d[r] = v[r];
        }
        return Math.sqrt(ReplicateWeights.variance(d));
    }

    /** The domains (not national) ranked on a measure, with rank intervals and significance of differences. */
    public Ranking ranking(String measure) {
        int m = measure(measure);
        List<String> domains = units.subList(1, units.size());
        double[] fullValues = new double[domains.size()];
        for (int d = 0; d < fullValues.length; d++) {
            fullValues[d] = full[m][d + 1];
        }
        return Ranking.of(domains, fullValues, replicates(), r -> {
            double[] out = new double[domains.size()];
            for (int d = 0; d < out.length; d++) {
                out[d] = values[m][d + 1][r];
            }
            return out;
        });
    }

    private int measure(String measure) {
        Integer m = measureIndex.get(measure);
        if (m == null) {
            throw new IllegalArgumentException("No measure " + measure);
        }
        return m;
    }

    private int unit(String unit) {
        int u = units.indexOf(unit);
        if (u < 0) {
            throw new IllegalArgumentException("No unit " + unit);
        }
        return u;
    }

    /** The replicates, one after the other, each from the per-(domain, cluster) sums. */
    private static final class Replay {
        private final IndexDefinition definition;
        private final SurveyData data;
        private final Estimator.Sums sums;
        private final double[][] full;
        private final float[][][] values;

        Replay(IndexDefinition definition, SurveyData data, double[][] full, float[][][] values) {
            this.definition = definition;
            this.data = data;
            this.sums = data.sums(definition);
            this.full = full;
            this.values = values;
        }

        void run(ReplicateWeights weights) {
            int units = full[0].length;
            int items = definition.items().size();
            int pairs = data.clusterOfPair.length;
            double[] multiplier = new double[weights.clusters()];
            double[] pairMultiplier = new double[pairs];
            double[] y = new double[units];
            double[] v = new double[units];
            Map<String, double[]> byId = new HashMap<>();
            for (int r = 0; r < weights.replicates(); r++) {
                weights.multipliers(r, multiplier);
                for (int p = 0; p < pairs; p++) {
                    pairMultiplier[p] = multiplier[data.clusterOfPair[p]];
                }
                for (int j = 0; j < items; j++) {
                    Arrays.fill(y, 0);
                    Arrays.fill(v, 0);
                    double[] satisfied = sums.satisfied[j];
                    double[] valid = sums.valid[j];
                    for (int p = 0; p < pairs; p++) {
                        double m = pairMultiplier[p];
                        int u = data.domainOfPair[p] + 1;
                        double yp = m * satisfied[p];
                        double vp = m * valid[p];
                        y[u] += yp;
                        v[u] += vp;
                    }
                    // National: every pair, also those outside any domain (slot 0 collected them).
                    for (int u = 1; u < units; u++) {
                        y[0] += y[u];
                        v[0] += v[u];
                    }
                    double[] ratio = new double[units];
                    for (int u = 0; u < units; u++) {
                        ratio[u] = Double.isNaN(full[j][u]) || v[u] <= 0 ? Double.NaN : y[u] / v[u];
                        values[j][u][r] = (float) ratio[u];
                    }
                    byId.put(definition.items().get(j), ratio);
                }
                int m = items;
                m = means(definition.elements(), byId, m, r, units);
                m = means(definition.parts(), byId, m, r, units);
                means(List.of(new IndexDefinition.Group("overall", null, definition.overall())), byId, m, r, units);
            }
        }

        private int means(List<IndexDefinition.Group> groups, Map<String, double[]> byId, int m, int r, int units) {
            for (IndexDefinition.Group group : groups) {
                double[] mean = new double[units];
                for (String member : group.of()) {
                    double[] values = byId.get(member);
                    for (int u = 0; u < units; u++) {
                        mean[u] += values[u] / group.of().size();
                    }
                }
                for (int u = 0; u < units; u++) {
                    if (Double.isNaN(full[m][u])) {
                        mean[u] = Double.NaN;
                    }
                    values[m][u][r] = (float) mean[u];
                }
                byId.put(group.id(), mean);
                m++;
            }
            return m;
        }
    }
}
