package vn.thuocdo.survey;

/** Where one version of a round's sample stands. */
public enum SampleState {
    /** Drawn, waiting for the coordinator's review; a redraw supersedes it. */
    DRAFT,
    /** Approved: frozen, nothing in it changes any more; a redraw makes a new version and keeps this one. */
    APPROVED,
    /** Replaced by a later version; kept so anyone can see and redraw what was drawn before. */
    SUPERSEDED
}
