package vn.thuocdo.council;

import java.time.Instant;
import java.util.Optional;

/** What the council tells its process: a session was opened, a member voted. Implemented on the engine. */
public interface CouncilWorkflow {

    /** The coordinator's task that opens the round's next session, while the council stage waits for one. */
    Optional<String> waitingForSession(String roundId);

    /** Completes that task: the members' votes open, closing at {@code closesAt}. */
    void opened(String taskId, String sessionId, Instant closesAt);

    /** Completes the member's vote task; false when the member has none open. */
    boolean voted(String roundId, String username);
}
