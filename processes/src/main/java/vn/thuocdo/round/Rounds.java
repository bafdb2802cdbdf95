package vn.thuocdo.round;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.FormCatalogue;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Preparing, launching and following evaluation rounds. */
@Service
public class Rounds {

    private final RoundStore store;
    private final Units units;
    private final FormCatalogue forms;
    private final List<StageProgress> stages;
    private final RoundStages later;
    private final RoundWorkflow workflow;
    private final vn.thuocdo.workflow.Tasks tasks;
    private final AuditLog audit;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;

    Rounds(RoundStore store, Units units, FormCatalogue forms, List<StageProgress> stages, RoundStages later,
           RoundWorkflow workflow, vn.thuocdo.workflow.Tasks tasks, AuditLog audit, Clock clock,
           org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.units = units;
        this.forms = forms;
        this.later = later;
        // A stage's column takes the stage's place in the year when it is one of the later stages, so the matrix
        // and the schedule list the stages in one order whatever number each progress bean chose.
        this.stages = stages.stream().sorted(Comparator.comparingInt(
                (StageProgress p) -> later.find(p.stage()).map(RoundStage::order).orElse(p.order()))).toList();
        this.workflow = workflow;
        this.tasks = tasks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Prepares a round as a draft: checked, saved, nobody asked anything yet. */
    @Transactional
    public Round prepare(NewRound draft, Actor actor) {
        requireCoordinator(actor);
        String name = draft.name() == null ? "" : draft.name().strip();
        if (draft.year() < 2020 || draft.year() > 2100) {
            throw new Rejected("round.yearOutOfRange", draft.year());
        }
        if (name.length() > NewRound.MAX_NAME) {
            throw new Rejected("round.nameTooLong", NewRound.MAX_NAME, name.length());
        }
        if (name.isEmpty()) {
            throw new Rejected("round.nameRequired");
        }
        Unit organiser = units.get(actor.unitId());
        // The ministry runs national rounds over provinces and ministries; a province runs its own over the
        // departments and communes it registered.
        if (draft.level() == RoundLevel.NATIONAL && organiser.kind() != vn.thuocdo.units.UnitKind.MINISTRY) {
            throw new Rejected("round.nationalOnlyForMinistry");
        }
        if (draft.level() == RoundLevel.PROVINCIAL && organiser.kind() != vn.thuocdo.units.UnitKind.PROVINCE) {
            throw new Rejected("round.provincialOnlyForProvince");
        }
        if (draft.samplingForm() == null || forms.find(draft.samplingForm()).isEmpty()) {
            throw new Rejected("round.unknownForm", String.valueOf(draft.samplingForm()));
        }
        if (draft.samplingDue() == null || draft.samplingDue().isBefore(TimeZones.today(clock))) {
            throw new Rejected("round.dueInPast");
        }
        if (draft.reminderDaysBefore() < 0 || draft.reminderDaysBefore() > NewRound.MAX_REMINDER_DAYS) {
            throw new Rejected("round.reminderOutOfRange", NewRound.MAX_REMINDER_DAYS);
        }
        later.requireInOrder(draft.samplingDue(), draft.schedule());
        if (draft.unitIds() == null || draft.unitIds().isEmpty()) {
            throw new Rejected("round.noUnits");
        }
        List<String> participants = List.copyOf(new LinkedHashSet<>(draft.unitIds()));
        // A round evaluates the units that exist at the end of its year: 34 provinces from 2025, 63 before.
        LocalDate reference = LocalDate.of(draft.year(), 12, 31);
        Map<String, Unit> known = units.byId(participants);
        for (String id : participants) {
            Unit unit = known.get(id);
            if (unit == null || !unit.validOn(reference) || !unit.parEvaluated()) {
                throw new Rejected("round.unitNotValidInYear", id, draft.year());
            }
            // National rounds take provinces and ministries; a provincial round only the province's own units.
            boolean fits = draft.level() == RoundLevel.PROVINCIAL ? actor.unitId().equals(unit.parentId())
                    : unit.parentId() == null;
            if (!fits) {
                throw new Rejected("round.unitNotInLevel", id);
            }
        }
        if (store.exists(draft.year(), draft.level(), actor.unitId())) {
            throw new Rejected("round.alreadyExists", draft.year());
        }
        Instant now = clock.instant();
        Round round = new Round(UUID.randomUUID().toString(), draft.year(), name, draft.level(), actor.unitId(),
                draft.samplingForm(), draft.samplingDue(), RoundState.DRAFT, null, actor.username(), now, null,
                null, participants);
        store.insert(round, draft.reminderDaysBefore());
        store.insertSchedule(round.id(), draft.schedule());
        store.event(round.id(), now, actor.username(), "PREPARED", String.valueOf(participants.size()));
        audit.record(actor.username(), actor.unitId(), "round.prepare", round.id(), name);
        return round;
    }

    /**
     * Starts a prepared round: every participant is asked for its sampling information at once. A second launch
     * (a second click, another coordinator) is refused and changes nothing.
     */
    @Transactional
    public Round launch(String roundId, Actor actor) {
        Round round = organisedRound(roundId, actor);
        if (round.state() != RoundState.DRAFT) {
            throw new Rejected("round.notDraft");
        }
        if (round.samplingDue().isBefore(TimeZones.today(clock))) {
            throw new Rejected("round.dueInPast");
        }
        Instant now = clock.instant();
        String instance = workflow.start(round, store.reminderDaysBefore(roundId), later.all(), store.schedule(roundId));
        if (!store.markLaunched(roundId, instance, actor.username(), now)) {
            throw new Rejected("round.notDraft");
        }
        store.event(roundId, now, actor.username(), "LAUNCHED", String.valueOf(round.participants().size()));
        audit.record(actor.username(), actor.unitId(), "round.launch", roundId, round.name());
        return store.find(roundId).orElseThrow();
    }

    /** Prepares and launches in one step, as the launch screen does. */
    @Transactional
    public Round launchNew(NewRound draft, Actor actor) {
        return launch(prepare(draft, actor).id(), actor);
    }

    /** Rounds a person may see: those their unit organises, or takes part in. */
    @Transactional(readOnly = true)
    public List<Round> visibleTo(Actor actor) {
        return actor.has(Role.MINISTRY_COORDINATOR) ? store.organisedBy(actor.unitId()) : store.joinedBy(actor.unitId());
    }

    /**
     * Rounds the council members of a unit review: those their unit organises. Apart from {@link #visibleTo}, where a
     * council member's unit takes part in no round and so would see none.
     */
    @Transactional(readOnly = true)
    public List<Round> reviewedBy(Actor actor) {
        return actor.has(Role.COUNCIL_MEMBER) ? store.organisedBy(actor.unitId()) : List.of();
    }

    @Transactional(readOnly = true)
    public Optional<Round> find(String roundId, Actor actor) {
        return visibleTo(actor).stream().filter(r -> r.id().equals(roundId)).findFirst();
    }

    /** The dashboard of a round, for its organising coordinator. */
    @Transactional(readOnly = true)
    public RoundProgress progress(String roundId, Actor actor) {
        Round round = organisedRound(roundId, actor);
        LocalDate today = TimeZones.today(clock);
        Map<String, Map<String, StageStatus>> byStage = new java.util.LinkedHashMap<>();
        for (StageProgress stage : stages) {
            byStage.put(stage.stage(), stage.statusByUnit(roundId));
        }
        Map<String, Unit> names = units.byId(round.participants());
        List<UnitProgress> rows = round.participants().stream().map(id -> {
            Map<String, StageStatus> statuses = new java.util.LinkedHashMap<>();
            byStage.forEach((stage, status) -> {
                if (status.containsKey(id)) {
                    statuses.put(stage, status.get(id));
                }
            });
            boolean overdue = round.state() == RoundState.LAUNCHED && UnitProgress.anyOverdue(statuses, today);
            Unit unit = names.get(id);
            return new UnitProgress(id, unit.code(), unit.name(), java.util.Collections.unmodifiableMap(statuses), overdue);
        }).sorted(java.util.Comparator.comparing(UnitProgress::unitCode)).toList();
        return new RoundProgress(round, List.copyOf(byStage.keySet()), rows);
    }

    @Transactional(readOnly = true)
    public List<RoundEvent> history(String roundId, Actor actor) {
        organisedRound(roundId, actor);
        return store.events(roundId);
    }

    /**
     * Stops a round: its workflow and every unit's open task end, with the reason kept in the round's history.
     * Refused without a reason, or for a round already completed or cancelled.
     */
    @Transactional
    public Round cancel(String roundId, String reason, Actor actor) {
        Round round = organisedRound(roundId, actor);
        String why = requireReason(reason);
        if (round.state() != RoundState.DRAFT && round.state() != RoundState.LAUNCHED) {
            throw new Rejected("round.notCancellable");
        }
        if (!store.changeState(roundId, round.state(), RoundState.CANCELLED)) {
            throw new Rejected("round.notCancellable");
        }
        if (round.processInstanceId() != null) {
            workflow.cancel(round.processInstanceId(), why);
        }
        store.event(roundId, clock.instant(), actor.username(), "CANCELLED", why);
        audit.record(actor.username(), actor.unitId(), "round.cancel", roundId, why);
        return store.find(roundId).orElseThrow();
    }

    /**
     * Checks that the person may steer a unit of this running round (its organiser's coordinator) and records the
     * change in the round's history. Used by the stages for deadline extensions and withdrawals.
     */
    @Transactional
    public Round recordUnitChange(String roundId, String unitId, String action, String detail, Actor actor) {
        Round round = organisedRound(roundId, actor);
        if (round.state() != RoundState.LAUNCHED || !round.participants().contains(unitId)) {
            throw new Rejected("round.unitNotInRunningRound");
        }
        store.event(roundId, clock.instant(), actor.username(), action, unitId + ": " + detail);
        audit.record(actor.username(), actor.unitId(), "round." + action.toLowerCase(), roundId + "/" + unitId, detail);
        return round;
    }

    /** The key of the refusal of an extension that is not later than the unit's deadline; names the date field. */
    public static final String EXTENSION_NOT_LATER = "extension.notLater";

    /**
     * Gives a unit more time in one stage of the round. An extension gives more time or it is not one: a date on or
     * before the unit's current deadline is refused ({@link #EXTENSION_NOT_LATER}, with that deadline as dd/MM/yyyy)
     * and nothing changes; shortening a deadline would punish a unit that planned by the date it was given.
     */
    @Transactional
    public void extend(String roundId, String stage, String unitId, LocalDate newDue, String reason, Actor actor) {
        organisedRound(roundId, actor);
        StageProgress progress = stages.stream().filter(s -> s.stage().equals(stage)).findFirst()
                .orElseThrow(() -> new Rejected("round.notFound"));
        StageStatus current = progress.statusByUnit(roundId).get(unitId);
        requireLater(current == null ? null : current.due(), newDue);
        progress.extend(roundId, unitId, newDue, reason, actor);
    }

    /** Refuses a new deadline that is not later than the current one (when there is one to compare with). */
    public static void requireLater(LocalDate currentDue, LocalDate newDue) {
        if (currentDue != null && newDue != null && !newDue.isAfter(currentDue)) {
            throw new Rejected(EXTENSION_NOT_LATER, vn.thuocdo.shared.Formats.date(currentDue));
        }
    }

    /** Takes a unit out of the round: every stage it has reached stops asking it anything. */
    @Transactional
    public void withdraw(String roundId, String unitId, String reason, Actor actor) {
        for (StageProgress stage : stages) {
            if (stage.statusByUnit(roundId).containsKey(unitId)) {
                stage.withdraw(roundId, unitId, reason, actor);
            }
        }
    }

    /** How many days before a stage's due date the units that have not acted are reminded (round setting). */
    @Transactional(readOnly = true)
    public int reminderDaysBefore(String roundId) {
        return store.reminderDaysBefore(roundId);
    }

    /**
     * The longest reason for a change to a round: the history keeps it after the unit, the stage or the dates it is
     * about, all in 2,000 characters, so a 2,000-character reason failed in the database instead of being refused.
     */
    public static final int MAX_REASON = 1900;

    /** A reason people will read later: at least ten characters, and refused, never cut, past {@link #MAX_REASON}. */
    public static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw new Rejected("round.reasonTooLong", MAX_REASON, why.length());
        }
        if (why.length() < 10) {
            throw new Rejected("round.reasonRequired");
        }
        return why;
    }

    /** The later stages of the year, in order, for a screen that lists them. */
    public List<RoundStage> stages() {
        return later.all();
    }

    /**
     * The later stages with their deadlines and where each stands, read from each stage's own process: started
     * is current, ended is done. A round cancelled mid-way keeps the phases it had.
     */
    @Transactional(readOnly = true)
    public List<StageDue> schedule(String roundId, Actor actor) {
        Round round = find(roundId, actor).orElseThrow(() -> new Rejected("round.notFound"));
        Map<String, LocalDate> dues = store.schedule(roundId);
        Map<String, StagePhase> phases = workflow.phases(round.processInstanceId(), roundId, later.all());
        return later.all().stream().map(stage -> new StageDue(stage, dues.get(stage.key()),
                phases.getOrDefault(stage.key(), StagePhase.UPCOMING))).toList();
    }

    /**
     * Moves a later stage's deadline, with a reason kept in the round's history: the schedule, and in a running
     * round the stage's process and its waiting tasks (now or when it comes). A stage already done keeps its
     * history as it was.
     */
    @Transactional
    public void rescheduleStage(String roundId, String stageKey, LocalDate newDue, String reason, Actor actor) {
        Round round = organisedRound(roundId, actor);
        RoundStage stage = later.require(stageKey);
        String why = requireReason(reason);
        if (round.state() != RoundState.DRAFT && round.state() != RoundState.LAUNCHED) {
            throw new Rejected("round.notRunning");
        }
        if (newDue == null || newDue.isBefore(TimeZones.today(clock))) {
            throw new Rejected("round.dueInPast");
        }
        if (workflow.phases(round.processInstanceId(), roundId, later.all()).get(stage.key()) == StagePhase.DONE) {
            throw new Rejected("round.stageDone");
        }
        Map<String, LocalDate> dues = new HashMap<>(store.schedule(roundId));
        LocalDate old = dues.put(stage.key(), newDue);
        later.requireInOrder(round.samplingDue(), dues);
        store.reschedule(roundId, stage.key(), newDue);
        if (round.processInstanceId() != null) {
            workflow.reschedule(round.processInstanceId(), roundId, stage, newDue);
            events.publishEvent(new StageRescheduled(roundId, stage, newDue));
        }
        store.event(roundId, clock.instant(), actor.username(), "STAGE_RESCHEDULED", stage.key() + ": "
                + vn.thuocdo.shared.Formats.date(old) + " → " + vn.thuocdo.shared.Formats.date(newDue) + ": " + why);
        audit.record(actor.username(), actor.unitId(), "round.reschedule", roundId, stage.key() + " " + newDue);
    }

    /** A manual stage's note, with the stage's name, fits the history's 2,000 characters. */
    public static final int MAX_STAGE_NOTE = 1500;

    /** The route of the task that stands for a stage not yet built in Thước Đo. */
    public static final String MANUAL_STAGE = "round/manual-stage";

    /** A stage done outside Thước Đo: the coordinator says so (with an optional note) and the round moves on. */
    @Transactional
    public void completeManualStage(String taskId, String note, Actor actor) {
        vn.thuocdo.workflow.WorkItem item = tasks.open(taskId, actor, MANUAL_STAGE);
        organisedRound(item.roundId(), actor);
        String said = note == null ? "" : note.strip();
        // Refused, not cut: the coordinator would not know that the end of their note was lost.
        if (said.length() > MAX_STAGE_NOTE) {
            throw new Rejected("round.stageNoteTooLong", MAX_STAGE_NOTE, said.length());
        }
        String detail = item.name() + (said.isEmpty() ? "" : ": " + said);
        store.event(item.roundId(), clock.instant(), actor.username(), "STAGE_DONE", detail);
        audit.record(actor.username(), actor.unitId(), "round.stage", item.roundId(), item.name());
        tasks.complete(taskId, Map.of());
    }

    /** The task of a manual stage, for its view. */
    @Transactional(readOnly = true)
    public vn.thuocdo.workflow.WorkItem manualStage(String taskId, Actor actor) {
        vn.thuocdo.workflow.WorkItem item = tasks.open(taskId, actor, MANUAL_STAGE);
        organisedRound(item.roundId(), actor);
        return item;
    }

    /** Called by the workflow when the last stage is done. */
    @Transactional
    public void completed(String roundId) {
        if (store.changeState(roundId, RoundState.LAUNCHED, RoundState.COMPLETED)) {
            store.event(roundId, clock.instant(), "system", "COMPLETED", null);
        }
    }

    /** Called by the workflow when every participant's sampling information is approved. */
    @Transactional
    public void samplingCompleted(String roundId) {
        store.event(roundId, clock.instant(), "system", "SAMPLING_COMPLETED", null);
    }

    private Round organisedRound(String roundId, Actor actor) {
        requireCoordinator(actor);
        Round round = store.find(roundId).orElseThrow(() -> new Rejected("round.notFound"));
        if (!round.organiserUnitId().equals(actor.unitId())) {
            throw new vn.thuocdo.identity.AccessDenied(actor.username(), "round:" + roundId);
        }
        return round;
    }

    private void requireCoordinator(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            throw new vn.thuocdo.identity.AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.key());
        }
    }
}
