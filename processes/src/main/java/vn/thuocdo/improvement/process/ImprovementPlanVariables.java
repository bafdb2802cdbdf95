package vn.thuocdo.improvement.process;

/** The variables and element ids of ImprovementPlanProcess, in one place. */
final class ImprovementPlanVariables {

    static final String PROCESS_KEY = "ImprovementPlanProcess";
    static final String PLAN_ID = "planId";
    /** roundId and unitId: the inbox's round filter and task list read them. */
    static final String ROUND_ID = "roundId";
    static final String UNIT_ID = "unitId";
    static final String SIGNED_OFF = "signedOff";

    static final String DRAFT_TASK = "Task_DraftPlan";
    static final String SIGN_OFF_TASK = "Task_SignOffPlan";

    private ImprovementPlanVariables() {
    }
}
