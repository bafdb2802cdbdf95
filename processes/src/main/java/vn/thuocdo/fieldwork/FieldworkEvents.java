package vn.thuocdo.fieldwork;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;

/**
 * Writes who changed what, when and why, in the transaction of the change: kept only if the change is. Announces it
 * as {@link FieldworkChanged} in the same transaction.
 */
@Component
class FieldworkEvents {

    static final int MAX_REASON = 2000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    FieldworkEvents(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher publisher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.publisher = publisher;
    }

    void record(String interviewId, Long slot, String kind, String from, String to, String actor, String reason) {
        jdbc.update("""
                        insert into fieldwork_event (interview_id, sample_unit_id, kind, from_state, to_state, actor,
                        reason, at) values (?, ?, ?, ?, ?, ?, ?, ?)""", interviewId, slot, kind, from, to, actor,
                reason, Timestamp.from(clock.instant()));
        announce(new FieldworkChanged(interviewId, slot, kind, from, to, actor));
    }

    /** Announces a change whose row was written otherwise (a batch of assignments). */
    void announce(FieldworkChanged change) {
        publisher.publishEvent(change);
    }
}
