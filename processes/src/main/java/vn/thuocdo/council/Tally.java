package vn.thuocdo.council;

/** A session's count, the council rule's inputs. */
public record Tally(int members, int votesCast, int approvals, int sendBacks) {
}
