package vn.thuocdo.round;

import vn.thuocdo.sampling.SamplingState;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The dashboard of a round: each participant's stage and the counts the coordinator steers by. */
public record RoundProgress(Round round, List<UnitProgress> units) {

    public Map<SamplingState, Long> countsBySamplingState() {
        Map<SamplingState, Long> counts = new java.util.EnumMap<>(SamplingState.class);
        for (SamplingState s : SamplingState.values()) {
            counts.put(s, 0L);
        }
        counts.putAll(units.stream().collect(Collectors.groupingBy(UnitProgress::sampling, Collectors.counting())));
        return counts;
    }

    public long overdue() {
        return units.stream().filter(UnitProgress::overdue).count();
    }

    /** Share of units whose sampling information was approved, 0 to 1. */
    public double approvedShare() {
        return units.isEmpty() ? 0 : countsBySamplingState().get(SamplingState.APPROVED) / (double) units.size();
    }

    /** Share of units that have submitted at least once (under review or approved), 0 to 1. */
    public double submittedShare() {
        if (units.isEmpty()) {
            return 0;
        }
        Map<SamplingState, Long> c = countsBySamplingState();
        return (c.get(SamplingState.SUBMITTED) + c.get(SamplingState.APPROVED)) / (double) units.size();
    }

    public Map<String, UnitProgress> byUnit() {
        return units.stream().collect(Collectors.toMap(UnitProgress::unitId, Function.identity()));
    }
}
