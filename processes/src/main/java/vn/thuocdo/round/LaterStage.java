package vn.thuocdo.round;

/**
 * The stages of the year after sampling, in their order in {@code EvaluationRoundProcess}. Until each one's capability
 * lands it is a coordinator's task done outside Thước Đo; its deadline is part of the round's schedule either way.
 */
public enum LaterStage {
    FIELDWORK,
    ASSESSMENT,
    COMPILATION,
    COUNCIL,
    PUBLICATION;

    /** The key of its message texts ({@code stage.fieldwork.title}) and of its due date in the workflow. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The workflow variable its task's due date is read from: {@code fieldworkDue}. */
    public String dueVariable() {
        return key() + "Due";
    }
}
