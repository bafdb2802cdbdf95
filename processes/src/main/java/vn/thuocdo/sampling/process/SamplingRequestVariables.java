package vn.thuocdo.sampling.process;

/** Variable names of {@code SamplingRequestProcess}; the BPMN uses the same strings. */
public final class SamplingRequestVariables {

    public static final String PROCESS_KEY = "SamplingRequestProcess";
    public static final String ROUND_ID = "roundId";
    public static final String UNIT_ID = "unitId";
    public static final String ORGANISER_UNIT_ID = "organiserUnitId";
    /** The deadline as a {@link java.util.Date} at the end of the due day in Vietnam (task due date). */
    public static final String SAMPLING_DUE = "samplingDue";
    public static final String SAMPLING_FORM = "samplingForm";
    public static final String SAMPLING_REMINDER_AT = "samplingReminderAt";

    private SamplingRequestVariables() {
    }
}
