package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Cluster totals summed as rows arrive, in any order: the same bits whatever the order (the sums are exact), the
 * estimates of the row-by-row path to within rounding, the pairs in one fixed order, and a file that reads back to
 * the same estimates.
 */
class ClusterTotalsTest {

    final IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");

    private record Row(String stratum, String cluster, String domain, double weight, byte[] codes) {
    }

    /** Provinces of 1 to 6 communes, households sharing their commune's weight but for a few; some in no domain. */
    private List<Row> rows(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> keys = List.of("1", "2", "3", "4", "5", "9", "");
        List<Row> rows = new ArrayList<>();
        for (int province = 1; province <= 8; province++) {
            int communes = province == 3 ? 1 : 1 + random.nextInt(6);
            for (int c = 1; c <= communes; c++) {
                double weight = 10 + random.nextDouble() * 300;
                for (int h = 0, n = 1 + random.nextInt(50); h < n; h++) {
                    byte[] codes = new byte[sipas.items().size()];
                    for (int j = 0; j < codes.length; j++) {
                        byte code = SurveyData.code(sipas.answers(), keys.get(random.nextInt(keys.size())));
                        codes[j] = code < 0 ? SurveyData.NO_VALID_ANSWER : code;
                    }
                    // A replacement household now and then carries another slot's weight.
                    double w = random.nextInt(10) == 0 ? weight * 1.5 : weight;
                    rows.add(new Row("T" + province, "x" + c, province == 8 ? null : "T" + province, w, codes));
                }
            }
        }
        return rows;
    }

    private static SurveyData totals(IndexDefinition definition, List<Row> rows) {
        ClusterTotals totals = new ClusterTotals(definition);
        rows.forEach(r -> totals.add(r.stratum(), r.cluster(), r.domain(), r.weight(), r.codes()));
        return totals.data();
    }

    @Test
    void theOrderTheRowsArriveInChangesNoBit() {
        List<Row> rows = rows(3);
        List<Estimate> sorted = Estimator.estimate(sipas, totals(sipas, rows));
        for (long shuffle = 1; shuffle <= 5; shuffle++) {
            List<Row> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, new Random(shuffle));
            // Records compare doubles bit for bit.
            assertThat(Estimator.estimate(sipas, totals(sipas, shuffled))).isEqualTo(sorted);
        }
    }

    @Test
    void theEstimatesAreTheRowByRowOnesToWithinRounding() {
        List<Row> rows = rows(5);
        SurveyData.Builder builder = new SurveyData.Builder(sipas);
        rows.forEach(r -> builder.add(r.stratum(), r.cluster(), r.weight(), r.domain(), r.codes()));
        List<Estimate> byRow = Estimator.estimate(sipas, builder.build());
        List<Estimate> byTotals = Estimator.estimate(sipas, totals(sipas, rows));
        assertThat(byTotals).hasSameSizeAs(byRow);
        for (int i = 0; i < byRow.size(); i++) {
            Estimate a = byRow.get(i);
            Estimate b = byTotals.get(i);
            assertThat(b.domain()).isEqualTo(a.domain());
            assertThat(b.measure()).isEqualTo(a.measure());
            assertThat(b.n()).isEqualTo(a.n());
            if (a.sufficient()) {
                assertThat(b.estimate()).isCloseTo(a.estimate(), within(1e-12));
                assertThat(b.se()).isCloseTo(a.se(), within(1e-12));
            }
        }
    }

    @Test
    void theWeightedSumsAreExact() {
        // Ten rows of weight 0.1: added as doubles one by one they make 0.9999999999999999; exactly, then rounded
        // once, the nearest double to ten times 0.1's binary value, which is 1.0.
        IndexDefinition definition = sipas;
        ClusterTotals totals = new ClusterTotals(definition);
        byte[] satisfied = new byte[definition.items().size()];
        java.util.Arrays.fill(satisfied, SurveyData.SATISFIED);
        for (int i = 0; i < 10; i++) {
            totals.add("T1", "x1", "T1", 0.1, satisfied);
        }
        double naive = 0;
        for (int i = 0; i < 10; i++) {
            naive += 0.1;
        }
        assertThat(naive).isNotEqualTo(1.0);
        assertThat(totals.domains().get("T1").weight()).isEqualTo(1.0);
        assertThat(totals.domains().get("T1").respondents()).isEqualTo(10);
        assertThat(totals.rows()).isEqualTo(10);
    }

    @Test
    void thePairsComeOutSortedAndTheFileReadsBackToTheSameEstimates() {
        ClusterTotals totals = new ClusterTotals(sipas);
        byte[] codes = new byte[sipas.items().size()];
        java.util.Arrays.fill(codes, SurveyData.VALID);
        totals.add("T2", "x1", "T2", 5, codes);
        totals.add("T1", "x9", "T1", 5, codes);
        totals.add("T1", "x10", "T1", 5, codes);
        StringWriter text = new StringWriter();
        SurveyAggregates.write(sipas, totals.data(), text);
        List<String> lines = text.toString().lines().skip(1).map(l -> l.substring(0, l.indexOf(",", 3))).toList();
        assertThat(lines).containsExactly("T1,x10", "T1,x9", "T2,x1");
        assertThat(totals.domains().keySet()).containsExactly("T1", "T2");
        SurveyData back = SurveyAggregates.read(sipas, new StringReader(text.toString()));
        assertThat(Estimator.estimate(sipas, back)).isEqualTo(Estimator.estimate(sipas, totals.data()));
    }

    @Test
    void aWeightThatIsNotPositiveOrCodesOfAnotherLengthAreRefused() {
        ClusterTotals totals = new ClusterTotals(sipas);
        byte[] codes = new byte[sipas.items().size()];
        assertThatThrownBy(() -> totals.add("T1", "x1", "T1", 0, codes)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> totals.add("T1", "x1", "T1", Double.NaN, codes))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> totals.add("T1", "x1", "T1", 1, new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(totals.rows()).isZero();
    }
}
