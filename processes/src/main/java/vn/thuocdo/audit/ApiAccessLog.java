package vn.thuocdo.audit;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.TimeZones;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * API calls (HTTP Basic or bearer token) counted per day, person, unit and endpoint pattern. Calls are counted in
 * memory and written in batches (every {@code thuocdo.audit.api-access-flush}, default 30 s, and at shutdown), so a
 * busy API costs one upsert per person and endpoint per batch instead of one row per call.
 */
@Service
public class ApiAccessLog {

    private final JdbcClient db;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final Map<Key, Tally> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher;

    ApiAccessLog(JdbcClient db, Clock clock, TransactionTemplate transaction, AuditLog audit,
                 @Value("${thuocdo.audit.api-access-flush:30s}") Duration every) {
        this.db = db;
        this.clock = clock;
        this.transaction = transaction;
        this.audit = audit;
        this.flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "api-access-flush");
            thread.setDaemon(true);
            return thread;
        });
        flusher.scheduleWithFixedDelay(this::flushQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Counts one call; {@code endpoint} is a pattern ({@code GET /api/v1/rounds/{id}}), never a raw URL. */
    public void called(Actor actor, String endpoint) {
        Instant now = clock.instant();
        Key key = new Key(TimeZones.today(clock), actor.username(), actor.unitId(), cut(endpoint, 200));
        pending.compute(key, (k, tally) -> tally == null ? new Tally(actor, 1, now, now) : tally.plus(now));
    }

    /** Writes the counted calls; safe to call from several threads and replicas at once. */
    public void flush() {
        for (Key key : List.copyOf(pending.keySet())) {
            Tally tally = pending.remove(key);
            if (tally != null) {
                try {
                    transaction.executeWithoutResult(status -> write(key, tally));
                } catch (RuntimeException e) {
                    // Counted again at the next batch rather than lost.
                    pending.merge(key, tally, Tally::and);
                    throw e;
                }
            }
        }
    }

    /** One page of the counts, newest day and latest call first. */
    public List<ApiAccess> find(AuditQuery query, int offset, int limit) {
        flush();
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        params.add(limit);
        params.add(offset);
        return db.sql("""
                        select a.*, p.display_name from api_access a left join audit_person p on p.username = a.username"""
                        + where + " order by a.on_day desc, a.last_at desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new ApiAccess(rs.getDate("on_day").toLocalDate(), rs.getString("username"),
                        rs.getString("display_name"), rs.getString("unit_id"), rs.getString("endpoint"),
                        rs.getLong("calls"), rs.getTimestamp("first_at").toInstant(),
                        rs.getTimestamp("last_at").toInstant()))
                .list();
    }

    public int count(AuditQuery query) {
        flush();
        List<Object> params = new ArrayList<>();
        String where = where(query, params);
        return db.sql("select count(*) from api_access a left join audit_person p on p.username = a.username" + where)
                .params(params).query(Integer.class).single();
    }

    private void write(Key key, Tally tally) {
        audit.remember(tally.actor);
        // Update first, insert when the row is new, update again when another replica inserted it meanwhile: the
        // same on PostgreSQL and H2, without dialect-specific upserts.
        if (update(key, tally) == 0) {
            try {
                db.sql("""
                                insert into api_access (on_day, username, unit_id, endpoint, calls, first_at, last_at)
                                values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(key.day, key.username, key.unitId, key.endpoint, tally.calls,
                                Timestamp.from(tally.first), Timestamp.from(tally.last)).update();
            } catch (DuplicateKeyException raced) {
                update(key, tally);
            }
        }
    }

    private int update(Key key, Tally tally) {
        return db.sql("""
                        update api_access set calls = calls + ?,
                            first_at = least(first_at, ?), last_at = greatest(last_at, ?)
                        where on_day = ? and username = ? and unit_id = ? and endpoint = ?""")
                .params(tally.calls, Timestamp.from(tally.first), Timestamp.from(tally.last),
                        key.day, key.username, key.unitId, key.endpoint).update();
    }

    private static String where(AuditQuery query, List<Object> params) {
        StringBuilder sql = new StringBuilder();
        if (query.person() != null) {
            sql.append(" and (lower(a.username) like lower(?) or lower(coalesce(p.display_name, '')) like lower(?))");
            // Lowered by the database on both sides: its idea of Vietnamese capitals (Đ, Ư) is the one the rows meet.
            String like = "%" + query.person().replace("%", "").replace("_", "") + "%";
            params.add(like);
            params.add(like);
        }
        if (query.unitId() != null) {
            sql.append(" and a.unit_id = ?");
            params.add(query.unitId());
        }
        if (query.from() != null) {
            sql.append(" and a.on_day >= ?");
            params.add(query.from());
        }
        if (query.to() != null) {
            sql.append(" and a.on_day <= ?");
            params.add(query.to());
        }
        return sql.isEmpty() ? "" : " where " + sql.substring(" and ".length());
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ApiAccessLog.class).warn("API access counts not written yet", e);
        }
    }

    @PreDestroy
    void stop() {
        flusher.shutdown();
        flushQuietly();
    }

    private static String cut(String text, int length) {
        return text.substring(0, Math.min(text.length(), length));
    }

    private record Key(LocalDate day, String username, String unitId, String endpoint) {
    }

    private record Tally(Actor actor, long calls, Instant first, Instant last) {
        Tally plus(Instant at) {
            return new Tally(actor, calls + 1, first.isBefore(at) ? first : at, last.isAfter(at) ? last : at);
        }

        Tally and(Tally other) {
            return new Tally(actor, calls + other.calls, first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }
}
