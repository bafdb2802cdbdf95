package vn.thuocdo.assessment.process;

/** The variables and element ids of SelfAssessmentProcess and AssessmentStageProcess, in one place. */
final class SelfAssessmentVariables {

    static final String PROCESS_KEY = "SelfAssessmentProcess";
    static final String ROUND_ID = "roundId";
    static final String UNIT_ID = "unitId";
    static final String ORGANISER_UNIT_ID = "organiserUnitId";
    /** The stage's deadline as the round handed it on; null when the coordinator set none. */
    static final String ASSESSMENT_DUE = "assessmentDue";
    /** The timers' dates: the deadline, or far away when there is none, so a timer never reads null. */
    static final String SUBMISSION_DUE_AT = "submissionDueAt";
    static final String SUBMISSION_REMINDER_AT = "submissionReminderAt";
    static final String EXPLANATION_DUE = "explanationDue";
    static final String SUBMITTED = "submitted";
    static final String FINALISED = "finalised";
    /** Set on an instance started before Task_Appraise because the council sent the unit back. */
    static final String REOPENED = "reopened";

    static final String SELF_ASSESS_TASK = "Task_SelfAssess";
    static final String SIGN_OFF_TASK = "Task_SignOff";
    static final String APPRAISE_TASK = "Task_Appraise";
    static final String EXPLAIN_TASK = "Task_Explain";
    static final String REVIEW_EXPLANATIONS_TASK = "Task_ReviewExplanations";

    private SelfAssessmentVariables() {
    }
}
