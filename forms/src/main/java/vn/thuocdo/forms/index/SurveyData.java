package vn.thuocdo.forms.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Responses as the estimator reads them, column by column: each row's stratum, first-stage cluster (nested in its
 * stratum: cluster "1" of two strata are two clusters, R's {@code nest=TRUE}), design weight, domain, and per item
 * what the answer counts as ({@link #NO_VALID_ANSWER}, {@link #VALID}, {@link #SATISFIED}). Built row by row with
 * {@link Builder}; the answer keys are turned into these codes by the definition's rule at the edge.
 */
public final class SurveyData {

    public static final byte NO_VALID_ANSWER = 0;
    public static final byte VALID = 1;
    public static final byte SATISFIED = 2;

    final int rows;
    final double[] weight;
    final int[] pairOf;
    final int[] clusterOfPair;
    final int[] domainOfPair;
    final int[] stratumOfCluster;
    final List<String> strata;
    final List<String> domains;
    /** Each cluster's name as given (its commune code), by cluster number. */
    final List<String> clusterNames;
    /** The rows (respondents) in each (domain, cluster) pair. */
    final long[] respondentsOfPair;
    final byte[][] answers;
    /** The per-pair sums, when the data was read from design aggregates rather than rows ({@link SurveyAggregates}). */
    private final Estimator.Sums given;
    private final IndexDefinition givenFor;

    private SurveyData(Builder b) {
        this.rows = b.rows;
        this.weight = Arrays.copyOf(b.weight, b.rows);
        this.pairOf = Arrays.copyOf(b.pairOf, b.rows);
        this.clusterOfPair = b.clusterOfPair.toArray();
        this.domainOfPair = b.domainOfPair.toArray();
        this.stratumOfCluster = b.stratumOfCluster.toArray();
        this.strata = inOrder(b.strata);
        this.domains = inOrder(b.domains);
        this.answers = new byte[b.items][];
        for (int j = 0; j < b.items; j++) {
            answers[j] = Arrays.copyOf(b.answers[j], b.rows);
        }
        this.clusterNames = List.copyOf(b.clusterNames);
        this.respondentsOfPair = new long[clusterOfPair.length];
        for (int i = 0; i < rows; i++) {
            respondentsOfPair[pairOf[i]]++;
        }
        this.given = null;
        this.givenFor = null;
    }

    /**
     * Design-level data with no rows: the structure (pairs, their clusters, domains and strata, in the order they
     * first appeared) and the per-pair sums, as {@link SurveyAggregates} reads them back. The estimator and the
     * replicates work from these sums only, so they give the same numbers as the rows they were summed from.
     */
    SurveyData(IndexDefinition definition, int[] clusterOfPair, int[] domainOfPair, int[] stratumOfCluster,
               List<String> strata, List<String> domains, List<String> clusterNames, long[] respondentsOfPair,
               Estimator.Sums sums) {
        long total = 0;
        for (long n : respondentsOfPair) {
            total += n;
        }
        this.rows = Math.toIntExact(total);
        this.weight = new double[0];
        this.pairOf = new int[0];
        this.clusterOfPair = clusterOfPair;
        this.domainOfPair = domainOfPair;
        this.stratumOfCluster = stratumOfCluster;
        this.strata = List.copyOf(strata);
        this.domains = List.copyOf(domains);
        this.clusterNames = List.copyOf(clusterNames);
        this.respondentsOfPair = respondentsOfPair;
        this.answers = new byte[0][];
        this.given = sums;
        this.givenFor = definition;
    }

    /** Every field given: for {@link #withDomains}, which keeps the rows (or the sums) and changes the pairs. */
    private SurveyData(int rows, double[] weight, int[] pairOf, int[] clusterOfPair, int[] domainOfPair,
                       int[] stratumOfCluster, List<String> strata, List<String> domains, List<String> clusterNames,
                       long[] respondentsOfPair, byte[][] answers, Estimator.Sums given, IndexDefinition givenFor) {
        this.rows = rows;
        this.weight = weight;
        this.pairOf = pairOf;
        this.clusterOfPair = clusterOfPair;
        this.domainOfPair = domainOfPair;
        this.stratumOfCluster = stratumOfCluster;
        this.strata = strata;
        this.domains = domains;
        this.clusterNames = clusterNames;
        this.respondentsOfPair = respondentsOfPair;
        this.answers = answers;
        this.given = given;
        this.givenFor = givenFor;
    }

    /**
     * The same sample with its domains relabelled: each (domain, cluster) pair's domain becomes {@code newDomain} of
     * its name ({@code null}: the pair counts only in the national estimates; a pair with no domain keeps none). For
     * the provinces merged in July 2025: the old province's respondents estimated as the new province's.
     * <p>
     * Only the domains change. The strata, clusters, weights and answers are the design's (the old provinces stay the
     * strata they were sampled in), in the same order, so the national estimates, their variance and the seeded
     * replicates come out as before; a new domain over several old strata is a domain estimate as R's {@code svyby}
     * gives for a variable that crosses strata. Pairs that come to share their cluster and new domain (a cluster
     * with respondents in two old domains that become one) are merged: pairs partition the respondents, so their
     * sums and counts add. Data read from design aggregates is relabelled the same way, by adding their sums. New
     * domains are numbered as they first appear over the pairs, which is the order of their first rows: the same
     * order as data whose rows were given the new domains directly, so its estimates come out the same.
     */
    public SurveyData withDomains(Function<String, String> newDomain) {
        int pairs = clusterOfPair.length;
        int[] newDomainOfOld = new int[domains.size()];
        Arrays.fill(newDomainOfOld, Integer.MIN_VALUE);
        Map<String, Integer> domainIndex = new HashMap<>();
        List<String> newDomains = new ArrayList<>();
        Map<Long, Integer> pairIndex = new HashMap<>();
        IntList newClusterOfPair = new IntList();
        IntList newDomainOfPair = new IntList();
        int[] newPairOf = new int[pairs];
        for (int p = 0; p < pairs; p++) {
            int old = domainOfPair[p];
            int d = -1;
            if (old >= 0) {
                if (newDomainOfOld[old] == Integer.MIN_VALUE) {
                    String name = newDomain.apply(domains.get(old));
                    newDomainOfOld[old] = name == null ? -1 : domainIndex.computeIfAbsent(name, k -> {
                        newDomains.add(k);
                        return newDomains.size() - 1;
                    });
                }
                d = newDomainOfOld[old];
            }
            int c = clusterOfPair[p];
            int domain = d;
            newPairOf[p] = pairIndex.computeIfAbsent(((long) (d + 1) << 32) | c, k -> {
                newClusterOfPair.add(c);
                newDomainOfPair.add(domain);
                return pairIndex.size();
            });
        }
        int merged = pairIndex.size();
        long[] respondents = new long[merged];
        for (int p = 0; p < pairs; p++) {
            respondents[newPairOf[p]] += respondentsOfPair[p];
        }
        int[] rowPair = new int[pairOf.length];
        for (int i = 0; i < pairOf.length; i++) {
            rowPair[i] = newPairOf[pairOf[i]];
        }
        // The rows' arrays are never written after construction: shared, not copied.
        return new SurveyData(rows, weight, rowPair, newClusterOfPair.toArray(), newDomainOfPair.toArray(),
                stratumOfCluster, strata, List.copyOf(newDomains), clusterNames, respondents, answers,
                given == null ? null : merge(given, newPairOf, merged), givenFor);
    }

    /** Aggregates' sums added up per merged pair. */
    private static Estimator.Sums merge(Estimator.Sums sums, int[] newPairOf, int merged) {
        return new Estimator.Sums(merge(sums.satisfied, newPairOf, merged), merge(sums.valid, newPairOf, merged),
                merge(sums.counts, newPairOf, merged), merge(sums.elementCounts, newPairOf, merged),
                merge(sums.partCounts, newPairOf, merged), merge(new long[][] {sums.overallCounts}, newPairOf,
                merged)[0]);
    }

    private static double[][] merge(double[][] byPair, int[] newPairOf, int merged) {
        double[][] out = new double[byPair.length][merged];
        for (int j = 0; j < byPair.length; j++) {
            for (int p = 0; p < newPairOf.length; p++) {
                out[j][newPairOf[p]] += byPair[j][p];
            }
        }
        return out;
    }

    private static long[][] merge(long[][] byPair, int[] newPairOf, int merged) {
        long[][] out = new long[byPair.length][merged];
        for (int j = 0; j < byPair.length; j++) {
            for (int p = 0; p < newPairOf.length; p++) {
                out[j][newPairOf[p]] += byPair[j][p];
            }
        }
        return out;
    }

    /** The per-(domain, cluster) sums of a definition: the ones read, or summed from the rows. */
    Estimator.Sums sums(IndexDefinition definition) {
        if (given != null) {
            if (!givenFor.reference().equals(definition.reference())) {
                throw new IllegalArgumentException("Aggregates of " + givenFor.reference() + ", not "
                        + definition.reference());
            }
            return given;
        }
        return new Estimator.Sums(definition, this);
    }

    public int rows() {
        return rows;
    }

    /** The keys of an index map, by their index: the order in which they first appeared. */
    private static List<String> inOrder(Map<String, Integer> indexes) {
        String[] keys = new String[indexes.size()];
        indexes.forEach((key, index) -> keys[index] = key);
        return List.of(keys);
    }

    /** The domains in the order they first appeared (national, the whole sample, is not one of them). */
    public List<String> domains() {
        return domains;
    }

    public int clusters() {
        return stratumOfCluster.length;
    }

    public int strata() {
        return strata.size();
    }

    /** The answer code of an answer key under a definition's rule, or -1 for a key the rule does not know. */
    public static byte code(IndexDefinition.AnswerRule rule, String key) {
        if (key == null || key.isEmpty() || rule.notValid().contains(key)) {
            return NO_VALID_ANSWER;
        }
        if (rule.satisfied().contains(key)) {
            return SATISFIED;
        }
        return rule.valid().contains(key) ? VALID : -1;
    }

    /** Collects rows for one definition; its items are the answer columns, in the definition's order. */
    public static final class Builder {

        private final int items;
        private int rows;
        private double[] weight = new double[1024];
        private int[] pairOf = new int[1024];
        private byte[][] answers;
        private final Map<String, Integer> strata = new HashMap<>();
        private final Map<String, Integer> domains = new HashMap<>();
        private final Map<String, Integer> clusters = new HashMap<>();
        private final List<String> clusterNames = new java.util.ArrayList<>();
        private final Map<Long, Integer> pairs = new HashMap<>();
        private final IntList stratumOfCluster = new IntList();
        private final IntList clusterOfPair = new IntList();
        private final IntList domainOfPair = new IntList();

        public Builder(IndexDefinition definition) {
            this.items = definition.items().size();
            this.answers = new byte[items][1024];
        }

        /**
         * Adds a row. {@code cluster} null: the row is its own cluster (R's {@code id=~1}); {@code domain} null: the
         * row counts only in the national estimates. {@code codes} holds one answer code per item, in the definition's order.
         */
        public Builder add(String stratum, String cluster, double weight, String domain, byte[] codes) {
            if (!(weight > 0) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("A design weight must be positive and finite, was " + weight);
            }
            if (codes.length != items) {
                throw new IllegalArgumentException("Expected " + items + " answer codes, got " + codes.length);
            }
            if (rows == this.weight.length) {
                int size = rows * 2;
                this.weight = Arrays.copyOf(this.weight, size);
                this.pairOf = Arrays.copyOf(this.pairOf, size);
                for (int j = 0; j < items; j++) {
                    answers[j] = Arrays.copyOf(answers[j], size);
                }
            }
            int h = strata.computeIfAbsent(stratum, k -> strata.size());
            String clusterKey = cluster == null ? "\u0001" + rows : h + "\u0000" + cluster;
            int c = clusters.computeIfAbsent(clusterKey, k -> {
                stratumOfCluster.add(h);
                clusterNames.add(cluster == null ? "#" + (rows + 1) : cluster);
                return clusters.size();
            });
            int d = domain == null ? -1 : domains.computeIfAbsent(domain, k -> domains.size());
            long pairKey = ((long) (d + 1) << 32) | c;
            int p = pairs.computeIfAbsent(pairKey, k -> {
                clusterOfPair.add(c);
                domainOfPair.add(d);
                return pairs.size();
            });
            this.weight[rows] = weight;
            this.pairOf[rows] = p;
            for (int j = 0; j < items; j++) {
                if (codes[j] < NO_VALID_ANSWER || codes[j] > SATISFIED) {
                    throw new IllegalArgumentException("Answer code " + codes[j] + " is not 0, 1 or 2");
                }
                answers[j][rows] = codes[j];
            }
            rows++;
            return this;
        }

        public int rows() {
            return rows;
        }

        public SurveyData build() {
            return new SurveyData(this);
        }
    }

    /** A growing list of ints without boxing. */
    static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
