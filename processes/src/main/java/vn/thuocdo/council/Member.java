package vn.thuocdo.council;

/** A person on a round's council; one of them chairs it. */
public record Member(String username, String displayName, boolean chair) {
}
