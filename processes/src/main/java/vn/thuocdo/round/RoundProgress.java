package vn.thuocdo.round;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The dashboard of a round: each participant's status per stage and the counts the coordinator steers by. */
public record RoundProgress(Round round, List<String> stages, List<UnitProgress> units) {

    /** How many units are in each state of a stage. */
    public Map<String, Long> counts(String stage) {
        Map<String, Long> counts = new TreeMap<>();
        for (UnitProgress unit : units) {
            StageStatus status = unit.stage(stage);
            if (status != null) {
                counts.merge(status.state(), 1L, Long::sum);
            }
        }
        return counts;
    }

    public long count(String stage, String state) {
        return counts(stage).getOrDefault(state, 0L);
    }

    public long overdue() {
        return units.stream().filter(UnitProgress::overdue).count();
    }

    /** Share of units in any of the given states of a stage, 0 to 1. */
    public double share(String stage, String... states) {
        if (units.isEmpty()) {
            return 0;
        }
        long n = 0;
        for (String s : states) {
            n += count(stage, s);
        }
        return n / (double) units.size();
    }
}
