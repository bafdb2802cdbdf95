package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Small designs computed by hand, every sum written out. The definition: items a, b, c; element e1 = mean(a, b),
 * e2 = c; parts p1 = e1, p2 = e2; overall = mean(p1, p2); valid answers 1-5, satisfied 4-5, "dk"/"na" not valid;
 * at least 2 valid answers per domain.
 *
 * <pre>
 * row  cluster  weight  region  a   b   c      (c repeats a)
 *  1   c1       1       north   5   4   5
 *  2   c1       2       north   3   4   3
 *  3   c2       3       north   4   2   4
 *  4   c2       1       north   dk  5   dk
 *  5   c3       2       south   1   -   1      (- : no answer)
 *  6   c3       2       west    -   3   -
 * </pre>
 * Per cluster, Σw over satisfied (Y) and valid (V) answers:
 * a: c1 Y=1 V=1+2=3; c2 Y=3 V=3 (dk is not valid); c3 Y=0 V=2. b: c1 Y=1+2=3 V=3; c2 Y=1 V=3+1=4; c3 Y=0 V=2.
 */
class EstimatorTest {

    static final String DEFINITION = """
            {"id": "test", "version": 1, "title": {"vi": "Chỉ số thử"},
             "answers": {"valid": ["1", "2", "3", "4", "5"], "satisfied": ["4", "5"], "notValid": ["dk", "na"]},
             "minValidAnswers": 2, "singleClusterStratum": "%s",
             "items": ["a", "b", "c"],
             "elements": [{"id": "e1", "of": ["a", "b"]}, {"id": "e2", "of": ["c"]}],
             "parts": [{"id": "p1", "of": ["e1"]}, {"id": "p2", "of": ["e2"]}],
             "overall": ["p1", "p2"]}""";

    static final String ROWS = """
            stratum,cluster,weight,region,a,b,c
            %s,c1,1,north,5,4,5
            %s,c1,2,north,3,4,3
            %s,c2,3,north,4,2,4
            %s,c2,1,north,dk,5,dk
            %s,c3,2,south,1,,1
            %s,c3,2,west,,3,
            """;

    private static final double EXACT = 1e-12;

    /**
     * One stratum S of 3 clusters, unequal weights, missing and "don't know" answers.
     * Item a: R = ΣY/ΣV = (1+3+0)/(3+3+2) = 4/8 = 1/2, n = 4 valid answers.
     * Linearised cluster totals t_c = (Y_c − R·V_c)/ΣV: c1 (1 − 1.5)/8 = −1/16; c2 (3 − 1.5)/8 = 3/16;
     * c3 (0 − 1)/8 = −1/8; their mean is 0.
     * Var = n_h/(n_h−1) · Σ(t_c − t̄)² = 3/2 · (1/256 + 9/256 + 4/256) = 3/2 · 14/256 = 21/256; SE = √(21/256) = 0.2864110.
     * 95% CI = 1/2 ± 1.959964 · 0.2864110 = [−0.0613552, 1.0613552] (normal, not clipped, as R's confint).
     */
    @Test
    void anItemIsTheWeightedShareOfValidAnswersThatAreSatisfiedWithItsLinearisedSe() {
        List<Estimate> estimates = estimate(oneStratum(), "ADJUST", null);
        Estimate a = find(estimates, "national", "item:a");
        assertThat(a.estimate()).isCloseTo(0.5, within(EXACT));
        assertThat(a.se()).isCloseTo(Math.sqrt(21.0 / 256), within(EXACT));
        assertThat(a.ciLow()).isCloseTo(0.5 - 1.959963984540054 * Math.sqrt(21.0 / 256), within(EXACT));
        assertThat(a.ciHigh()).isCloseTo(0.5 + 1.959963984540054 * Math.sqrt(21.0 / 256), within(EXACT));
        assertThat(a.n()).isEqualTo(4);
        // Weights matter: unweighted, a would be 2 satisfied of 4 valid as well, but b is not (3 of 5 = 0.6):
        // b: R = (3+1+0)/(3+4+2) = 4/9, n = 5.
        Estimate b = find(estimates, "national", "item:b");
        assertThat(b.estimate()).isCloseTo(4.0 / 9, within(EXACT));
        assertThat(b.n()).isEqualTo(5);
        // t_c = (Y_c − 4/9·V_c)/9: c1 (3 − 4/3)/9 = 5/27; c2 (1 − 16/9)/9 = −7/81; c3 (0 − 8/9)/9 = −8/81.
        // Var = 3/2 · (225 + 49 + 64)/6561 = 3/2 · 338/6561 = 169/2187.
        assertThat(b.se()).isCloseTo(Math.sqrt(169.0 / 2187), within(EXACT));
    }

    /**
     * e1 = mean(a, b) = (1/2 + 4/9)/2 = 17/36. Its linearised totals are the means of a's and b's:
     * c1 (−1/16 + 5/27)/2 = 53/864; c2 (3/16 − 7/81)/2 = 131/2592; c3 (−1/8 − 8/81)/2 = −145/1296 (sum 0).
     * Var = 3/2 · ((53/864)² + (131/2592)² + (145/1296)²) = 63271/2239488; SE = 0.1680846.
     * n = respondents with a valid answer to a or b: rows 1-6 all = 6.
     * overall = mean(p1, p2) = mean(e1, c) = (17/36 + 1/2)/2 = 35/72; its totals (z_e1 + z_c)/2 = 3/4·t_a + 1/4·t_b:
     * c1 −3/64 + 5/108 = −1/1728; c2 9/64 − 7/324 = 617/5184; c3 −3/32 − 2/81 = −307/2592.
     * Var = 3/2 · Σ = 378847/8957952; SE = 0.2056495.
     */
    @Test
    void anElementAndTheOverallIndexAreMeansOfRatiosWithTheMeanOfTheirLinearisedValues() {
        List<Estimate> estimates = estimate(oneStratum(), "ADJUST", null);
        Estimate e1 = find(estimates, "national", "element:e1");
        assertThat(e1.estimate()).isCloseTo(17.0 / 36, within(EXACT));
        assertThat(e1.se()).isCloseTo(Math.sqrt(63271.0 / 2239488), within(EXACT));
        assertThat(e1.n()).isEqualTo(6);
        Estimate p1 = find(estimates, "national", "part:p1");
        assertThat(p1.estimate()).isCloseTo(17.0 / 36, within(EXACT));
        assertThat(p1.se()).isCloseTo(e1.se(), within(EXACT));
        Estimate overall = find(estimates, "national", "overall");
        assertThat(overall.estimate()).isCloseTo(35.0 / 72, within(EXACT));
        assertThat(overall.se()).isCloseTo(Math.sqrt(378847.0 / 8957952), within(EXACT));
        // The mean of ratios is not the pooled ratio: (4 + 4)/(8 + 9) = 8/17 = 0.4706 ≠ 17/36 = 0.4722.
        assertThat(e1.estimate()).isNotCloseTo(8.0 / 17, within(1e-4));
    }

    /**
     * Domains by the region column: the other rows stay in the design with z = 0.
     * north (rows 1-4, clusters c1, c2): a: R = (1+3)/(3+3) = 2/3, n = 3; t: c1 (1 − 2)/6 = −1/6, c2 (3 − 2)/6 = 1/6,
     * c3 0 (outside the domain, kept). Var = 3/2 · (1/36 + 1/36 + 0) = 1/12 → SE 0.2886751. (Dropping c3 would give
     * 2/1 · 2/36 = 1/9 → SE 1/3: a different, wrong answer.)
     * b: R = (3+1)/(3+4) = 4/7; t: c1 (3 − 12/7)/7 = 9/49, c2 (1 − 16/7)/7 = −9/49, c3 0; Var = 3/2 · 162/2401 = 243/2401.
     * e1 = (2/3 + 4/7)/2 = 13/21; t: ±5/588, 0; Var = 3/2 · 50/345744 = 25/115248.
     * overall = (13/21 + 2/3)/2 = 9/14; t: (5/588 − 1/6)/2 = −31/392, +31/392, 0; Var = 3/2 · 2·961/153664 = 2883/153664.
     * south (row 5): a has 1 valid answer (< 2): no estimate. west (row 6): a has no valid answer at all (n = 0): no
     * estimate, and neither have e1, p1 or overall, which need a; never 0.
     */
    @Test
    void domainsKeepTheWholeDesignAndADomainWithoutEnoughValidAnswersHasNoEstimate() {
        List<Estimate> estimates = estimate(oneStratum(), "ADJUST", "region");
        Estimate a = find(estimates, "north", "item:a");
        assertThat(a.estimate()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(a.se()).isCloseTo(Math.sqrt(1.0 / 12), within(EXACT));
        assertThat(a.n()).isEqualTo(3);
        assertThat(find(estimates, "north", "item:b").se()).isCloseTo(Math.sqrt(243.0 / 2401), within(EXACT));
        assertThat(find(estimates, "north", "element:e1").estimate()).isCloseTo(13.0 / 21, within(EXACT));
        assertThat(find(estimates, "north", "element:e1").se()).isCloseTo(Math.sqrt(25.0 / 115248), within(EXACT));
        assertThat(find(estimates, "north", "overall").estimate()).isCloseTo(9.0 / 14, within(EXACT));
        assertThat(find(estimates, "north", "overall").se()).isCloseTo(Math.sqrt(2883.0 / 153664), within(EXACT));

        Estimate south = find(estimates, "south", "item:a");
        assertThat(south.sufficient()).isFalse();
        assertThat(south.n()).isEqualTo(1);
        Estimate west = find(estimates, "west", "item:a");
        assertThat(west.sufficient()).isFalse();
        assertThat(west.n()).isZero();
        assertThat(west.estimate()).isNaN();
        for (String measure : List.of("element:e1", "part:p1", "overall")) {
            assertThat(find(estimates, "west", measure).sufficient()).as(measure).isFalse();
        }
        assertThat(estimates).extracting(Estimate::domain).containsOnly("national", "north", "south", "west");
    }

    /**
     * Strata S1 = {c1, c2} and S2 = {c3}: S2 has a single cluster. National a: R = 1/2, t = (−1/16, 3/16, −1/8).
     * S1: mean (−1/16 + 3/16)/2 = 1/16; 2/1 · ((−1/8)² + (1/8)²) = 2 · 2/64 = 1/16.
     * ADJUST (R's "adjust"): S2's lonely total is centred at the mean of all 3 cluster totals, 0: (−1/8 − 0)² = 1/64.
     * Var = 1/16 + 1/64 = 5/64 → SE 0.2795085. REMOVE (R's "remove"/"certainty"): S2 adds 0 → SE √(1/16) = 1/4.
     * Domain S1 (the stratum's own domain): R = 4/6 = 2/3; t = (−1/6, 1/6, 0); S1: 2 · (1/36 + 1/36) = 1/9; S2 has
     * z = 0 and the centre 0 → SE = 1/3 under both rules.
     */
    @Test
    void aStratumWithASingleClusterFollowsTheDefinitionsRule() {
        List<Estimate> adjust = estimate(twoStrata(), "ADJUST", null);
        assertThat(find(adjust, "national", "item:a").se()).isCloseTo(Math.sqrt(5.0 / 64), within(EXACT));
        assertThat(find(adjust, "S1", "item:a").estimate()).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(find(adjust, "S1", "item:a").se()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(find(adjust, "S2", "item:a").sufficient()).isFalse();
        List<Estimate> remove = estimate(twoStrata(), "REMOVE", null);
        assertThat(find(remove, "national", "item:a").se()).isCloseTo(0.25, within(EXACT));
        assertThat(find(remove, "S1", "item:a").se()).isCloseTo(1.0 / 3, within(EXACT));
    }

    /**
     * Domains by cluster: domain c1 (rows 1-2) has a: R = 1/(1+2) = 1/3 from 2 valid answers, all in one cluster.
     * Its linearised total is Σz = 0 in c1 and 0 elsewhere, so the formula would give SE 0 (as R prints): one cluster
     * cannot show how the estimate varies, so the SE and interval are left out, never 0.
     */
    @Test
    void anEstimateFromASingleClusterHasNoStandardError() {
        List<Estimate> estimates = estimate(oneStratum(), "ADJUST", "cluster");
        Estimate a = find(estimates, "c1", "item:a");
        assertThat(a.estimate()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(a.hasSe()).isFalse();
        assertThat(a.se()).isNaN();
        assertThat(find(estimates, "c1", "overall").hasSe()).isFalse();
        assertThat(find(estimates, "national", "item:a").hasSe()).isTrue();
    }

    /** Clusters are nested in strata: cluster "c1" of two strata is two clusters (R's nest=TRUE). */
    @Test
    void clusterIdsAreNestedInTheirStrata() {
        String rows = """
                stratum,cluster,weight,a,b,c
                S1,c1,1,5,5,5
                S1,c2,1,1,1,1
                S2,c1,1,5,5,5
                S2,c2,1,5,1,5
                """;
        // a: R = 3/4; t: S1c1 (1 − 3/4)/4 = 1/16, S1c2 −3/16, S2c1 1/16, S2c2 1/16.
        // S1: mean −1/16, 2·((1/8)² + (1/8)²) = 1/16; S2: both 1/16, 0. Var = 1/16 → SE 1/4.
        // (Were "c1" one cluster across strata, S1 and S2 would share it and the figure would differ.)
        SurveyData data = new ResponsesCsv(definition("ADJUST"),
                new ResponsesCsv.Columns("stratum", "cluster", "weight", null)).read(bytes(rows));
        assertThat(data.clusters()).isEqualTo(4);
        Estimate a = find(Estimator.estimate(definition("ADJUST"), data), "national", "item:a");
        assertThat(a.estimate()).isCloseTo(0.75, within(EXACT));
        assertThat(a.se()).isCloseTo(0.25, within(EXACT));
    }

    static IndexDefinition definition(String rule) {
        return Indices.parse(DEFINITION.formatted(rule));
    }

    private static String oneStratum() {
        return ROWS.formatted("S", "S", "S", "S", "S", "S");
    }

    private static String twoStrata() {
        return ROWS.formatted("S1", "S1", "S1", "S1", "S2", "S2");
    }

    private static List<Estimate> estimate(String rows, String rule, String domain) {
        IndexDefinition definition = definition(rule);
        SurveyData data = new ResponsesCsv(definition,
                new ResponsesCsv.Columns("stratum", "cluster", "weight", domain)).read(bytes(rows));
        return Estimator.estimate(definition, data);
    }

    static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static Estimate find(List<Estimate> estimates, String domain, String measure) {
        return estimates.stream().filter(e -> e.domain().equals(domain) && e.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + measure + " for " + domain));
    }
}
