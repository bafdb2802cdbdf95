package vn.thuocdo.survey.officials;

import java.time.Instant;

/**
 * A person on a unit's list as its officer sees it: who was invited and when the link was mailed (null: not yet).
 * Deliberately nothing about whether they answered: officials never learn who took part.
 */
public record ListedOfficial(long id, String fullName, String positionGroup, String email, Instant mailedAt,
                             int reminders) {
}
