package vn.thuocdo.compilation.process;

/** The names CompilationProcess uses, in one place. */
final class CompilationVariables {

    static final String PROCESS_KEY = "CompilationProcess";
    static final String REVIEW_TASK = "Task_ReviewResults";
    static final String DECISION_KEY = "ParIndexGroup";
    static final String ROUND_ID = "roundId";
    /** {@code RECOMPUTE} or {@code READY}: what the coordinator decided at the review. */
    static final String DECISION = "reviewDecision";
    static final String RECOMPUTE = "RECOMPUTE";
    static final String READY = "READY";
    static final String REASON = "recomputeReason";
    static final String REQUESTED_BY = "recomputeBy";
    static final String REQUESTED_BY_NAME = "recomputeByName";
    static final String PERCENT = "percent";

    private CompilationVariables() {
    }

    static String businessKey(String roundId) {
        return roundId + ":compilation";
    }
}
