package vn.thuocdo.council;

import vn.thuocdo.round.Round;

import java.util.List;
import java.util.Optional;

/**
 * A round's council as one person may see it. Until a session is decided its votes stay sealed: {@code votes} is
 * empty and only {@code tally} (how many voted, how many approved or sent back) and the reader's own vote show, so no
 * member's vote sways the others; once decided, every vote with its comment.
 *
 * @param results     the compiled results from {@link CouncilAgenda}, ranked by percent; empty when there are none
 * @param canOpen     the council stage waits for the coordinator to open a session
 */
public record CouncilBoard(Round round, List<Member> members, List<Session> sessions, Optional<Session> current,
                           Tally tally, List<Vote> votes, Optional<Vote> ownVote, List<CouncilAgenda.UnitResult> results,
                           boolean canOpen) {

    public boolean sits(String username) {
        return members.stream().anyMatch(m -> m.username().equals(username));
    }

    /** The session open for votes now, if any. */
    public Optional<Session> voting() {
        return current.filter(s -> !s.decided());
    }
}
