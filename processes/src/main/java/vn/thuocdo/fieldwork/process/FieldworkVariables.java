package vn.thuocdo.fieldwork.process;

/** Variable, task and message names of {@code FieldworkProcess}; the BPMN uses the same strings. */
public final class FieldworkVariables {

    public static final String PROCESS_KEY = "FieldworkProcess";
    public static final String ROUND_ID = "roundId";
    /** The branch's province, so inbox filters by unit work as for every process of a round. */
    public static final String UNIT_ID = "unitId";
    public static final String BRANCH_ID = "branchId";
    public static final String ENUMERATOR = "enumerator";
    public static final String ORGANISER_UNIT_ID = "organiserUnitId";
    /** The fieldwork deadline, a {@link java.util.Date} at the end of the survey stage's due day in Vietnam. */
    public static final String FIELDWORK_DUE = "fieldworkDue";
    public static final String FIELDWORK_REMINDER_AT = "fieldworkReminderAt";
    /** Set when the coordinator closed the phase: a household given later opens no interviewing task again. */
    public static final String FIELDWORK_CLOSED = "fieldworkClosed";
    /** Local to one interview's review (the event subprocess scope, and each of its tasks). */
    public static final String INTERVIEW_ID = "interviewId";
    /** Local to one interview's review: APPROVED, REJECTED or ACCEPTED, the core's decision that ended a task. */
    public static final String DECISION = "decision";

    /** Task-local, set by the glue just before it ends a task for the core: any other completion is refused. */
    public static final String BY_CORE = "endedByCore";

    public static final String INTERVIEW_COMPLETED = "InterviewCompleted";
    public static final String INTERVIEW_FLAGGED = "InterviewFlagged";
    public static final String FIELDWORK_CLOSED_MESSAGE = "FieldworkClosed";

    public static final String INTERVIEW_TASK = "Task_InterviewHouseholds";
    public static final String REVIEW_TASK = "Task_ReviewInterview";
    public static final String ACCEPT_TASK = "Task_AcceptInterview";
    public static final String FIX_TASK = "Task_FixInterview";
    public static final String FLAG_TASK = "Task_ReviewFlags";
    public static final String REMINDER_TIMER = "Timer_InterviewReminder";
    public static final String DUE_TIMER = "Timer_InterviewDue";

    private FieldworkVariables() {
    }

    /** One process per enumerator and round: a username is in one branch of a round at most. */
    public static String businessKey(String roundId, String enumerator) {
        return roundId + ":fieldwork:" + enumerator;
    }
}
