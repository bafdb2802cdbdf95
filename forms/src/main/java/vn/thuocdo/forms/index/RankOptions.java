package vn.thuocdo.forms.index;

import vn.thuocdo.forms.Input;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rank intervals asked for with the estimates: how many bootstrap replicates and the seed (the same seed gives the
 * same intervals). Read from text the same way by the command ({@code --replicates}, {@code --seed}) and the
 * statisticians' upload, and written by {@link #writeEstimates}, the one way both produce their CSV.
 */
public record RankOptions(int replicates, long seed) {

    public static final int DEFAULT_REPLICATES = ReplicateWeights.MIN_REPLICATES;
    public static final long DEFAULT_SEED = 1L;

    public RankOptions {
        if (replicates < ReplicateWeights.MIN_REPLICATES || replicates > ReplicateWeights.MAX_REPLICATES) {
            throw new ResponsesRefused("replicates.badCount", ReplicateWeights.MIN_REPLICATES,
                    ReplicateWeights.MAX_REPLICATES, replicates);
        }
    }

    /** Strict: digits only (a minus sign for the seed), null or empty for the defaults. */
    public static RankOptions parse(String replicates, String seed) {
        int count = DEFAULT_REPLICATES;
        if (replicates != null && !replicates.isEmpty()) {
            if (!replicates.matches("[0-9]{1,6}")) {
                throw new ResponsesRefused("replicates.badCount", ReplicateWeights.MIN_REPLICATES,
                        ReplicateWeights.MAX_REPLICATES, Input.visible(replicates, 32));
            }
            count = Integer.parseInt(replicates);
        }
        long seedValue = DEFAULT_SEED;
        if (seed != null && !seed.isEmpty()) {
            if (!seed.matches("-?[0-9]{1,18}")) {
                throw new ResponsesRefused("replicates.badSeed", Input.visible(seed, 32));
            }
            seedValue = Long.parseLong(seed);
        }
        return new RankOptions(count, seedValue);
    }

    /**
     * The estimates CSV of {@link ResultsCsv}: with {@code ranks} null the plain format, else with each domain's rank
     * interval on every measure. Refused ({@link ResponsesRefused}) before anything is written when the replicates
     * would be too much work.
     */
    public static void writeEstimates(IndexDefinition definition, SurveyData data, RankOptions ranks, Writer out) {
        List<Estimate> estimates = Estimator.estimate(definition, data);
        if (ranks == null) {
            ResultsCsv.write(estimates, out);
            return;
        }
        ReplicateWeights weights = ReplicateWeights.of(data, definition.singleClusterStratum(), ranks.replicates(),
                ranks.seed());
        ReplicateEstimates replicates = ReplicateEstimates.compute(definition, data, estimates, weights);
        Map<String, Ranking> rankings = new LinkedHashMap<>();
        for (String measure : replicates.measures()) {
            rankings.put(measure, replicates.ranking(measure));
        }
        ResultsCsv.write(estimates, rankings, out);
    }
}
