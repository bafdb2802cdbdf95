package vn.thuocdo.survey;

/** How the coordinator ends a review of the drawn sample; the workflow goes where each one says. */
public enum ReviewDecision {
    /** The sample is approved: fieldwork may start. */
    APPROVE,
    /** A new draw (a new seed) to review again. */
    REDRAW,
    /** Back to choosing the questionnaires and the design. */
    CHANGE_DESIGN
}
