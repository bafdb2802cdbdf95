package vn.thuocdo.publication;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishing a round's results (công bố kết quả): the newest council-approved version frozen as a numbered
 * publication with its files and manifest, or a correction (đính chính) that supersedes the current one with its
 * reason. Only the round organiser's ministry coordinator acts; refusals are {@link Rejected} with
 * {@code publication.*} keys and change nothing. Everything of one publication is one transaction.
 */
@Service
public class Publications {

    /** Longest reason of a correction, the column's size. */
    public static final int MAX_REASON = 2_000;
    /** The publication task's form and the publication screen's route. */
    public static final String PUBLISH_FORM = "publication/publish";

    private final PublicationStore store;
    private final PublicationIssue issue;
    private final Rounds rounds;
    private final Tasks tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcClient db;
    private final Clock clock;

    Publications(PublicationStore store, PublicationIssue issue, Rounds rounds, Tasks tasks, AuditLog audit,
                 ApplicationEventPublisher events, JdbcClient db, Clock clock) {
        this.store = store;
        this.issue = issue;
        this.rounds = rounds;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.db = db;
        this.clock = clock;
    }

    /**
     * Publishes the round's newest approved version: refused when none is approved or the round already has a
     * current publication (a correction is {@link #correct}). Completes the round's "Công bố kết quả" task if it waits.
     */
    @Transactional
    public Publication publish(String roundId, Actor actor) {
        Round round = organised(roundId, actor);
        store.nextNumber(roundId);
        store.current(roundId).ifPresent(p -> {
            throw new Rejected("publication.alreadyPublished", p.code());
        });
        Publication published = issue(round, null, null, actor);
        tasks.openInRound(roundId).stream().filter(t -> PUBLISH_FORM.equals(t.formKey())).map(WorkItem::taskId)
                .forEach(task -> tasks.complete(task, java.util.Map.of()));
        return published;
    }

    /**
     * A correction: a new publication of the newest approved version (a recompute the council approved since, or the
     * same one re-issued) that supersedes the current one, whose files stay downloadable. The reason is required.
     */
    @Transactional
    public Publication correct(String roundId, String reason, Actor actor) {
        Round round = organised(roundId, actor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Rejected("publication.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new Rejected("publication.reasonTooLong", MAX_REASON, why.length());
        }
        store.nextNumber(roundId);
        Publication current = store.current(roundId).orElseThrow(() -> new Rejected("publication.notPublished"));
        return issue(round, current, why, actor);
    }

    private Publication issue(Round round, Publication current, String reason, Actor actor) {
        String version = approvedVersion(round.id()).orElseThrow(() -> new Rejected("publication.notApproved"));
        Instant now = clock.instant();
        Publication published = issue.issue(round, version, current, reason, actor, now);
        if (current != null && !store.supersede(current.id(), published.id(), now)) {
            // Someone else's correction came first (the round's lock makes this a bug, not a race): undo.
            throw new IllegalStateException("Publication " + current.code() + " was no longer current");
        }
        audit.remember(actor);
        audit.record(actor.username(), actor.unitId(), current == null ? "publication.publish" : "publication.correct",
                published.code(), current == null ? round.name() : "supersedes " + current.code() + ": " + reason);
        events.publishEvent(new Published(round.id(), published.id(), published.code(), published.year(),
                current == null ? null : current.id()));
        return published;
    }

    /** The id of the round's newest council-approved result version. */
    private Optional<String> approvedVersion(String roundId) {
        return db.sql("select id from index_result_version where round_id = ? and state = 'APPROVED'"
                + " order by version_no desc limit 1").param(roundId).query(String.class).optional();
    }

    /** The rounds the coordinator publishes: those their unit organises, newest year first. */
    @Transactional(readOnly = true)
    public List<Round> rounds(Actor actor) {
        requireCoordinator(actor);
        return rounds.visibleTo(actor).stream().filter(r -> r.organiserUnitId().equals(actor.unitId()))
                .filter(r -> r.state() != RoundState.CANCELLED)
                .sorted(java.util.Comparator.comparingInt(Round::year).reversed()).toList();
    }

    /** What the screen shows of a round: its approved version, what would be published, its publications. */
    @Transactional(readOnly = true)
    public PublicationOverview overview(String roundId, Actor actor) {
        Round round = organised(roundId, actor);
        Optional<ApprovedVersion> approved = approvedVersion(roundId).map(id -> db.sql(
                        "select v.id, v.version_no, v.computed_at,"
                                + " (select count(distinct unit_id) from index_result r where r.version_id = v.id"
                                + " and r.unit_id <> 'national'),"
                                + " (select count(*) from index_result r where r.version_id = v.id)"
                                + " from index_result_version v where v.id = ?").param(id)
                .query((rs, n) -> new ApprovedVersion(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant(),
                        rs.getInt(4), rs.getInt(5))).single());
        return new PublicationOverview(round, approved.orElse(null), store.ofRound(roundId));
    }

    /** A publication's files, for the organiser's coordinator. */
    @Transactional(readOnly = true)
    public List<PublishedFile> files(String publicationId, Actor actor) {
        Publication p = store.find(publicationId).orElseThrow(() -> new Rejected("publication.notFound"));
        organised(p.roundId(), actor);
        return store.files(publicationId);
    }

    /** Whether the round has a current publication (the round's workflow skips the task then). */
    @Transactional(readOnly = true)
    public boolean published(String roundId) {
        return store.current(roundId).isPresent();
    }

    private Round organised(String roundId, Actor actor) {
        requireCoordinator(actor);
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        return round;
    }

    private static void requireCoordinator(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.key());
        }
    }
}
