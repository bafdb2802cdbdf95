package vn.thuocdo.survey.response;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens and closes a round's online survey. Read on every answer, so the state is cached for a few seconds: a
 * close reaches every replica within that time, and the hot path does not read this row each time.
 */
@Service
public class SurveyWindow {

    static final long CACHE_MILLIS = 5_000;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();

    SurveyWindow(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Opens (or opens again, with a new deadline) the round's online survey for the approved sample. */
    @Transactional
    public WindowState open(String roundId, String sampleId, Instant closesAt) {
        // PostgreSQL keeps microseconds and rounds: an opening rounded up would lie after "now" on a clock that
        // stands still (the tests'), and the survey would not be open yet.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        int updated = jdbc.update("update survey_window set sample_id = ?, closes_at = ?, closed_at = null"
                + " where round_id = ?", sampleId, Timestamp.from(closesAt), roundId);
        if (updated == 0) {
            jdbc.update("insert into survey_window (round_id, sample_id, opened_at, closes_at) values (?, ?, ?, ?)",
                    roundId, sampleId, Timestamp.from(now), Timestamp.from(closesAt));
        }
        cache.remove(roundId);
        return of(roundId).orElseThrow();
    }

    /** Moves the deadline of a survey still open; false when it is closed or was never opened. */
    @Transactional
    public boolean moveDeadline(String roundId, Instant closesAt) {
        int moved = jdbc.update("update survey_window set closes_at = ? where round_id = ? and closed_at is null",
                Timestamp.from(closesAt), roundId);
        cache.remove(roundId);
        return moved == 1;
    }

    /** Closes it now (the deadline passed, or the coordinator closed it early); answers after this are refused. */
    @Transactional
    public void close(String roundId) {
        jdbc.update("update survey_window set closed_at = ? where round_id = ? and closed_at is null",
                Timestamp.from(clock.instant()), roundId);
        cache.remove(roundId);
    }

    public Optional<WindowState> of(String roundId) {
        return jdbc.query("select round_id, sample_id, opened_at, closes_at, closed_at from survey_window"
                + " where round_id = ?", (rs, n) -> new WindowState(rs.getString(1), rs.getString(2),
                rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(),
                rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant()), roundId).stream().findFirst();
    }

    /** The state for the hot path: at most {@link #CACHE_MILLIS} old. */
    public Optional<WindowState> cached(String roundId) {
        long now = System.currentTimeMillis();
        Cached hit = cache.get(roundId);
        if (hit != null && now - hit.readAt() < CACHE_MILLIS) {
            return hit.state();
        }
        Optional<WindowState> state = of(roundId);
        cache.put(roundId, new Cached(state, now));
        return state;
    }

    private record Cached(Optional<WindowState> state, long readAt) {
    }
}
