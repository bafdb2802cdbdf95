package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The aggregate-level path gives the microdata path's numbers exactly: the estimates, SEs and intervals of every
 * measure, and under the same seed and replicates every replicate value and rank interval, because the estimator and
 * Rao-Wu replicates only ever read cluster sums (a replicate rescales whole clusters within their strata).
 */
class SurveyAggregatesTest {

    final IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");

    /**
     * Provinces of 1 to 9 communes (a lonely cluster included) with 1 to 40 households of varied weights, answers
     * drawn from every key (valid, satisfied, "don't know", empty); some rows in no domain.
     */
    private SurveyData microdata(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SurveyData.Builder builder = new SurveyData.Builder(sipas);
        List<String> keys = List.of("1", "2", "3", "4", "5", "9", "");
        for (int province = 1; province <= 12; province++) {
            int communes = province == 5 ? 1 : 1 + random.nextInt(9);
            for (int c = 1; c <= communes; c++) {
                int households = 1 + random.nextInt(40);
                double weight = 10 + random.nextDouble() * 300;
                for (int h = 0; h < households; h++) {
                    byte[] codes = new byte[sipas.items().size()];
                    for (int j = 0; j < codes.length; j++) {
                        byte code = SurveyData.code(sipas.answers(), keys.get(random.nextInt(keys.size())));
                        codes[j] = code < 0 ? SurveyData.NO_VALID_ANSWER : code;
                    }
                    String domain = province == 12 ? null : "T" + province;
                    builder.add("T" + province, "x" + c, weight * (0.8 + random.nextDouble() * 0.4), domain, codes);
                }
            }
        }
        return builder.build();
    }

    private SurveyData throughTheFile(SurveyData rows) {
        StringWriter text = new StringWriter();
        SurveyAggregates.write(sipas, rows, text);
        return SurveyAggregates.read(sipas, new StringReader(text.toString()));
    }

    @Test
    void theAggregatesGiveTheSameEstimatesSesAndIntervalsAsTheRows() {
        for (long seed = 1; seed <= 5; seed++) {
            SurveyData rows = microdata(seed);
            SurveyData aggregates = throughTheFile(rows);
            assertThat(aggregates.rows()).isEqualTo(rows.rows());
            assertThat(aggregates.domains()).isEqualTo(rows.domains());
            // Records compare doubles bit for bit (Double.compare), NaN equal to NaN.
            assertThat(Estimator.estimate(sipas, aggregates)).isEqualTo(Estimator.estimate(sipas, rows));
        }
    }

    @Test
    void theAggregatesGiveTheSameReplicatesAndRankIntervalsUnderTheSameSeed() {
        SurveyData rows = microdata(7);
        SurveyData aggregates = throughTheFile(rows);
        List<Estimate> estimates = Estimator.estimate(sipas, rows);
        ReplicateEstimates fromRows = ReplicateEstimates.compute(sipas, rows, estimates,
                ReplicateWeights.of(rows, sipas.singleClusterStratum(), 1000, 42));
        ReplicateEstimates fromAggregates = ReplicateEstimates.compute(sipas, aggregates,
                Estimator.estimate(sipas, aggregates),
                ReplicateWeights.of(aggregates, sipas.singleClusterStratum(), 1000, 42));
        assertThat(fromAggregates.units()).isEqualTo(fromRows.units());
        for (String measure : fromRows.measures()) {
            for (String unit : fromRows.units()) {
                for (int r = 0; r < 1000; r++) {
                    assertThat(Double.doubleToLongBits(fromAggregates.value(measure, unit, r)))
                            .as("%s %s replicate %d", measure, unit, r)
                            .isEqualTo(Double.doubleToLongBits(fromRows.value(measure, unit, r)));
                }
            }
            Ranking a = fromAggregates.ranking(measure);
            Ranking b = fromRows.ranking(measure);
            assertThat(a.intervals()).isEqualTo(b.intervals());
            assertThat(a.pairs()).isEqualTo(b.pairs());
        }
    }

    @Test
    void theEstimatesCsvIsTheSameFromTheAggregates() {
        SurveyData rows = microdata(11);
        SurveyData aggregates = throughTheFile(rows);
        StringWriter fromRows = new StringWriter();
        StringWriter fromAggregates = new StringWriter();
        RankOptions ranks = new RankOptions(1000, 3);
        RankOptions.writeEstimates(sipas, rows, ranks, fromRows);
        RankOptions.writeEstimates(sipas, aggregates, ranks, fromAggregates);
        assertThat(fromAggregates.toString()).isEqualTo(fromRows.toString());
    }

    @Test
    void aFileWithABadHeaderANameOrANumberIsRefusedWithItsLine() {
        StringWriter text = new StringWriter();
        SurveyAggregates.write(sipas, microdata(3), text);
        String file = text.toString();
        String header = file.substring(0, file.indexOf('\n'));
        String firstLine = file.substring(file.indexOf('\n') + 1, file.indexOf('\n', file.indexOf('\n') + 1));

        assertThatThrownBy(() -> SurveyAggregates.read(sipas, new StringReader("a,b\n" + firstLine)))
                .isInstanceOfSatisfying(ResponsesRefused.class,
                        e -> assertThat(e.code()).isEqualTo("aggregates.badHeader"));
        assertThatThrownBy(() -> SurveyAggregates.read(sipas,
                new StringReader(header + "\n" + "<script>" + firstLine.substring(firstLine.indexOf(',')))))
                .isInstanceOfSatisfying(ResponsesRefused.class, e -> {
                    assertThat(e.code()).isEqualTo("aggregates.badName");
                    assertThat(e.message(IndexMessages.VIETNAMESE)).startsWith("dòng 2, cột stratum");
                });
        String negative = firstLine.replaceFirst(",([0-9]+),", ",-$1,");
        assertThatThrownBy(() -> SurveyAggregates.read(sipas, new StringReader(header + "\n" + negative)))
                .isInstanceOfSatisfying(ResponsesRefused.class,
                        e -> assertThat(e.code()).isEqualTo("aggregates.badNumber"));
        assertThatThrownBy(() -> SurveyAggregates.read(sipas,
                new StringReader(header + "\n" + firstLine + "\n" + firstLine)))
                .isInstanceOfSatisfying(ResponsesRefused.class,
                        e -> assertThat(e.code()).isEqualTo("aggregates.duplicatePair"));
        assertThatThrownBy(() -> SurveyAggregates.read(sipas, new StringReader(header + "\n" + firstLine + ",1")))
                .isInstanceOfSatisfying(ResponsesRefused.class,
                        e -> assertThat(e.code()).isEqualTo("csv.wrongColumnCount"));
    }
}
