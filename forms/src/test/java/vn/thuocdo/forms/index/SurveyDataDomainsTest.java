package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Relabelling domains, as for the provinces merged in July 2025: the old provinces stay the strata and their communes
 * the clusters; only the domain becomes the new province. The definition is {@link EstimatorTest}'s (items a, b, c;
 * at least 2 valid answers). A tiny design, two old provinces HD and HP merged into T34, a third HN left alone; HD's
 * respondents come in two old domains (HD, HDb), one of each in cluster d1, so their pairs in d1 must merge:
 *
 * <pre>
 * row  stratum  cluster  weight  old domain  new domain   a  b  c
 *  1   HD       d1       1       HD          T34          5  4  5
 *  2   HD       d1       1       HDb         T34          2  4  2
 *  3   HD       d2       2       HD          T34          4  1  4
 *  4   HP       p1       1       HP          T34          5  5  5
 *  5   HP       p2       3       HP          T34          1  2  1
 *  6   HP       p2       1       HP          T34          4  4  4
 *  7   HN       n1       2       HN          HN           3  5  3
 *  8   HN       n2       2       HN          HN           5  5  5
 * </pre>
 * Item a in T34: satisfied (4, 5) weights rows 1, 3, 4, 6: Y = 1 + 2 + 1 + 1 = 5; valid all six: V = 9; R = 5/9,
 * n = 6. Per cluster (Y, V): d1 (1, 2), d2 (2, 2), p1 (1, 1), p2 (1, 4); linearised totals t = (Y − R·V)/9:
 * d1 −1/81, d2 8/81, p1 4/81, p2 −11/81; HN's clusters are outside the domain (0).
 * Stratum HD: 2 · ((−4.5/81)² + (4.5/81)²) = 81/6561; HP: 2 · ((7.5/81)² + (−7.5/81)²) = 225/6561; HN: 0.
 * Var = 306/6561 = 34/729, SE = √34/27 — the domain crosses two strata, each keeping its own clusters.
 */
class SurveyDataDomainsTest {

    private static final double EXACT = 1e-12;
    private static final Map<String, String> CROSSWALK = Map.of("HD", "T34", "HDb", "T34", "HP", "T34", "HN", "HN");

    final IndexDefinition definition = EstimatorTest.definition("ADJUST");

    /** The rows above, each with its old domain, or with the new one when {@code newDomains}. */
    SurveyData rows(boolean newDomains) {
        String[][] rows = {
                {"HD", "d1", "1", "HD", "5", "4", "5"},
                {"HD", "d1", "1", "HDb", "2", "4", "2"},
                {"HD", "d2", "2", "HD", "4", "1", "4"},
                {"HP", "p1", "1", "HP", "5", "5", "5"},
                {"HP", "p2", "3", "HP", "1", "2", "1"},
                {"HP", "p2", "1", "HP", "4", "4", "4"},
                {"HN", "n1", "2", "HN", "3", "5", "3"},
                {"HN", "n2", "2", "HN", "5", "5", "5"}};
        SurveyData.Builder builder = new SurveyData.Builder(definition);
        for (String[] r : rows) {
            byte[] codes = new byte[3];
            for (int j = 0; j < 3; j++) {
                codes[j] = SurveyData.code(definition.answers(), r[4 + j]);
            }
            builder.add(r[0], r[1], Double.parseDouble(r[2]), newDomains ? CROSSWALK.get(r[3]) : r[3], codes);
        }
        return builder.build();
    }

    @Test
    void aMergedDomainIsEstimatedAsTheRowsGivenTheNewDomainDirectly() {
        SurveyData relabelled = rows(false).withDomains(CROSSWALK::get);
        List<Estimate> direct = Estimator.estimate(definition, rows(true));

        assertThat(relabelled.domains()).containsExactly("T34", "HN");
        assertThat(relabelled.strata()).isEqualTo(3);
        assertThat(relabelled.clusters()).isEqualTo(6);
        assertThat(relabelled.rows()).isEqualTo(8);
        // The same sums in the same order: the very same numbers, every measure, domain and the nation.
        assertThat(Estimator.estimate(definition, relabelled)).isEqualTo(direct);

        Estimate a = EstimatorTest.find(direct, "T34", "item:a");
        assertThat(a.estimate()).isCloseTo(5.0 / 9, within(EXACT));
        assertThat(a.n()).isEqualTo(6);
        assertThat(a.se()).isCloseTo(Math.sqrt(34.0 / 729), within(EXACT));
        assertThat(a.ciLow()).isCloseTo(5.0 / 9 - Estimate.Z95 * Math.sqrt(34.0 / 729), within(EXACT));
    }

    @Test
    void theNationalEstimatesDoNotMoveWithTheDomains() {
        List<Estimate> before = Estimator.estimate(definition, rows(false));
        List<Estimate> after = Estimator.estimate(definition, rows(false).withDomains(CROSSWALK::get));
        assertThat(after.stream().filter(e -> e.domain().equals(Estimator.NATIONAL)).toList())
                .isEqualTo(before.stream().filter(e -> e.domain().equals(Estimator.NATIONAL)).toList());
        // HN was its own domain and stays it: the same estimates.
        assertThat(after.stream().filter(e -> e.domain().equals("HN")).toList())
                .isEqualTo(before.stream().filter(e -> e.domain().equals("HN")).toList());
    }

    @Test
    void designAggregatesAreRelabelledByAddingTheirSums() {
        StringWriter csv = new StringWriter();
        SurveyAggregates.write(definition, rows(false), csv);
        SurveyData read = SurveyAggregates.read(definition, new StringReader(csv.toString()));
        SurveyData relabelled = read.withDomains(CROSSWALK::get);
        List<Estimate> direct = Estimator.estimate(definition, rows(true));
        List<Estimate> merged = Estimator.estimate(definition, relabelled);

        assertThat(relabelled.domains()).containsExactly("T34", "HN");
        assertThat(merged).hasSameSizeAs(direct);
        for (int i = 0; i < direct.size(); i++) {
            Estimate want = direct.get(i);
            Estimate got = merged.get(i);
            assertThat(List.of(got.domain(), got.measure(), got.n())).isEqualTo(List.of(want.domain(),
                    want.measure(), want.n()));
            assertThat(got.estimate()).as(want.domain() + " " + want.measure()).isCloseTo(want.estimate(),
                    within(EXACT));
            assertThat(got.se()).as(want.domain() + " " + want.measure()).isCloseTo(want.se(), within(EXACT));
        }
        // Written back, the merged pair (T34, d1) is one line with both respondents.
        StringWriter again = new StringWriter();
        SurveyAggregates.write(definition, relabelled, again);
        assertThat(again.toString().lines().filter(l -> l.startsWith("HD,d1,"))).singleElement()
                .satisfies(l -> assertThat(l).startsWith("HD,d1,T34,2,"));
    }

    @Test
    void aDomainMappedToNothingCountsOnlyNationally() {
        SurveyData data = rows(false).withDomains(d -> d.equals("HN") ? null : "T34");
        List<Estimate> estimates = Estimator.estimate(definition, data);
        assertThat(data.domains()).containsExactly("T34");
        assertThat(estimates).noneMatch(e -> e.domain().equals("HN"));
        assertThat(EstimatorTest.find(estimates, Estimator.NATIONAL, "item:a").n()).isEqualTo(8);
    }
}
