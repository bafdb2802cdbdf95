package vn.thuocdo.round.process;

/** Variable names of {@code EvaluationRoundProcess}; the BPMN uses the same strings. */
public final class EvaluationRoundVariables {

    public static final String PROCESS_KEY = "EvaluationRoundProcess";
    public static final String ROUND_ID = "roundId";
    public static final String ORGANISER_UNIT_ID = "organiserUnitId";
    public static final String SAMPLING_DUE = "samplingDue";
    public static final String SAMPLING_FORM = "samplingForm";
    /** When units that have not submitted get their reminder ({@link java.util.Date}). */
    public static final String SAMPLING_REMINDER_AT = "samplingReminderAt";
    /** The multi-instance element variable: the participant a called process serves. */
    public static final String UNIT_ID = "unitId";

    private EvaluationRoundVariables() {
    }
}
