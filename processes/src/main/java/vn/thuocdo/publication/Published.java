package vn.thuocdo.publication;

/**
 * A publication was issued (after its transaction commits, listeners see its rows): units are told, improvement
 * plans start. {@code supersededId} is the publication it corrects, or null for a round's first.
 */
public record Published(String roundId, String publicationId, String code, int year, String supersededId) {
}
