package vn.thuocdo.publication;

import java.time.Instant;

/**
 * One issued publication of a round (a row of {@code publication}): the approved result version it froze, its
 * number and code ({@code CB-2026-01}), who issued it and when, and, for a correction, the one it supersedes and why.
 */
public record Publication(String id, String roundId, String resultVersionId, int year, int number, String code,
                          String title, PublicationState state, String supersedesId, String reason,
                          String publishedBy, String publishedByName, Instant publishedAt, String supersededBy,
                          Instant supersededAt, String manifestSha256) {

    public boolean current() {
        return state == PublicationState.CURRENT;
    }
}
