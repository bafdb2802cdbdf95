package vn.thuocdo.publication;

/** Where a publication stands (column {@code publication.state}). */
public enum PublicationState {
    /** The round's publication in force. */
    CURRENT,
    /** A correction replaced it; its files stay downloadable, marked so. */
    SUPERSEDED
}
