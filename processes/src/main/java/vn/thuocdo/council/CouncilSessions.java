package vn.thuocdo.council;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.Rejected;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The process's side of a session: who votes, the count for the rule, and the rule's outcome recorded. */
@Component
public class CouncilSessions {

    private final CouncilStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CouncilSessions(CouncilStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** The members who vote in the session: the council when it opened (no member changes while a session is open). */
    public List<String> voters(String sessionId) {
        return store.memberUsernames(session(sessionId).roundId());
    }

    public Tally tally(String sessionId) {
        Session session = session(sessionId);
        List<Vote> votes = store.votes(sessionId);
        int approvals = (int) votes.stream().filter(v -> v.choice() == Choice.APPROVE).count();
        return new Tally(session.members(), votes.size(), approvals, votes.size() - approvals);
    }

    /**
     * Records the rule's outcome. Sending back names every unit a send-back vote named, with those votes' comments,
     * in {@link CouncilSentBack}; the coordinator may then open a new session.
     */
    public void decided(String sessionId, Outcome outcome) {
        Session session = session(sessionId);
        if (!store.decide(sessionId, outcome, clock.instant())) {
            return;
        }
        if (outcome == Outcome.APPROVED) {
            events.publishEvent(new CouncilApproved(session.roundId(), sessionId));
        }
        if (outcome == Outcome.SENT_BACK) {
            Set<String> units = new LinkedHashSet<>();
            List<Vote> sendBacks = store.votes(sessionId).stream().filter(v -> v.choice() == Choice.SEND_BACK).toList();
            sendBacks.forEach(v -> units.addAll(v.unitIds()));
            events.publishEvent(new CouncilSentBack(session.roundId(), List.copyOf(units),
                    sendBacks.stream().map(Vote::comment).filter(Objects::nonNull).toList()));
        }
    }

    private Session session(String sessionId) {
        return store.session(sessionId).orElseThrow(() -> new Rejected("council.noSession"));
    }
}
