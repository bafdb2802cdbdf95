package vn.thuocdo.council.process;

/** Variable, task and decision names of {@code CouncilApprovalProcess} and {@code CouncilDecision}; the files use the same strings. */
public final class CouncilVariables {

    public static final String PROCESS_KEY = "CouncilApprovalProcess";
    public static final String DECISION_KEY = "CouncilDecision";
    public static final String ROUND_ID = "roundId";
    public static final String ORGANISER_UNIT_ID = "organiserUnitId";
    /** The council stage's deadline from the round, a {@link java.util.Date} or null. */
    public static final String COUNCIL_DUE = "councilDue";
    /** The open session's id, set when the coordinator opens it. */
    public static final String SESSION_ID = "sessionId";
    /** When the open session's votes close ({@code Timer_VoteClosed}), a {@link java.util.Date}. */
    public static final String SESSION_CLOSES_AT = "sessionClosesAt";
    /** True once the session's deadline timer fired; the rule then decides with the votes there are. */
    public static final String DEADLINE_PASSED = "deadlinePassed";
    /** The rule's inputs, set by {@code Task_CountVotes}. */
    public static final String MEMBERS = "members";
    public static final String VOTES_CAST = "votesCast";
    public static final String APPROVALS = "approvals";
    public static final String SEND_BACKS = "sendBacks";
    /** The rule's output, an {@link vn.thuocdo.council.Outcome} name. */
    public static final String OUTCOME = "councilOutcome";
    public static final String OPEN_SESSION_TASK = "Task_OpenSession";
    public static final String VOTE_TASK = "Task_Vote";

    private CouncilVariables() {
    }

    public static String businessKey(String roundId) {
        return roundId + ":council";
    }
}
