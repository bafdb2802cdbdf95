package vn.thuocdo.survey;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The coordinator's commands on a round's sample: choose and draw, redraw, approve, change the design, and redraw
 * an approved sample with a reason. Every version is kept; approval freezes one; every change is audited.
 */
@Service
public class Samples {

    /** A reason for redrawing an approved sample must say something: at least this many characters. */
    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 2000;
    /** Seeds offered are below this, so a person can read one out and type it again. */
    static final long OFFERED_SEED_BOUND = 1_000_000_000_000L;

    private final SampleStore store;
    private final SampleDrawing drawing;
    private final SurveyChoices choices;
    private final SurveyWorkflow workflow;
    private final Tasks tasks;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Samples(SampleStore store, SampleDrawing drawing, SurveyChoices choices, SurveyWorkflow workflow, Tasks tasks,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.drawing = drawing;
        this.choices = choices;
        this.workflow = workflow;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** A fresh random seed to offer; the coordinator may keep it or type another. */
    public long offeredSeed() {
        return 1 + (random.nextLong() & Long.MAX_VALUE) % (OFFERED_SEED_BOUND - 1);
    }

    /**
     * Pins the questionnaires and the design for the round, draws the sample with the seed and sends it to review.
     * Refused with nothing saved when a choice is unknown or the draw is refused.
     */
    @Transactional
    public SampleVersion choose(String taskId, SurveyChoice choice, long seed, Actor actor) {
        WorkItem task = tasks.open(taskId, actor, SurveyForms.DESIGN);
        choices.check(choice);
        store.lock(task.roundId());
        store.savePlan(new SurveyPlan(task.roundId(), choice, actor.username(), clock.instant()));
        supersedeDraft(task.roundId());
        SampleVersion drawn = draw(task.roundId(), choice.design(), seed, null, actor);
        audit.record(actor.username(), actor.unitId(), "survey.plan", task.roundId(), choice.citizenQuestionnaire()
                + ", " + choice.officialsQuestionnaire() + ", " + choice.design());
        workflow.drawn(taskId);
        return drawn;
    }

    /** Before approval: a new draw with another seed; the version under review is kept as superseded. */
    @Transactional
    public SampleVersion redraw(String taskId, long seed, Actor actor) {
        WorkItem task = tasks.open(taskId, actor, SurveyForms.REVIEW);
        store.lock(task.roundId());
        SurveyPlan plan = store.plan(task.roundId()).orElseThrow(() -> new Rejected("survey.noPlan"));
        supersedeDraft(task.roundId());
        SampleVersion drawn = draw(task.roundId(), plan.choice().design(), seed, null, actor);
        workflow.reviewed(taskId, ReviewDecision.REDRAW);
        return drawn;
    }

    /** Approves the version under review: frozen from now on; an earlier approved version is superseded. */
    @Transactional
    public SampleVersion approve(String taskId, Actor actor) {
        WorkItem task = tasks.open(taskId, actor, SurveyForms.REVIEW);
        store.lock(task.roundId());
        SampleVersion draft = store.inState(task.roundId(), SampleState.DRAFT)
                .orElseThrow(() -> new Rejected("survey.nothingToApprove"));
        store.inState(task.roundId(), SampleState.APPROVED)
                .ifPresent(old -> store.changeState(old.id(), SampleState.APPROVED, SampleState.SUPERSEDED));
        if (!store.approve(draft.id(), actor.username(), clock.instant())) {
            throw new Rejected("survey.nothingToApprove");
        }
        audit.record(actor.username(), actor.unitId(), "survey.approve", task.roundId() + "/v" + draft.version(),
                draft.sampleFingerprint());
        workflow.reviewed(taskId, ReviewDecision.APPROVE);
        return store.find(draft.id()).orElseThrow();
    }

    /** Back to choosing the questionnaires and the design; the version under review is superseded. */
    @Transactional
    public void changeDesign(String taskId, Actor actor) {
        WorkItem task = tasks.open(taskId, actor, SurveyForms.REVIEW);
        store.lock(task.roundId());
        supersedeDraft(task.roundId());
        audit.record(actor.username(), actor.unitId(), "survey.changeDesign", task.roundId(), null);
        workflow.reviewed(taskId, ReviewDecision.CHANGE_DESIGN);
    }

    /**
     * During fieldwork: draws a new version of an approved sample, for a reason of at least {@link #MIN_REASON}
     * characters; the approved version stays approved (and in use) until the new one is approved in review.
     */
    @Transactional
    public SampleVersion redrawApproved(String roundId, long seed, String reason, Actor actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < MIN_REASON) {
            throw new Rejected("survey.reasonRequired", MIN_REASON);
        }
        if (why.length() > MAX_REASON) {
            throw new Rejected("survey.reasonTooLong", MAX_REASON, why.length());
        }
        String fieldwork = workflow.waitingTask(roundId, SurveyForms.FIELDWORK)
                .orElseThrow(() -> new Rejected("survey.notInFieldwork"));
        tasks.open(fieldwork, actor, SurveyForms.FIELDWORK);
        store.lock(roundId);
        SampleVersion approved = store.inState(roundId, SampleState.APPROVED)
                .orElseThrow(() -> new Rejected("survey.notInFieldwork"));
        SampleVersion drawn = draw(roundId, approved.design(), seed, why, actor);
        workflow.redrawnAfterApproval(roundId);
        return drawn;
    }

    /** The round's approved sample, the one the online survey invites from; empty before approval. */
    public Optional<String> approvedSampleId(String roundId) {
        return store.inState(roundId, SampleState.APPROVED).map(SampleVersion::id);
    }

    /** The round's approved sample (its design, seed and fingerprints: what a replication package names). */
    public Optional<SampleVersion> approved(String roundId) {
        return store.inState(roundId, SampleState.APPROVED);
    }

    /** The round's open task of a kind, for a screen that follows the workflow after a decision. */
    public Optional<String> openTask(String roundId, String formKey) {
        return workflow.waitingTask(roundId, formKey);
    }

    private void supersedeDraft(String roundId) {
        store.inState(roundId, SampleState.DRAFT)
                .ifPresent(v -> store.changeState(v.id(), SampleState.DRAFT, SampleState.SUPERSEDED));
    }

    private SampleVersion draw(String roundId, String design, long seed, String reason, Actor actor) {
        if (seed < 0) {
            throw new Rejected("survey.seedInvalid");
        }
        SampleDrawing.Drawn drawn = drawing.draw(roundId, design, seed);
        SampleVersion version = new SampleVersion(UUID.randomUUID().toString(), roundId, store.nextVersion(roundId),
                seed, design, drawn.framesFingerprint(), drawn.sampleFingerprint(), SampleState.DRAFT,
                actor.username(), clock.instant(), null, null, reason);
        store.insert(version, drawn.units());
        audit.record(actor.username(), actor.unitId(), "survey.draw", roundId + "/v" + version.version(),
                "seed " + seed + ", " + design + ", " + version.sampleFingerprint()
                        + (reason == null ? "" : ": " + reason));
        return version;
    }
}
