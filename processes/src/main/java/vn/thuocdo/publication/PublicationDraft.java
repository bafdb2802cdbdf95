package vn.thuocdo.publication;

import java.time.Instant;

/**
 * A publication being issued, handed to each {@link PublicationFileSource}: its numbers are already in
 * {@code publication_result} (same transaction), its files not yet. {@code supersedesCode} and {@code reason} are set
 * on a correction.
 */
public record PublicationDraft(String id, String code, String roundId, String roundName, int year, String title,
                               String resultVersionId, Instant publishedAt, String publishedByName,
                               String supersedesCode, String reason) {

    public boolean correction() {
        return supersedesCode != null;
    }
}
