package vn.thuocdo.council;

import java.time.Instant;

/**
 * One vote round of a council: opened by the coordinator, closed at {@code closesAt} at the latest, decided by the
 * rule. {@code members} is the council's size when it opened, the rule's denominator.
 */
public record Session(String id, String roundId, int number, String openedBy, Instant openedAt, Instant closesAt,
                      int members, Instant decidedAt, Outcome outcome) {

    public boolean decided() {
        return decidedAt != null;
    }
}
