package vn.thuocdo.compilation;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.council.CouncilApproved;
import vn.thuocdo.forms.Text;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.workflow.Tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The compiled results of a round, for people and for the process: each computation is a new version with who,
 * when and why; the coordinator reviews, asks for a recompute with a reason, and hands a version to the council,
 * whose approving session marks it approved. Refusals are {@link Rejected} with {@code compilation.*} keys.
 */
@Service
public class Compilations {

    /** Longest reason for a recompute, the column's size. */
    public static final int MAX_REASON = 2_000;
    /** The review task's form and the review screen's route. */
    public static final String REVIEW_FORM = "compilation/review";
    /** Who computes when the stage starts. */
    static final String SYSTEM = "system";

    private final CompilationStore store;
    private final IndexComputation computation;
    private final CompilationWorkflow workflow;
    private final Rounds rounds;
    private final AuditLog audit;
    private final Clock clock;
    private final Tasks tasks;

    Compilations(CompilationStore store, IndexComputation computation, CompilationWorkflow workflow, Rounds rounds,
                 AuditLog audit, Clock clock, Tasks tasks) {
        this.tasks = tasks;
        this.store = store;
        this.computation = computation;
        this.workflow = workflow;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Computes a new version (called by the process's service task, and after the hand-over by a recompute):
     * DRAFT while the coordinator reviews, else READY; the earlier draft or ready versions are superseded.
     */
    @Transactional
    public ResultVersion compute(String roundId, String reason, String username, String displayName,
                                 VersionState state) {
        int number = store.nextNumber(roundId);
        IndexComputation.Computed computed = computation.compute(roundId);
        ResultVersion version = new ResultVersion(UUID.randomUUID().toString(), roundId, number, reason,
                username == null ? SYSTEM : username, displayName == null ? "Thước Đo" : displayName,
                clock.instant(), state, computed.indexDefinition(), computed.scorecards(), computed.responses(),
                computed.unweighted());
        store.insert(version, computed.rows());
        store.supersede(roundId, version.id());
        return version;
    }

    /**
     * Asks for a new version with a reason. While the review waits, the process computes it and the review goes on;
     * once handed to the council, the new version is at once the council's (the council screen says so).
     */
    @Transactional
    public void recompute(String roundId, String reason, Actor actor) {
        organised(roundId, actor);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Rejected("compilation.reasonRequired");
        }
        if (why.length() > MAX_REASON) {
            throw new Rejected("compilation.reasonTooLong", MAX_REASON, why.length());
        }
        Optional<String> task = workflow.reviewTask(roundId);
        if (task.isPresent()) {
            workflow.recompute(task.get(), why, actor.username(), actor.displayName());
        } else if (store.latestForCouncil(roundId).isPresent()) {
            compute(roundId, why, actor.username(), actor.displayName(), VersionState.READY);
        } else {
            throw new Rejected("compilation.notCompiled");
        }
        audit.record(actor.username(), actor.unitId(), "compilation.recompute", roundId, why);
    }

    /** The reviewed draft goes to the council: READY, and the compilation stage ends. */
    @Transactional
    public ResultVersion handToCouncil(String roundId, Actor actor) {
        organised(roundId, actor);
        String task = workflow.reviewTask(roundId).orElseThrow(() -> new Rejected("compilation.notReviewing"));
        ResultVersion draft = store.versions(roundId).stream().filter(v -> v.state() == VersionState.DRAFT)
                .findFirst().orElseThrow(() -> new Rejected("compilation.notCompiled"));
        store.changeState(draft.id(), VersionState.DRAFT, VersionState.READY);
        workflow.handedToCouncil(task);
        audit.record(actor.username(), actor.unitId(), "compilation.ready", roundId, "version " + draft.number());
        return store.version(draft.id()).orElseThrow();
    }

    /** The round of a review task the person may open (refused otherwise, as every task). */
    @Transactional(readOnly = true)
    public String roundOfTask(String taskId, Actor actor) {
        return tasks.open(taskId, actor, REVIEW_FORM).roundId();
    }

    /** The rounds whose results the person may see: the coordinator's own rounds, a council member's. */
    @Transactional(readOnly = true)
    public List<Round> rounds(Actor actor) {
        if (actor.has(Role.MINISTRY_COORDINATOR)) {
            return rounds.visibleTo(actor).stream().filter(r -> r.organiserUnitId().equals(actor.unitId())).toList();
        }
        return rounds.reviewedBy(actor);
    }

    /** Whether the coordinator's review waits (the buttons of the review screen). */
    @Transactional(readOnly = true)
    public boolean reviewing(String roundId, Actor actor) {
        readable(roundId, actor);
        return workflow.reviewTask(roundId).isPresent();
    }

    /** The round's versions, newest first. */
    @Transactional(readOnly = true)
    public List<ResultVersion> versions(String roundId, Actor actor) {
        readable(roundId, actor);
        return store.versions(roundId);
    }

    /** The rows of a version whose measure starts with the prefix ({@code par:total}, {@code sipas:overall}). */
    @Transactional(readOnly = true)
    public List<IndexResult> results(String roundId, String versionId, String measurePrefix, Actor actor) {
        readable(roundId, actor);
        requireOfRound(roundId, versionId);
        return store.rows(versionId, measurePrefix);
    }

    /** A unit's rows in a version: its areas and SIPAS elements, parts and overall (aggregates only). */
    @Transactional(readOnly = true)
    public List<IndexResult> unit(String roundId, String versionId, String unitId, Actor actor) {
        readable(roundId, actor);
        requireOfRound(roundId, versionId);
        return store.unitRows(versionId, unitId);
    }

    /** The names of the SIPAS measures ({@code sipas:element:access}) in the definition's words. */
    public Map<String, Text> measureLabels() {
        return computation.measureLabels();
    }

    /** The council approved: the version its session reviewed is approved. */
    @EventListener
    void councilApproved(CouncilApproved approved) {
        store.approvedBySession(approved.sessionId());
    }

    private void requireOfRound(String roundId, String versionId) {
        store.version(versionId).filter(v -> v.roundId().equals(roundId))
                .orElseThrow(() -> new Rejected("compilation.noVersion"));
    }

    private Round organised(String roundId, Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.key());
        }
        Round round = rounds.find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        actor.require(Role.MINISTRY_COORDINATOR, round.organiserUnitId());
        return round;
    }

    private Round readable(String roundId, Actor actor) {
        if (actor.has(Role.MINISTRY_COORDINATOR)) {
            return organised(roundId, actor);
        }
        return rounds.reviewedBy(actor).stream().filter(r -> r.id().equals(roundId)).findFirst()
                .orElseThrow(() -> new AccessDenied(actor.username(), Role.COUNCIL_MEMBER.key()));
    }
}
