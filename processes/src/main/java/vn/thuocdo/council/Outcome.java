package vn.thuocdo.council;

/** What the council rule ({@code CouncilDecision.dmn}) says of a session's votes; its output values. */
public enum Outcome {
    APPROVED,
    SENT_BACK,
    /** Not decided: the vote goes on, or it closed without a quorum. */
    UNDECIDED
}
