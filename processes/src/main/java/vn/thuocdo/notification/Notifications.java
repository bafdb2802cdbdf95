package vn.thuocdo.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Records notices and hands them to the mailer when there is one. */
@Service
public class Notifications {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Notifications.class);

    private final JdbcClient db;
    private final Clock clock;
    private final ObjectProvider<Mailer> mailer;
    private final ObjectProvider<NoticeDelivery> delivery;

    Notifications(JdbcClient db, Clock clock, ObjectProvider<Mailer> mailer, ObjectProvider<NoticeDelivery> delivery) {
        this.db = db;
        this.clock = clock;
        this.mailer = mailer;
        this.delivery = delivery;
    }

    /**
     * Notifies everyone holding the role in the unit and mails them now; a mail failure throws. For workflow jobs,
     * whose failures become retries and incidents.
     */
    @Transactional
    public Notice notify(String unitId, Role role, String link, String key, String... args) {
        Notice notice = record(unitId, role, link, key, args);
        mailer.ifAvailable(m -> m.send(notice));
        return notice;
    }

    /**
     * Notifies as part of a larger action (launching a round for 48 units): the notice is kept with the action,
     * the mail goes only after it commits, and a mail failure is logged instead of undoing the action.
     */
    @Transactional
    public Notice notifyAfterCommit(String unitId, Role role, String link, String key, String... args) {
        Notice notice = record(unitId, role, link, key, args);
        mailer.ifAvailable(m -> TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    m.send(notice);
                } catch (RuntimeException e) {
                    log.warn("Notice {} for {} was kept but not mailed: {}", notice.key(), notice.unitId(), e.toString());
                }
            }
        }));
        return notice;
    }

    /**
     * Notifies as part of a person's action (a submission, an approval): the notice is kept with the action, and
     * the mail goes in a workflow job of its own after it commits, so a mail server that is down becomes retries
     * and an incident (as for reminders) without undoing or holding up the action.
     */
    @Transactional
    public Notice notifyByJob(String unitId, Role role, String link, String key, String... args) {
        Notice notice = record(unitId, role, link, key, args);
        if (mailer.getIfAvailable() != null) {
            delivery.getObject().mailLater(notice.id());
        }
        return notice;
    }

    /** Mails a recorded notice now; a failure throws. For the job {@link #notifyByJob} leaves. */
    @Transactional(readOnly = true)
    public void mail(long noticeId) {
        Notice notice = db.sql("select * from notice where id = ?").param(noticeId)
                .query(Notifications::map).optional()
                .orElseThrow(() -> new IllegalStateException("No notice " + noticeId));
        mailer.ifAvailable(m -> m.send(notice));
    }

    private Notice record(String unitId, Role role, String link, String key, String... args) {
        Instant now = clock.instant();
        String joined = String.join("\u001f", args);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        db.sql("insert into notice (at, unit_id, role, message_key, args, link) values (?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(now), unitId, role.key(), key, joined, link).update(keys, "id");
        long id = keys.getKey().longValue();
        return new Notice(id, now, unitId, role.key(), key, List.of(args), link);
    }

    /** The newest notices for the person's unit and roles. */
    @Transactional(readOnly = true)
    public List<Notice> forActor(Actor actor, int limit) {
        List<String> roles = actor.roles().stream().map(Role::key).toList();
        if (roles.isEmpty()) {
            return List.of();
        }
        return db.sql("""
                        select * from notice where unit_id = :unit and role in (:roles)
                        order by at desc, id desc limit :limit""")
                .param("unit", actor.unitId()).param("roles", roles).param("limit", limit)
                .query(Notifications::map)
                .list();
    }

    private static Notice map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Notice(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("unit_id"),
                rs.getString("role"), rs.getString("message_key"), split(rs.getString("args")), rs.getString("link"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(joined.split("\u001f")));
    }
}
