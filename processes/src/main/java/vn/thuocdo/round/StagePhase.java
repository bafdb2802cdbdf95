package vn.thuocdo.round;

/** Where a later stage stands, read from its own process: not started, running, or ended. */
public enum StagePhase {
    /** Its process has not started. */
    UPCOMING,
    /** Its process is running (or was, when the round was cancelled). */
    CURRENT,
    /** Its process ended normally. */
    DONE
}
