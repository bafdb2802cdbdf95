package vn.thuocdo.round;

/** The life of a round. */
public enum RoundState {
    /** Prepared, not yet started: nobody has been asked anything. */
    DRAFT,
    /** Running: its workflow drives the stages. */
    LAUNCHED,
    /** Every stage is done. */
    COMPLETED,
    /** Stopped by the coordinator. */
    CANCELLED
}
