package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SIPAS with confidence intervals costs at national scale, in memory: 1,000,000 generated responses to the 33
 * items of sipas@1 in 34 provinces (strata) of 100 communes each (3,400 first-stage clusters, a few with a single
 * commune), unequal weights, about 10% "don't know" and 10% unanswered. Figure: {@link Estimator#estimate} (every
 * item, element, part and overall index with SE and CI, nationally and for each province). Baseline in the same run:
 * one plain pass over the same arrays summing the weights of satisfied answers per province and item (what a weighted
 * count needs, nothing more). Median of 5 after 2 warm-ups, written to target/bench/sipas-estimation.md. Run with
 * {@code ./mvnw -o -q -pl forms package -Pbench -Dtest=SipasEstimationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (the bench profile drops the tests' C1-only JIT flag, as bench/run does).
 */
class SipasEstimationBenchmark {

    private static final int RESPONSES = 1_000_000;
    private static final int PROVINCES = 34;
    private static final int COMMUNES = 100;

    @Test
    void measuresSipasWithConfidenceIntervalsFor34ProvincesFromAMillionResponses() throws IOException {
        IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
        long built = System.nanoTime();
        SurveyData data = generated(sipas);
        double buildSeconds = (System.nanoTime() - built) / 1e9;
        List<Estimate> estimates = Estimator.estimate(sipas, data);
        int measures = sipas.items().size() + sipas.elements().size() + sipas.parts().size() + 1;
        assertThat(estimates).hasSize((PROVINCES + 1) * measures);
        assertThat(estimates).allMatch(Estimate::sufficient)
                .allMatch(e -> e.estimate() > 0.3 && e.estimate() < 0.9);
        // Province 34 sampled one commune: its own estimates have no SE; everything else has one.
        assertThat(estimates).filteredOn(e -> !e.domain().equals("34"))
                .allMatch(e -> e.hasSe() && e.se() > 0 && e.se() < 0.05);
        assertThat(estimates).filteredOn(e -> e.domain().equals("34")).noneMatch(Estimate::hasSe);

        double estimate = median(() -> Estimator.estimate(sipas, data));
        double baseline = median(() -> weightedCounts(data));
        List<String> rows = new ArrayList<>(List.of("| measurement | median (ms) |", "|---|---:|"));
        rows.add(String.format("| baseline: weighted count of satisfied answers per province and item, one pass "
                + "over the same arrays | %.1f |", baseline));
        rows.add(String.format("| `Estimator.estimate`: %d measures × (national + %d provinces), each with SE and "
                + "95%% CI | %.1f |", measures, PROVINCES, estimate));
        rows.add(String.format("| ratio to the baseline | %.1f× |", estimate / baseline));
        Path out = Path.of("target", "bench", "sipas-estimation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# SIPAS estimation in memory\n\n" + String.format("%,d", RESPONSES)
                + " generated responses, " + sipas.items().size() + " items, " + PROVINCES + " provinces × "
                + COMMUNES + " communes (clusters); generating them took " + String.format("%.1f", buildSeconds)
                + " s (not measured). Median of 5 runs after 2 warm-ups, "
                + Runtime.getRuntime().availableProcessors() + " cores, one thread.\n\n"
                + String.join("\n", rows) + "\n");
    }

    static SurveyData generated(IndexDefinition sipas) {
        SplittableRandom random = new SplittableRandom(20251201L);
        int items = sipas.items().size();
        SurveyData.Builder builder = new SurveyData.Builder(sipas);
        byte[] codes = new byte[items];
        String[] provinces = new String[PROVINCES];
        String[] communes = new String[COMMUNES];
        Arrays.setAll(provinces, p -> String.format("%02d", p + 1));
        Arrays.setAll(communes, c -> "x" + c);
        for (int i = 0; i < RESPONSES; i++) {
            int province = i % PROVINCES;
            // The last province sampled a single commune: a lonely cluster in its stratum.
            int commune = province == PROVINCES - 1 ? 0 : random.nextInt(COMMUNES);
            double satisfaction = 0.55 + 0.3 * (province + commune % 7) / (PROVINCES + 7.0);
            for (int j = 0; j < items; j++) {
                double u = random.nextDouble();
                // Below 0.2: "don't know" or unanswered, both no valid answer.
                codes[j] = u < 0.2 ? SurveyData.NO_VALID_ANSWER
                        : random.nextDouble() < satisfaction ? SurveyData.SATISFIED : SurveyData.VALID;
            }
            builder.add(provinces[province], communes[commune], 50 + random.nextInt(400), provinces[province], codes);
        }
        return builder.build();
    }

    /** The baseline: Σ w of satisfied answers per province and item. */
    private static double[][] weightedCounts(SurveyData data) {
        double[][] sums = new double[data.answers.length][data.strata()];
        for (int j = 0; j < data.answers.length; j++) {
            byte[] codes = data.answers[j];
            double[] s = sums[j];
            for (int i = 0; i < data.rows; i++) {
                if (codes[i] == SurveyData.SATISFIED) {
                    s[data.stratumOfCluster[data.clusterOfPair[data.pairOf[i]]]] += data.weight[i];
                }
            }
        }
        return sums;
    }

    private static double median(Supplier<Object> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            work.get();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[2] / 1e6;
    }
}
