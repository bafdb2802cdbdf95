package vn.thuocdo.publication;

/** What a publication's file is (column {@code publication_file.kind}). */
public enum FileKind {
    /** The signed national report. */
    REPORT,
    /** A unit's signed scorecard. */
    UNIT_REPORT,
    /** An open dataset (CSV or JSON). */
    DATASET,
    /** The datasets' data dictionary. */
    DICTIONARY,
    /** The replication package (definitions, non-personal inputs, the command that recomputes every number). */
    REPLICATION,
    /** Every other file's path and SHA-256. */
    MANIFEST
}
