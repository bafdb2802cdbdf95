package vn.thuocdo.fieldwork;

import vn.thuocdo.shared.Rejected;

import java.util.Set;

/**
 * Where an interview is in its review: the enumerator's DRAFT, COMPLETED for the supervisor, APPROVED for the
 * ministry's survey team, ACCEPTED for good, or REJECTED back to the enumerator with comments.
 */
public enum InterviewState {
    DRAFT, COMPLETED, APPROVED, ACCEPTED, REJECTED;

    /** The moves the review allows; anything else is refused, so a state is never skipped. */
    private Set<InterviewState> next() {
        return switch (this) {
            case DRAFT -> Set.of(COMPLETED);
            case COMPLETED -> Set.of(COMPLETED, APPROVED, REJECTED);
            case APPROVED -> Set.of(ACCEPTED, REJECTED);
            case REJECTED -> Set.of(COMPLETED);
            case ACCEPTED -> Set.of();
        };
    }

    /** Refuses a move the review does not allow, with why in the person's words. */
    public void requireMoveTo(InterviewState to) {
        if (!next().contains(to)) {
            throw new Rejected(switch (this) {
                case ACCEPTED -> "fieldwork.interviewAccepted";
                case APPROVED -> "fieldwork.interviewApproved";
                default -> "fieldwork.interviewNotInState";
            }, name(), to.name());
        }
    }

    /** Refuses unless the interview is in {@code from}, for a move to {@code to} (rejections start from two). */
    public void requireIn(InterviewState from, InterviewState to) {
        if (this != from) {
            throw new Rejected(this == ACCEPTED ? "fieldwork.interviewAccepted" : "fieldwork.interviewNotInState",
                    name(), to.name());
        }
    }

    /** Settled by the supervisor or the ministry: the slot stays with its enumerator. */
    public boolean reviewed() {
        return this == APPROVED || this == ACCEPTED;
    }
}
