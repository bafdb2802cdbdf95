package vn.thuocdo.round;

import java.util.regex.Pattern;

/**
 * A stage of the year after sampling, as a pluggable part of the round: a Spring bean of this type and one call
 * activity in {@code EvaluationRoundProcess} that calls {@code process} with the business key
 * {@code <roundId>:<key>}. The round keeps the stage's deadline under {@link #dueVariable()} and hands it to the
 * called process as {@code calledDueVariable}, which that process's user tasks read as their due date.
 *
 * @param key               the stage's name in message keys ({@code schedule.stage.<key>}, {@code stage.<key>.title})
 *                          and in the stored schedule
 * @param order             position among the stages; the same scale as {@link StageProgress#order()}
 * @param process           the key of the process the stage's call activity starts
 * @param calledDueVariable the due-date variable inside that process
 */
public record RoundStage(String key, int order, String process, String calledDueVariable) {

    /** The process that stands for a stage not yet built in Thước Đo: one coordinator's task, marked done. */
    public static final String MANUAL_PROCESS = "ManualStageProcess";
    /** The due-date variable inside {@link #MANUAL_PROCESS}. */
    public static final String MANUAL_DUE = "stageDue";
    /** Stored in {@code round_stage_due.stage} (20 characters) and used as a BPMN variable prefix. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z]{0,15}");

    public RoundStage {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A stage key is a short lower camel case word: " + key);
        }
        if (process == null || process.isBlank() || calledDueVariable == null || calledDueVariable.isBlank()) {
            throw new IllegalArgumentException("Stage " + key + " needs its process and due variable");
        }
    }

    /** A stage done outside Thước Đo for now, through the generic {@link #MANUAL_PROCESS}. */
    public static RoundStage manual(String key, int order) {
        return new RoundStage(key, order, MANUAL_PROCESS, MANUAL_DUE);
    }

    /** The round process's variable holding the stage's deadline ({@code surveyDue}), null while none is set. */
    public String dueVariable() {
        return key + "Due";
    }

    /** The business key of the stage's process instance in a round. */
    public String businessKey(String roundId) {
        return roundId + ":" + key;
    }
}
