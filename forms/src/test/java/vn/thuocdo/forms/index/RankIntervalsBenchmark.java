package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What rank intervals cost at national scale: the SIPAS benchmark's 1,000,000 generated responses (34 provinces ×
 * 100 communes, {@link SipasEstimationBenchmark#generated}), then 1,000 bootstrap replicates of every measure
 * nationally and per province, and each measure's ranking of the 34 provinces with rank intervals. Baseline in the
 * same run: the single Taylor estimate ({@link Estimator#estimate}) of the same data. Median of 3 after 1 warm-up,
 * written to target/bench/rank-intervals.md. Goal (#13): < 10 s. Run alone with
 * {@code ./mvnw -o -q -pl forms test -Pbench -Dtest=RankIntervalsBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RankIntervalsBenchmark {

    private static final int REPLICATES = 1_000;

    @Test
    void measuresRankIntervalsWithAThousandReplicatesFor34ProvincesFromAMillionResponses() throws IOException {
        IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
        SurveyData data = SipasEstimationBenchmark.generated(sipas);
        Map<String, List<Ranking.RankInterval>> first = rankIntervals(sipas, data);
        assertThat(first).hasSize(45);
        assertThat(first.get("overall")).hasSize(34).allMatch(i -> i.low() <= i.rank() && i.rank() <= i.high());

        double taylor = median(() -> Estimator.estimate(sipas, data));
        long start = System.nanoTime();
        ReplicateEstimates replicates = ReplicateEstimates.compute(sipas, data, Estimator.estimate(sipas, data),
                ReplicateWeights.of(data, sipas.singleClusterStratum(), REPLICATES, 42));
        double replicatesOnly = (System.nanoTime() - start) / 1e6;
        double ranked = median(() -> rankIntervals(sipas, data));
        double width = first.get("overall").stream().mapToInt(i -> i.high() - i.low() + 1).average().orElse(0);
        double se = replicates.se("overall", "01");

        List<String> rows = new ArrayList<>(List.of("| measurement | median (ms) |", "|---|---:|"));
        rows.add(String.format("| baseline: `Estimator.estimate`, the single Taylor estimate (45 measures × "
                + "(national + 34 provinces) with SE and CI) | %.1f |", taylor));
        rows.add(String.format("| Taylor estimate + %,d bootstrap replicates of every measure + the 34 provinces' "
                + "rank intervals on each of the 45 measures | %.1f |", REPLICATES, ranked));
        rows.add(String.format("| ratio to the baseline | %.1f× |", ranked / taylor));
        Path out = Path.of("target", "bench", "rank-intervals.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Rank intervals in memory\n\n" + String.format("%,d", data.rows())
                + " generated responses, 34 provinces × 100 communes; " + String.format("%,d", REPLICATES)
                + " replicates (seed 42). The replicates alone took " + String.format("%.0f", replicatesOnly)
                + " ms once; on the overall index the rank intervals are " + String.format("%.1f", width)
                + " ranks wide on average, and province 01's bootstrap SE is " + String.format("%.5f", se)
                + ". Median of 3 runs after 1 warm-up, " + Runtime.getRuntime().availableProcessors()
                + " cores, one thread. Goal: < 10 s.\n\n" + String.join("\n", rows) + "\n");
    }

    private static Map<String, List<Ranking.RankInterval>> rankIntervals(IndexDefinition sipas, SurveyData data) {
        List<Estimate> estimates = Estimator.estimate(sipas, data);
        ReplicateEstimates replicates = ReplicateEstimates.compute(sipas, data, estimates,
                ReplicateWeights.of(data, sipas.singleClusterStratum(), REPLICATES, 42));
        Map<String, List<Ranking.RankInterval>> out = new LinkedHashMap<>();
        for (String measure : replicates.measures()) {
            out.put(measure, replicates.ranking(measure).intervals());
        }
        return out;
    }

    private static double median(Supplier<Object> work) {
        work.get();
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            work.get();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[1] / 1e6;
    }
}
