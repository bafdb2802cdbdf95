package vn.thuocdo.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Records and lists audit events. */
@Service
public class AuditLog {

    public static final String OK = "OK";
    public static final String DENIED = "DENIED";

    private final JdbcClient db;
    private final Clock clock;

    AuditLog(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records an action that is part of the caller's transaction: it is kept only if the action is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String unitId, String action, String target, String detail) {
        insert(actor, unitId, action, target, OK, detail);
    }

    /**
     * Records in its own transaction: a refused action rolls back, its trace must not; a sign-in has none.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String unitId, String action, String target, String outcome, String detail) {
        insert(actor, unitId, action, target, outcome, detail);
    }

    private void insert(String actor, String unitId, String action, String target, String outcome, String detail) {
        db.sql("""
                        insert into audit_event (at, actor, unit_id, action, target, outcome, detail)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), actor, unitId, action, target, outcome,
                        detail == null ? null : detail.substring(0, Math.min(detail.length(), 2000)))
                .update();
    }

    /** The newest events first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> recent(int limit) {
        return db.sql("select * from audit_event order by at desc, id desc limit ?").param(limit)
                .query((rs, n) -> new AuditEvent(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("actor"), rs.getString("unit_id"), rs.getString("action"),
                        rs.getString("target"), rs.getString("outcome"), rs.getString("detail")))
                .list();
    }
}
