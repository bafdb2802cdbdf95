package vn.thuocdo.survey.process;

/** Variable, task and message names of {@code SurveyProcess}; the BPMN uses the same strings. */
public final class SurveyVariables {

    public static final String PROCESS_KEY = "SurveyProcess";
    public static final String ROUND_ID = "roundId";
    public static final String ORGANISER_UNIT_ID = "organiserUnitId";
    /** The stage's deadline, a {@link java.util.Date} at the end of the due day in Vietnam, or null. */
    public static final String SURVEY_DUE = "surveyDue";
    /** The review's outcome, a {@link vn.thuocdo.survey.ReviewDecision} name. */
    public static final String REVIEW_DECISION = "reviewDecision";
    /** Correlated when an approved sample is redrawn during fieldwork. */
    public static final String SAMPLE_REDRAWN = "SampleRedrawn";
    /** Set by {@code Task_OpenOnlineSurvey}: true when the window was opened (there is an approved sample). */
    public static final String ONLINE_SURVEY = "onlineSurvey";
    /** When {@code Event_OnlineSurveyDue} closes the window: {@code surveyDue}, or a default when none is set. */
    public static final String SURVEY_CLOSES_AT = "surveyClosesAt";
    /** The ISO 8601 repetition of officials' reminders while the survey is open, e.g. {@code R/P7D}. */
    public static final String SURVEY_REMINDER_CYCLE = "surveyReminderCycle";
    public static final String OPEN_ONLINE_TASK = "Task_OpenOnlineSurvey";
    public static final String ONLINE_OPEN_TASK = "Task_OnlineSurveyOpen";
    public static final String COLLECTION = "SubProcess_Collection";
    public static final String CHOOSE_TASK = "Task_ChooseSurveyDesign";
    public static final String REVIEW_TASK = "Task_ReviewSample";
    public static final String FIELDWORK_TASK = "Task_Fieldwork";

    private SurveyVariables() {
    }

    /** The business key the round gives its survey's process instance. */
    public static String businessKey(String roundId) {
        return roundId + ":survey";
    }
}
