package vn.thuocdo.compilation;

/** Where a version of the compiled results stands. */
public enum VersionState {
    /** Computed; the coordinator reviews it. */
    DRAFT,
    /** Handed to the council. */
    READY,
    /** A council session approved it. */
    APPROVED,
    /** A later version replaced it. */
    SUPERSEDED
}
