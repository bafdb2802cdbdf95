package vn.thuocdo.improvement;

/** Where a plan version stands: officers draft, the leader decides on a submitted one, a signed-off one is final. */
public enum PlanState {
    DRAFT,
    SUBMITTED,
    SIGNED_OFF,
    /** A later version of the same plan was signed off. */
    SUPERSEDED
}
