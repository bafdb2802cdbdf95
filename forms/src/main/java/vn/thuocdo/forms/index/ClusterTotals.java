package vn.thuocdo.forms.index;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Responses summed per (stratum, cluster, domain) as they arrive, in any order, into what {@link Estimator} and
 * {@link ReplicateEstimates} read: per item Σw of satisfied and of valid answers and the count of valid answers, per
 * element, part and overall the respondents with a valid answer to any of its items. The weighted sums are exact: a
 * pair keeps, per distinct design weight (a cluster's households usually share one), how many rows had each answer,
 * and multiplies out in {@link BigDecimal} at the end, rounded to a double once. So the result does not depend on
 * the order the rows were read in: a database can hand them over unsorted and a later read gives the same bits.
 * The pairs come out sorted by stratum, cluster and domain (Java's string order), whatever the database's collation,
 * so the strata and clusters get the same numbers and the seeded replicates draw the same clusters every time.
 */
public final class ClusterTotals {

    private final IndexDefinition definition;
    private final int items;
    /** For each element its items' indexes, for each part its elements' indexes, the overall's parts' indexes. */
    private final int[][] elementItems;
    private final int[][] partElements;
    private final int[] overallParts;
    private final Map<List<String>, Pair> pairs = new HashMap<>();
    private int rows;

    public ClusterTotals(IndexDefinition definition) {
        this.definition = definition;
        this.items = definition.items().size();
        Map<String, Integer> itemIndex = index(definition.items());
        List<String> elementIds = definition.elements().stream().map(IndexDefinition.Group::id).toList();
        List<String> partIds = definition.parts().stream().map(IndexDefinition.Group::id).toList();
        Map<String, Integer> elementIndex = index(elementIds);
        Map<String, Integer> partIndex = index(partIds);
        this.elementItems = definition.elements().stream()
                .map(e -> e.of().stream().mapToInt(itemIndex::get).toArray()).toArray(int[][]::new);
        this.partElements = definition.parts().stream()
                .map(p -> p.of().stream().mapToInt(elementIndex::get).toArray()).toArray(int[][]::new);
        this.overallParts = definition.overall().stream().mapToInt(partIndex::get).toArray();
    }

    private static Map<String, Integer> index(List<String> ids) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            index.put(ids.get(i), i);
        }
        return index;
    }

    /**
     * Adds a respondent: {@code domain} null counts only nationally; {@code codes} one answer code per item of the
     * definition ({@link SurveyData#NO_VALID_ANSWER}, {@link SurveyData#VALID}, {@link SurveyData#SATISFIED}).
     */
    public void add(String stratum, String cluster, String domain, double weight, byte[] codes) {
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("A design weight must be positive and finite, was " + weight);
        }
        if (codes.length != items) {
            throw new IllegalArgumentException("Expected " + items + " answer codes, got " + codes.length);
        }
        for (byte code : codes) {
            if (code < SurveyData.NO_VALID_ANSWER || code > SurveyData.SATISFIED) {
                throw new IllegalArgumentException("Answer code " + code + " is not 0, 1 or 2");
            }
        }
        Pair pair = pairs.computeIfAbsent(Arrays.asList(stratum, cluster, domain), k -> new Pair());
        long[] tally = pair.tally(weight, items);
        tally[0]++;
        for (int j = 0; j < items; j++) {
            byte code = codes[j];
            if (code != SurveyData.NO_VALID_ANSWER) {
                tally[1 + 2 * j]++;
                if (code == SurveyData.SATISFIED) {
                    tally[2 + 2 * j]++;
                }
            }
        }
        boolean[] elementAnswered = new boolean[elementItems.length];
        for (int e = 0; e < elementItems.length; e++) {
            for (int j : elementItems[e]) {
                if (codes[j] != SurveyData.NO_VALID_ANSWER) {
                    elementAnswered[e] = true;
                    pair.elementCounts[e]++;
                    break;
                }
            }
        }
        boolean[] partAnswered = new boolean[partElements.length];
        for (int q = 0; q < partElements.length; q++) {
            for (int e : partElements[q]) {
                if (elementAnswered[e]) {
                    partAnswered[q] = true;
                    pair.partCounts[q]++;
                    break;
                }
            }
        }
        for (int q : overallParts) {
            if (partAnswered[q]) {
                pair.overallCount++;
                break;
            }
        }
        rows++;
    }

    /** The respondents added. */
    public int rows() {
        return rows;
    }

    /** The data the estimator reads: the pairs sorted by stratum, cluster and domain, their sums exact. */
    public SurveyData data() {
        List<Map.Entry<List<String>, Pair>> sorted = sorted();
        int count = sorted.size();
        List<String> strata = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        List<String> clusterNames = new ArrayList<>();
        Map<String, Integer> strataIndex = new HashMap<>();
        Map<String, Integer> domainIndex = new HashMap<>();
        Map<List<String>, Integer> clusterIndex = new HashMap<>();
        SurveyData.IntList stratumOfCluster = new SurveyData.IntList();
        int[] clusterOfPair = new int[count];
        int[] domainOfPair = new int[count];
        long[] respondents = new long[count];
        double[][] satisfied = new double[items][count];
        double[][] valid = new double[items][count];
        long[][] counts = new long[items][count];
        long[][] elementCounts = new long[elementItems.length][count];
        long[][] partCounts = new long[partElements.length][count];
        long[] overallCounts = new long[count];
        for (int p = 0; p < count; p++) {
            List<String> key = sorted.get(p).getKey();
            Pair pair = sorted.get(p).getValue();
            int h = strataIndex.computeIfAbsent(key.get(0), k -> {
                strata.add(k);
                return strata.size() - 1;
            });
            clusterOfPair[p] = clusterIndex.computeIfAbsent(List.of(key.get(0), key.get(1)), k -> {
                stratumOfCluster.add(h);
                clusterNames.add(key.get(1));
                return clusterNames.size() - 1;
            });
            domainOfPair[p] = key.get(2) == null ? -1 : domainIndex.computeIfAbsent(key.get(2), k -> {
                domains.add(k);
                return domains.size() - 1;
            });
            respondents[p] = pair.sum(0);
            for (int j = 0; j < items; j++) {
                valid[j][p] = pair.weighted(1 + 2 * j);
                satisfied[j][p] = pair.weighted(2 + 2 * j);
                counts[j][p] = pair.sum(1 + 2 * j);
            }
            for (int e = 0; e < elementItems.length; e++) {
                elementCounts[e][p] = pair.elementCounts[e];
            }
            for (int q = 0; q < partElements.length; q++) {
                partCounts[q][p] = pair.partCounts[q];
            }
            overallCounts[p] = pair.overallCount;
        }
        return new SurveyData(definition, clusterOfPair, domainOfPair, stratumOfCluster.toArray(), strata, domains,
                clusterNames, respondents,
                new Estimator.Sums(satisfied, valid, counts, elementCounts, partCounts, overallCounts));
    }

    /** Per domain (in the pairs' order; national rows without a domain left out) its respondents and Σw, exact. */
    public Map<String, Domain> domains() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        Map<String, Long> respondents = new HashMap<>();
        for (Map.Entry<List<String>, Pair> e : sorted()) {
            String domain = e.getKey().get(2);
            if (domain != null) {
                weights.merge(domain, e.getValue().exact(0), BigDecimal::add);
                respondents.merge(domain, e.getValue().sum(0), Long::sum);
            }
        }
        Map<String, Domain> out = new LinkedHashMap<>();
        weights.forEach((d, w) -> out.put(d, new Domain(respondents.get(d), w.doubleValue())));
        return out;
    }

    /** A domain's respondents and their total design weight. */
    public record Domain(long respondents, double weight) {
    }

    private List<Map.Entry<List<String>, Pair>> sorted() {
        Comparator<String> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
        Comparator<List<String>> order = Comparator.<List<String>, String>comparing(k -> k.get(0), nullsFirst)
                .thenComparing(k -> k.get(1), nullsFirst).thenComparing(k -> k.get(2), nullsFirst);
        return pairs.entrySet().stream().sorted(Map.Entry.comparingByKey(order)).toList();
    }

    /** One pair's rows: per distinct weight, [respondents, then per item valid and satisfied counts]. */
    private final class Pair {
        private double[] weights = new double[0];
        private long[][] tallies = new long[0][];
        private final long[] elementCounts = new long[elementItems.length];
        private final long[] partCounts = new long[partElements.length];
        private long overallCount;

        long[] tally(double weight, int items) {
            for (int i = 0; i < weights.length; i++) {
                if (weights[i] == weight) {
                    return tallies[i];
                }
            }
            weights = Arrays.copyOf(weights, weights.length + 1);
            tallies = Arrays.copyOf(tallies, tallies.length + 1);
            weights[weights.length - 1] = weight;
            tallies[tallies.length - 1] = new long[1 + 2 * items];
            return tallies[tallies.length - 1];
        }

        long sum(int column) {
            long total = 0;
            for (long[] tally : tallies) {
                total += tally[column];
            }
            return total;
        }

        BigDecimal exact(int column) {
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < weights.length; i++) {
                if (tallies[i][column] != 0) {
                    total = total.add(new BigDecimal(weights[i]).multiply(BigDecimal.valueOf(tallies[i][column])));
                }
            }
            return total;
        }

        /** Σw over the rows counted in a column, exact, rounded to the nearest double once. */
        double weighted(int column) {
            return exact(column).doubleValue();
        }
    }
}
