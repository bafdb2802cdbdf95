package vn.thuocdo.sampling;

/** Where a unit's sampling request stands. */
public enum SamplingState {
    /** Asked for, nothing submitted yet. */
    REQUESTED,
    /** Submitted, waiting for the coordinator. */
    SUBMITTED,
    /** Returned by the coordinator with a reason; the unit must submit again. */
    RETURNED,
    /** Accepted by the coordinator. */
    APPROVED,
    /** Taken out of the round by the coordinator; nothing more is asked of the unit. */
    WITHDRAWN
}
