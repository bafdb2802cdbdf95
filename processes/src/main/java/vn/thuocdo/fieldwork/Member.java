package vn.thuocdo.fieldwork;

/** A person of a branch, by the username they sign in with. */
public record Member(long branchId, String username, String displayName, TeamRole role) {
}
