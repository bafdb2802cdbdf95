package vn.thuocdo.questions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Citizens' questions and feedback: sent from the public site, answered by staff, published or rejected by the
 * moderator. Every field is bounded before it is read further; every state change is one guarded UPDATE (from the
 * state it was seen in) and one row of its history with who, when and why.
 */
@Service
public class CitizenPosts {

    public static final int NAME_MAX = 100;
    public static final int EMAIL_MAX = 254;
    public static final int UNIT_MAX = 32;
    public static final int BODY_MAX = 2000;
    public static final int ANSWER_MAX = 4000;
    public static final int REASON_MAX = 2000;
    /** The sender of every submission, in the history: citizens have no account. */
    static final String CITIZEN = "citizen";

    private static final String SELECT = """
            select p.*, u.name as unit_name from citizen_post p left join unit u on u.id = p.unit_id""";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CitizenPosts.class);

    private final JdbcClient db;
    private final Units units;
    private final Clock clock;
    private final AuditLog audit;
    private final ObjectProvider<ReplyNotice> notice;
    private final String publicUrl;
    /** For erasing an address after the publication's own transaction has committed. */
    private final TransactionTemplate separately;

    CitizenPosts(JdbcClient db, Units units, Clock clock, AuditLog audit, ObjectProvider<ReplyNotice> notice,
                 @Value("${thuocdo.public-url:http://localhost:8080}") String publicUrl,
                 PlatformTransactionManager transactions) {
        this.db = db;
        this.units = units;
        this.clock = clock;
        this.audit = audit;
        this.notice = notice;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.separately = new TransactionTemplate(transactions);
        separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps a citizen's post as typed, SUBMITTED; a field out of bounds refuses it whole. Returns its id. */
    @Transactional
    public String submit(NewPost post) {
        Checked checked = check(post);
        String id = UUID.randomUUID().toString();
        Timestamp now = Timestamp.from(clock.instant());
        db.sql("""
                        insert into citizen_post (id, kind, state, asker_name, asker_email, unit_id, body, submitted_at)
                        values (?, ?, 'SUBMITTED', ?, ?, ?, ?, ?)""")
                .params(id, post.kind().name(), checked.name(), checked.email(), checked.unitId(), checked.body(), now)
                .update();
        change(id, null, PostState.SUBMITTED, CITIZEN, null, null);
        return id;
    }

    /** Checks a post as {@link #submit} would, keeping nothing: a {@link PostRefused} says every field's reason. */
    public void validate(NewPost post) {
        check(post);
    }

    /**
     * A post whose hidden field (the honeypot) was filled: a program's, not a person's. The caller checked it like
     * any other so the reply looks the same; it is audited and dropped, nothing of it kept but the audit line.
     */
    public void discard(NewPost post, String addressHash) {
        audit.recordAlone(CITIZEN, null, "questions-honeypot", "address " + addressHash.substring(0, 16),
                AuditLog.DENIED, post.kind().name());
    }

    /** Questions waiting for an answer that the person may give, oldest first. */
    @Transactional(readOnly = true)
    public List<CitizenPost> toAnswer(Actor actor) {
        PostAccess.requireMayAnswerSome(actor);
        String where = " where p.kind = 'QUESTION' and p.state = 'SUBMITTED'";
        if (PostAccess.answersAny(actor)) {
            return db.sql(SELECT + where + " order by p.submitted_at, p.id").query(CitizenPosts::map).list();
        }
        return db.sql(SELECT + where + " and p.unit_id = ? order by p.submitted_at, p.id").param(actor.unitId())
                .query(CitizenPosts::map).list();
    }

    /** Answers a question about a unit the person answers for; it then waits for the moderator. */
    @Transactional
    public void answer(String id, String text, Actor actor) {
        CitizenPost post = get(id);
        PostAccess.requireAnswers(actor, post.unitId());
        String answer = bounded(text, ANSWER_MAX, "questions.answerRequired", "questions.answerTooLong");
        post.state().requireMove(post.kind(), PostState.ANSWERED);
        int moved = db.sql("""
                        update citizen_post set state = 'ANSWERED', answer = ?, answered_by = ?, answered_by_name = ?,
                        answered_at = ? where id = ? and state = 'SUBMITTED'""")
                .params(answer, actor.username(), actor.displayName(), Timestamp.from(clock.instant()), id).update();
        if (moved == 0) {
            throw new Rejected("questions.changed");
        }
        change(id, post.state(), PostState.ANSWERED, actor.username(), actor.displayName(), null);
    }

    /** Answered questions and submitted feedback, waiting for the moderator, oldest first. */
    @Transactional(readOnly = true)
    public List<CitizenPost> toModerate(Actor actor) {
        PostAccess.requireModerates(actor);
        return db.sql(SELECT + " " + """
                        where (p.kind = 'QUESTION' and p.state = 'ANSWERED')
                        or (p.kind = 'FEEDBACK' and p.state = 'SUBMITTED') order by p.submitted_at, p.id""")
                .query(CitizenPosts::map).list();
    }

    /** Shows the post (and its answer) on the public site. */
    @Transactional
    public void publish(String id, Actor actor) {
        PostAccess.requireModerates(actor);
        CitizenPost post = get(id);
        post.state().requireMove(post.kind(), PostState.PUBLISHED);
        int moved = db.sql("update citizen_post set state = 'PUBLISHED', published_at = ? where id = ? and state = ?")
                .params(Timestamp.from(clock.instant()), id, post.state().name()).update();
        if (moved == 0) {
            throw new Rejected("questions.changed");
        }
        change(id, post.state(), PostState.PUBLISHED, actor.username(), actor.displayName(), null);
        if (post.kind() == PostKind.QUESTION && post.askerEmail() != null) {
            // After the commit only: a slow mail server must not hold the publication open, and a publication that
            // rolls back must not have told anyone its answer is public.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tellTheAsker(post);
                }
            });
        }
    }

    /**
     * The reply notice, and then the address is erased (in a transaction of its own: the publication's has ended):
     * it was kept for this mail only. A mail that fails does not undo the publication (the answer is public either
     * way); the address is kept, and the failure logged.
     */
    private void tellTheAsker(CitizenPost post) {
        ReplyNotice mail = notice.getIfAvailable();
        if (mail == null) {
            return;
        }
        try {
            mail.send(new ReplyNotice.Reply(post.askerEmail(), post.askerName(), post.body(),
                    publicUrl + "/cong-khai/hoi-dap"));
        } catch (RuntimeException failed) {
            log.warn("The reply notice of question {} was not sent: {}", post.id(), failed.toString());
            return;
        }
        try {
            separately.executeWithoutResult(status ->
                    db.sql("update citizen_post set asker_email = null where id = ?").param(post.id()).update());
        } catch (RuntimeException failed) {
            log.error("The reply notice of question {} was sent but its address not erased", post.id(), failed);
        }
    }

    /** Keeps the post off the public site for good, with the reason the moderator gives. */
    @Transactional
    public void reject(String id, String reason, Actor actor) {
        PostAccess.requireModerates(actor);
        CitizenPost post = get(id);
        String why = bounded(reason, REASON_MAX, "questions.reasonRequired", "questions.reasonTooLong");
        post.state().requireMove(post.kind(), PostState.REJECTED);
        // A rejected post tells nobody anything: its address, kept for the reply notice only, goes now.
        int moved = db.sql("update citizen_post set state = 'REJECTED', asker_email = null where id = ? and state = ?")
                .params(id, post.state().name()).update();
        if (moved == 0) {
            throw new Rejected("questions.changed");
        }
        change(id, post.state(), PostState.REJECTED, actor.username(), actor.displayName(), why);
    }

    /** A post's history, oldest first: for the staff who may see the post. */
    @Transactional(readOnly = true)
    public List<PostChange> history(String id, Actor actor) {
        CitizenPost post = get(id);
        if (!actor.has(vn.thuocdo.identity.Role.CITIZEN_MODERATOR)) {
            PostAccess.requireAnswers(actor, post.unitId());
        }
        return db.sql("select * from citizen_post_change where post_id = ? order by at, id").param(id)
                .query((rs, row) -> new PostChange(rs.getTimestamp("at").toInstant(),
                        rs.getString("from_state") == null ? null : PostState.valueOf(rs.getString("from_state")),
                        PostState.valueOf(rs.getString("to_state")), rs.getString("actor"), rs.getString("actor_name"),
                        rs.getString("reason")))
                .list();
    }

    /** One page of the published posts of a kind, newest first: all the public site ever reads. */
    @Transactional(readOnly = true)
    public List<PublishedPost> published(PostKind kind, int offset, int limit) {
        return db.sql(SELECT + " where p.kind = ? and p.state = 'PUBLISHED' order by p.published_at desc, p.id limit ? offset ?")
                .params(kind.name(), limit, offset)
                .query((rs, row) -> new PublishedPost(rs.getString("id"), kind, rs.getString("asker_name"),
                        rs.getString("unit_name"), rs.getString("body"), rs.getString("answer"),
                        rs.getTimestamp("submitted_at").toInstant(), rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    @Transactional(readOnly = true)
    public int publishedCount(PostKind kind) {
        return db.sql("select count(*) from citizen_post where kind = ? and state = 'PUBLISHED'").param(kind.name())
                .query(Integer.class).single();
    }

    /** The units a post may be about, as the form offers them: today's provinces, then the ministries. */
    public List<Unit> subjects() {
        java.time.LocalDate today = vn.thuocdo.shared.TimeZones.today(clock);
        List<Unit> all = new java.util.ArrayList<>(units.evaluatedOn(UnitKind.PROVINCE, today));
        all.addAll(units.evaluatedOn(UnitKind.MINISTRY, today));
        return all;
    }

    private CitizenPost get(String id) {
        if (id == null || id.length() > 36) {
            throw new Rejected("questions.unknown");
        }
        return db.sql(SELECT + " where p.id = ?").param(id).query(CitizenPosts::map).optional()
                .orElseThrow(() -> new Rejected("questions.unknown"));
    }

    /**
     * Lengths first, then what the text holds, then the register: a long field is refused unread. Every field is
     * checked, each on its own, and all refusals go back together.
     */
    private Checked check(NewPost post) {
        if (post.kind() == null) {
            throw new Rejected("questions.unknown");
        }
        Map<PostRefused.Field, Rejected> refused = new EnumMap<>(PostRefused.Field.class);
        String name = field(refused, PostRefused.Field.NAME, () -> {
            String value = optional(post.askerName(), NAME_MAX, "questions.nameTooLong");
            if (value != null && hasControl(value, false)) {
                throw new Rejected("questions.nameInvalid");
            }
            return value;
        });
        String email = field(refused, PostRefused.Field.EMAIL, () -> {
            String value = optional(post.askerEmail(), EMAIL_MAX, "questions.emailTooLong");
            if (value != null && !value.matches("[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+")) {
                throw new Rejected("questions.emailInvalid");
            }
            return value;
        });
        String unitId = field(refused, PostRefused.Field.UNIT, () -> {
            String value = optional(post.unitId(), UNIT_MAX, "questions.unitUnknown");
            if (value != null && units.find(value)
                    .filter(u -> u.kind() == UnitKind.PROVINCE || u.kind() == UnitKind.MINISTRY).isEmpty()) {
                throw new Rejected("questions.unitUnknown");
            }
            return value;
        });
        String body = field(refused, PostRefused.Field.BODY,
                () -> bounded(post.body(), BODY_MAX, "questions.bodyRequired", "questions.bodyTooLong"));
        if (!refused.isEmpty()) {
            throw new PostRefused(refused);
        }
        return new Checked(name, email, unitId, body);
    }

    /** One field's checked value, or null with its refusal noted. */
    private static String field(Map<PostRefused.Field, Rejected> refused, PostRefused.Field field,
                                Supplier<String> check) {
        try {
            return check.get();
        } catch (Rejected reason) {
            refused.put(field, reason);
            return null;
        }
    }

    private static String optional(String value, int max, String tooLong) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max * 2 || value.strip().length() > max) {
            throw new Rejected(tooLong, max);
        }
        return value.strip();
    }

    /** Required text, bounded by its length first; line breaks and tabs are kept, other control characters refused. */
    static String bounded(String value, int max, String required, String tooLong) {
        if (value != null && value.length() > max * 2) {
            throw new Rejected(tooLong, max);
        }
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new Rejected(required);
        }
        if (text.length() > max) {
            throw new Rejected(tooLong, max);
        }
        if (hasControl(text, true)) {
            throw new Rejected("questions.textInvalid");
        }
        return text;
    }

    private static boolean hasControl(String text, boolean linesAllowed) {
        return text.chars().anyMatch(c -> Character.isISOControl(c)
                && !(linesAllowed && (c == '\n' || c == '\r' || c == '\t')));
    }

    private void change(String id, PostState from, PostState to, String actor, String actorName, String reason) {
        db.sql("""
                        insert into citizen_post_change (post_id, at, from_state, to_state, actor, actor_name, reason)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, Timestamp.from(clock.instant()), from == null ? null : from.name(), to.name(), actor,
                        actorName, reason)
                .update();
    }

    private static CitizenPost map(ResultSet rs, int row) throws SQLException {
        return new CitizenPost(rs.getString("id"), PostKind.valueOf(rs.getString("kind")),
                PostState.valueOf(rs.getString("state")), rs.getString("asker_name"), rs.getString("asker_email"),
                rs.getString("unit_id"), rs.getString("unit_name"), rs.getString("body"), rs.getString("answer"),
                rs.getString("answered_by_name"), instant(rs, "answered_at"), instant(rs, "submitted_at"),
                instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private record Checked(String name, String email, String unitId, String body) {
    }
}
