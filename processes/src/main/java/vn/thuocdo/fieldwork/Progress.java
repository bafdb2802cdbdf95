package vn.thuocdo.fieldwork;

import java.util.Map;

/**
 * Counts of a province's or a branch's fieldwork, never who: {@code target} is the selected household slots,
 * visits are counted by state and, once completed, by outcome; {@code flagged} is the interviews a quality rule
 * fired on, {@code rejected} the visits sent back at least once. {@code branchId}, {@code partner} and
 * {@code branchName} are null for a province. The rates are defined in docs/fieldwork.md ("Progress").
 */
public record Progress(String unitId, String unitName, Long branchId, Partner partner, String branchName, long target,
                       Map<InterviewState, Long> byState, Map<Outcome, Long> byOutcome, long flagged,
                       long rejected) {

    public Progress {
        byState = Map.copyOf(byState);
        byOutcome = Map.copyOf(byOutcome);
    }

    /** Households interviewed: completed visits with answers, whatever their review says. */
    public long interviews() {
        return byOutcome.getOrDefault(Outcome.INTERVIEWED, 0L);
    }

    /** Completed visits, with an interview or an outcome. */
    public long visited() {
        return byOutcome.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Visited households that were eligible: every visit but one to a household that had moved away. */
    public long eligible() {
        return visited() - byOutcome.getOrDefault(Outcome.MOVED, 0L);
    }

    /** Interviews over the target, 0 to 1 (more interviews than slots shows as 1). */
    public double completion() {
        return target <= 0 ? 0 : Math.min(1.0, interviews() / (double) target);
    }

    /** Interviews over eligible visited households (AAPOR RR1-like, replaced households count as non-response). */
    public Double responseRate() {
        return share(interviews(), eligible());
    }

    /** Visits sent back by a reviewer at least once, over completed visits. */
    public Double rejectedShare() {
        return share(rejected, visited());
    }

    /** Interviews a quality rule fired on, over interviews (only interviews are judged). */
    public Double flaggedShare() {
        return share(flagged, interviews());
    }

    public long count(InterviewState state) {
        return byState.getOrDefault(state, 0L);
    }

    public long count(Outcome outcome) {
        return byOutcome.getOrDefault(outcome, 0L);
    }

    /** Null without a denominator: "no rate yet", not 0 %. */
    private static Double share(long part, long whole) {
        return whole <= 0 ? null : part / (double) whole;
    }
}
