package vn.thuocdo.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.Actor;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/** Records audit events; {@link AuditTrail} reads them. */
@Service
public class AuditLog {

    public static final String OK = "OK";
    public static final String DENIED = "DENIED";

    private final JdbcClient db;
    private final Clock clock;
    private final AuditTrail trail;

    AuditLog(JdbcClient db, Clock clock, AuditTrail trail) {
        this.db = db;
        this.clock = clock;
        this.trail = trail;
    }

    /** Records an action that is part of the caller's transaction: it is kept only if the action is. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String unitId, String action, String target, String detail) {
        insert(actor, null, unitId, action, target, OK, detail);
    }

    /**
     * Records in its own transaction: a refused action rolls back, its trace must not; a sign-in has none.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, String unitId, String action, String target, String outcome, String detail) {
        insert(actor, null, unitId, action, target, outcome, detail);
    }

    /**
     * A refusal, in its own transaction so the refused action's rollback keeps it: who (with their full name and
     * unit), what was asked ({@code action} and {@code target}), when.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Actor actor, String action, String target, String detail) {
        insert(actor.username(), actor.displayName(), actor.unitId(), action, target, DENIED, detail);
    }

    /** An interactive sign-in (login form or Keycloak), which also remembers the person's current full name. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedIn(Actor actor) {
        remember(actor);
        insert(actor.username(), actor.displayName(), actor.unitId(), "sign-in", null, OK, null);
    }

    /**
     * Keeps the name a person goes by, so that events capabilities record with a username alone still get the
     * full name when they are written. Update first: the person is nearly always known already.
     */
    @Transactional
    public void remember(Actor actor) {
        if (actor.displayName() == null || actor.displayName().isBlank()
                || actor.displayName().equals(actor.username())) {
            // Nothing learnt (a token without a name): keep the name the person last signed in with.
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = db.sql("update audit_person set display_name = ?, unit_id = ?, seen_at = ? where username = ?")
                .params(cut(actor.displayName(), 200), actor.unitId(), now, actor.username()).update();
        if (updated == 0) {
            try {
                db.sql("insert into audit_person (username, display_name, unit_id, seen_at) values (?, ?, ?, ?)")
                        .params(actor.username(), cut(actor.displayName(), 200), actor.unitId(), now).update();
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // Another replica or request remembered the same person first: their name stands.
            }
        }
    }

    private void insert(String actor, String actorName, String unitId, String action, String target, String outcome,
                        String detail) {
        db.sql("""
                        insert into audit_event (at, actor, actor_name, unit_id, action, target, outcome, detail)
                        values (?, ?, coalesce(?, (select p.display_name from audit_person p where p.username = ?)),
                                ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), cut(actor, 100), cut(actorName, 200), actor, unitId,
                        cut(action, 60), cut(target, 200), outcome, cut(detail, 2000))
                .update();
    }

    /** The newest events first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> recent(int limit) {
        return trail.find(AuditQuery.ALL, 0, limit);
    }

    private static String cut(String text, int length) {
        return text == null ? null : text.substring(0, Math.min(text.length(), length));
    }
}
