package vn.thuocdo.council;

/** A council session approved the round's results (published in the deciding transaction). */
public record CouncilApproved(String roundId, String sessionId) {
}
