package vn.thuocdo.assessment;

/** An appraiser assigned to a unit; {@code hasScored} once they set a value of it (then they stay). */
public record AssignedAppraiser(String username, String displayName, boolean hasScored) {
}
