package vn.thuocdo.sampling;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.Answers;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.FormCatalogue;
import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.notification.Notifications;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What units and coordinators do with sampling requests. Each action checks the task, the person and the state,
 * saves, records history and completes the workflow task in one transaction: either all of it happens or none.
 */
@Service
public class SamplingRequests {

    /** Workflow variable the review task sets: true to approve, false to return. */
    public static final String APPROVED = "approved";
    static final int MIN_REASON_LENGTH = 10;
    /** The reason column's size: a longer reason is refused with a message, never cut (nor failed in the database). */
    public static final int MAX_REASON_LENGTH = 2000;
    /** Where a notice sends an officer: the task itself needs its id, the inbox lists it. */
    static final String INBOX = "inbox";

    private final SamplingRequestStore store;
    private final SamplingFrameStore frames;
    private final Tasks tasks;
    private final FormCatalogue forms;
    private final AuditLog audit;
    private final Clock clock;
    private final Notifications notifications;
    private final vn.thuocdo.round.Rounds rounds;
    private final SamplingWorkflow workflow;
    private final vn.thuocdo.units.Units units;

    SamplingRequests(SamplingRequestStore store, SamplingFrameStore frames, Tasks tasks, FormCatalogue forms,
                     AuditLog audit, Clock clock, Notifications notifications,
                     @org.springframework.context.annotation.Lazy vn.thuocdo.round.Rounds rounds,
                     @org.springframework.context.annotation.Lazy SamplingWorkflow workflow,
                     vn.thuocdo.units.Units units) {
        this.units = units;
        this.rounds = rounds;
        this.workflow = workflow;
        this.store = store;
        this.frames = frames;
        this.tasks = tasks;
        this.forms = forms;
        this.audit = audit;
        this.clock = clock;
        this.notifications = notifications;
    }

    /** Asks a unit for its sampling information; called by the workflow, safe to call twice. */
    @Transactional
    public void open(String roundId, String unitId, String form, LocalDate due) {
        forms.get(form);
        store.openIfAbsent(roundId, unitId, form, due);
    }

    /**
     * The unit's submit task was created: the first time, its officers are told, with a link that opens the task
     * (a returned task is announced by the return itself). Called by the workflow.
     */
    @Transactional
    public void announceSubmitTask(String roundId, String unitId, String taskId) {
        store.find(roundId, unitId).filter(r -> r.state() == SamplingState.REQUESTED).ifPresent(request ->
                notifications.notifyAfterCommit(unitId, Role.PROVINCIAL_OFFICER, SamplingForms.SUBMIT + "/" + taskId,
                        "notice.sampling.requested", vn.thuocdo.shared.Formats.date(request.due())));
    }

    /**
     * A submission waits for review: the organiser's coordinators are told, with a link that opens the review
     * task, and mailed by a job of its own (a failing mail becomes an incident). Called by the workflow.
     */
    @Transactional
    public void announceReviewTask(String roundId, String unitId, String organiserUnitId, String taskId) {
        notifications.notifyByJob(organiserUnitId, Role.MINISTRY_COORDINATOR, SamplingForms.REVIEW + "/" + taskId,
                "notice.sampling.submitted", units.get(unitId).name());
    }

    /** The unit's open submit task, for a notice that asks it to act; the inbox when there is none (in review). */
    private String submitTaskLink(String roundId, String unitId) {
        return workflow.waitingTask(roundId, unitId, SamplingForms.SUBMIT)
                .map(id -> SamplingForms.SUBMIT + "/" + id).orElse(INBOX);
    }

    /** The read-only page of a unit's request in a round, for a notice about it. */
    static String requestLink(String roundId, String unitId) {
        return "sampling/request?round=" + roundId + "&unit=" + unitId;
    }

    /** The unit's submit task, for an officer of that unit. */
    @Transactional(readOnly = true)
    public SamplingTask submitTask(String taskId, Actor actor) {
        return task(taskId, actor, SamplingForms.SUBMIT);
    }

    /** The coordinator's review task. */
    @Transactional(readOnly = true)
    public SamplingTask reviewTask(String taskId, Actor actor) {
        return task(taskId, actor, SamplingForms.REVIEW);
    }

    private SamplingTask task(String taskId, Actor actor, String formKey) {
        WorkItem item = tasks.open(taskId, actor, formKey);
        SamplingRequest request = store.find(item.roundId(), item.unitId())
                .orElseThrow(() -> new IllegalStateException("Task " + taskId + " has no sampling request"));
        return new SamplingTask(item, request, forms.get(request.form()));
    }

    /** Submits the unit's answers from its task. Refuses invalid answers with every field's reason, saving nothing. */
    @Transactional
    public SamplingRequest submit(String taskId, Map<String, ?> answers, Actor actor) {
        return submit(submitTask(taskId, actor), answers, actor);
    }

    /**
     * Submits the unit's answers without its task id, as a provincial system does through the API: the round and
     * the unit find the request, and the workflow takes the submission by correlation, as from the screen.
     */
    @Transactional
    public SamplingRequest submitFor(String roundId, String unitId, Map<String, ?> answers, Actor actor) {
        actor.require(Role.PROVINCIAL_OFFICER, unitId);
        SamplingRequest request = store.find(roundId, unitId).orElseThrow(() -> new Rejected("sampling.notFound"));
        return submit(new SamplingTask(null, request, forms.get(request.form())), answers, actor);
    }

    /**
     * {@code raw}: texts from a screen, or the numbers and texts of a JSON body, read once by the form into typed
     * answers (see {@link FormDefinition#read}).
     */
    private SamplingRequest submit(SamplingTask task, Map<String, ?> raw, Actor actor) {
        SamplingRequest request = task.request();
        actor.require(Role.PROVINCIAL_OFFICER, request.unitId());
        if (request.state() != SamplingState.REQUESTED && request.state() != SamplingState.RETURNED) {
            throw new Rejected("sampling.notAwaitingSubmission");
        }
        FormDefinition form = task.form();
        FormDefinition.Reading reading = form.read(raw);
        if (!reading.valid()) {
            throw new InvalidAnswers(reading.errors(), form.reference());
        }
        Answers normal = reading.answers();
        List<FieldError> errors = frameTotalErrors(request, normal);
        if (!errors.isEmpty()) {
            throw new InvalidAnswers(errors, form.reference());
        }
        Instant now = clock.instant();
        boolean late = TimeZones.today(clock).isAfter(request.due());
        if (!store.submit(request, request.state(), normal, actor.username(), now, late)) {
            throw new Rejected("sampling.changedMeanwhile");
        }
        store.event(request.id(), now, actor.username(), late ? "SUBMITTED_LATE" : "SUBMITTED", null, normal);
        audit.record(actor.username(), actor.unitId(), "sampling.submit", request.roundId() + "/" + request.unitId(),
                late ? "late" : null);
        workflow.submitted(request.roundId(), request.unitId());
        return store.find(request.roundId(), request.unitId()).orElseThrow();
    }

    /**
     * With an annex attached, the totals the unit declares must be the annex's: the coordinator should not have to
     * find out which of two figures is right. Without one (they are optional) there is nothing to compare.
     */
    private List<FieldError> frameTotalErrors(SamplingRequest request, Answers answers) {
        List<FieldError> errors = new ArrayList<>();
        frames.summary(request.id()).ifPresent(frame -> {
            // The communes and villages declared are counted in the frame: distinct communes, one row per village.
            totalError(answers, "communes", frame.communes(), "field.notFrameCount").ifPresent(errors::add);
            totalError(answers, "villages", frame.villages(), "field.notFrameCount").ifPresent(errors::add);
            totalError(answers, "households", frame.households(), "field.notFrameTotal").ifPresent(errors::add);
            totalError(answers, "population", frame.population(), "field.notFrameTotal").ifPresent(errors::add);
        });
        frames.dossierSummary(request.id()).ifPresent(dossiers -> totalError(answers, "dossiersHandled",
                dossiers.handled(), "field.notDossierTotal").ifPresent(errors::add));
        return errors;
    }

    private static Optional<FieldError> totalError(Answers answers, String key, long total,
                                                             String code) {
        Optional<Long> answer = answers.whole(key);
        if (answer.isEmpty() || answer.get() == total) {
            return Optional.empty();
        }
        return Optional.of(new FieldError(key, code, List.of(total)));
    }

    /** Accepts a submission. */
    @Transactional
    public SamplingRequest approve(String taskId, Actor actor) {
        return review(taskId, actor, SamplingState.APPROVED, null);
    }

    /** Returns a submission to its unit with a reason the officer will read. */
    @Transactional
    public SamplingRequest sendBack(String taskId, String reason, Actor actor) {
        return sendBack(taskId, reason, List.of(), actor);
    }

    /**
     * Returns a submission with reasons pinned to the fields and annex rows to correct, and an overall reason,
     * which may be left out when the notes say it all. A note on a field the form lacks or a row the annex lacks,
     * a row noted twice, or an empty note is refused and nothing is returned.
     */
    @Transactional
    public SamplingRequest sendBack(String taskId, String reason, List<ReturnNote> notes, Actor actor) {
        String why = reason == null ? "" : reason.strip();
        List<ReturnNote> pinned = notes == null ? List.of() : notes;
        if (pinned.isEmpty() ? why.length() < MIN_REASON_LENGTH : !why.isEmpty() && why.length() < MIN_REASON_LENGTH) {
            throw new Rejected("sampling.reasonRequired", MIN_REASON_LENGTH);
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new Rejected("sampling.reasonTooLong", MAX_REASON_LENGTH, why.length());
        }
        if (pinned.size() > ReturnNote.MAX_NOTES) {
            throw new Rejected("sampling.tooManyNotes", ReturnNote.MAX_NOTES);
        }
        SamplingTask task = reviewTask(taskId, actor);
        List<ReturnNote> checked = checkNotes(task, pinned);
        SamplingRequest returned = review(taskId, actor, SamplingState.RETURNED, why.isEmpty() ? null : why, checked);
        store.saveNotes(returned.id(), task.request().revision(), checked);
        return returned;
    }

    /** The notes as they will be kept: trimmed, each about something that exists, with what that row said. */
    private List<ReturnNote> checkNotes(SamplingTask task, List<ReturnNote> notes) {
        Set<String> seen = new HashSet<>();
        // Phụ lục 2 is a few dozen rows: read once when a note is about it, not once per note.
        Map<Integer, DossierCount> dossiers = notes.stream().noneMatch(n -> SamplingFrames.DOSSIERS.equals(n.target()))
                ? Map.of() : frames.dossiers(task.request().id()).stream()
                .collect(Collectors.toMap(DossierCount::row, d -> d));
        List<ReturnNote> checked = new ArrayList<>(notes.size());
        for (ReturnNote note : notes) {
            String text = note.reason() == null ? "" : note.reason().strip();
            if (text.isEmpty() || text.length() > ReturnNote.MAX_REASON) {
                throw new Rejected("sampling.noteReason", ReturnNote.MAX_REASON);
            }
            if (!seen.add(note.target() + "/" + note.ref())) {
                throw new Rejected("sampling.noteTwice");
            }
            String subject;
            if (note.onField()) {
                subject = task.form().field(note.ref()).map(f -> f.label().vi())
                        .orElseThrow(() -> new Rejected("sampling.noteUnknownTarget"));
            } else if (SamplingFrames.FRAME.equals(note.target()) && isRowNumber(note.ref())) {
                subject = frames.row(task.request().id(), Integer.parseInt(note.ref())).map(FrameRow::subject)
                        .orElseThrow(() -> new Rejected("sampling.noteUnknownTarget"));
            } else if (SamplingFrames.DOSSIERS.equals(note.target()) && isRowNumber(note.ref())) {
                subject = Optional.ofNullable(dossiers.get(Integer.parseInt(note.ref())))
                        .map(DossierCount::serviceArea)
                        .orElseThrow(() -> new Rejected("sampling.noteUnknownTarget"));
            } else {
                throw new Rejected("sampling.noteUnknownTarget");
            }
            checked.add(new ReturnNote(note.target(), note.ref(), subject, text));
        }
        return checked;
    }

    /**
     * The notes of the last return: what the unit must correct while it is returned, and what the coordinator
     * asked for when the corrected submission comes back for review. Empty when it was never returned.
     */
    @Transactional(readOnly = true)
    public List<ReturnNote> returnNotes(SamplingRequest request) {
        // A returned submission keeps its revision; the corrected one raises it by one.
        return switch (request.state()) {
            case RETURNED -> store.notes(request.id(), request.revision());
            case SUBMITTED -> store.notes(request.id(), request.revision() - 1);
            default -> List.of();
        };
    }

    private static boolean isRowNumber(String ref) {
        return ref != null && ref.matches("[0-9]{1,7}");
    }

    private SamplingRequest review(String taskId, Actor actor, SamplingState outcome, String reason) {
        return review(taskId, actor, outcome, reason, List.of());
    }

    private SamplingRequest review(String taskId, Actor actor, SamplingState outcome, String reason,
                                   List<ReturnNote> notes) {
        SamplingTask task = reviewTask(taskId, actor);
        SamplingRequest request = task.request();
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            throw new vn.thuocdo.identity.AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.key());
        }
        Instant now = clock.instant();
        if (!store.review(request, outcome, actor.username(), now, reason)) {
            throw new Rejected("sampling.changedMeanwhile");
        }
        store.event(request.id(), now, actor.username(), outcome.name(), reason, null);
        audit.record(actor.username(), actor.unitId(), "sampling." + outcome.name().toLowerCase(),
                request.roundId() + "/" + request.unitId(),
                notes.isEmpty() ? reason : (reason == null ? "" : reason + " ") + "(notes: " + notes.size() + ")");
        tasks.complete(taskId, Map.of(APPROVED, outcome == SamplingState.APPROVED));
        announceOutcome(request, outcome, reason, notes);
        return store.find(request.roundId(), request.unitId()).orElseThrow();
    }

    /** Tells the unit's officers the outcome of a review, after the workflow has moved (the new task exists). */
    private void announceOutcome(SamplingRequest request, SamplingState outcome, String reason, List<ReturnNote> notes) {
        if (outcome == SamplingState.RETURNED) {
            // The mail quotes the coordinator's own words; with notes only, the notes themselves.
            String said = reason != null ? reason
                    : notes.stream().map(ReturnNote::reason).collect(Collectors.joining("; "));
            notifications.notifyAfterCommit(request.unitId(), Role.PROVINCIAL_OFFICER,
                    submitTaskLink(request.roundId(), request.unitId()),
                    "notice.sampling.returned", said.length() > 1000 ? said.substring(0, 999) + "…" : said);
        } else if (outcome == SamplingState.APPROVED) {
            notifications.notifyByJob(request.unitId(), Role.PROVINCIAL_OFFICER,
                    requestLink(request.roundId(), request.unitId()), "notice.sampling.approved",
                    vn.thuocdo.shared.Formats.date(TimeZones.today(clock)));
        }
    }

    /**
     * The deadline is near: reminds the unit's officers, unless they have submitted meanwhile. Called by the
     * workflow's timer; at most once per request, so a retried job does not remind twice.
     */
    @Transactional
    public boolean remind(String roundId, String unitId) {
        return deadlineNotice(roundId, unitId, "REMINDED", request -> notifications.notify(unitId,
                Role.PROVINCIAL_OFFICER, submitTaskLink(roundId, unitId), "notice.sampling.reminder",
                vn.thuocdo.shared.Formats.date(request.due())));
    }

    /** The deadline passed without a submission: alerts the coordinator of the organising unit, once. */
    @Transactional
    public boolean escalate(String roundId, String unitId, String organiserUnitId) {
        return deadlineNotice(roundId, unitId, "ESCALATED", request -> notifications.notify(organiserUnitId,
                Role.MINISTRY_COORDINATOR, "rounds/dashboard/" + roundId, "notice.sampling.overdue", unitId,
                vn.thuocdo.shared.Formats.date(request.due())));
    }

    /** A new deadline (extension) starts the reminders and the escalation afresh. */
    private static List<SamplingEvent> sinceLastReset(List<SamplingEvent> history) {
        int last = -1;
        for (int i = 0; i < history.size(); i++) {
            if (history.get(i).action().equals("EXTENDED")) {
                last = i;
            }
        }
        return history.subList(last + 1, history.size());
    }

    private boolean deadlineNotice(String roundId, String unitId, String action,
                                   Consumer<SamplingRequest> send) {
        SamplingRequest request = store.find(roundId, unitId).orElseThrow();
        boolean waiting = request.state() == SamplingState.REQUESTED || request.state() == SamplingState.RETURNED;
        if (!waiting || sinceLastReset(store.history(request.id())).stream().anyMatch(e -> e.action().equals(action))) {
            return false;
        }
        store.event(request.id(), clock.instant(), "system", action, null, null);
        send.accept(request);
        return true;
    }

    /**
     * Gives a unit more time: the request, its open task and its reminder and deadline timers move to the new
     * date; the change, with its reason, goes into the request's and the round's history.
     */
    @Transactional
    public SamplingRequest extend(String roundId, String unitId, LocalDate newDue, String reason, Actor actor) {
        String why = vn.thuocdo.round.Rounds.requireReason(reason);
        if (newDue == null || newDue.isBefore(TimeZones.today(clock))) {
            throw new Rejected("round.dueInPast");
        }
        SamplingRequest request = store.find(roundId, unitId).orElseThrow(() -> new Rejected("sampling.notRunning"));
        if (request.state() == SamplingState.APPROVED || request.state() == SamplingState.WITHDRAWN) {
            throw new Rejected("sampling.notRunning");
        }
        rounds.recordUnitChange(roundId, unitId, "DEADLINE_EXTENDED",
                vn.thuocdo.shared.Formats.date(request.due()) + " → " + vn.thuocdo.shared.Formats.date(newDue) + ": " + why,
                actor);
        // After the access check (recordUnitChange), so the refusal shows the deadline only to its coordinator;
        // the refusal rolls the recorded change back.
        vn.thuocdo.round.Rounds.requireLater(request.due(), newDue);
        store.changeDue(request.id(), newDue);
        store.event(request.id(), clock.instant(), actor.username(), "EXTENDED", why, null);
        int daysBefore = rounds.reminderDaysBefore(roundId);
        workflow.reschedule(roundId, unitId, SamplingWorkflow.endOf(newDue),
                SamplingWorkflow.morningOf(newDue.minusDays(daysBefore)));
        notifications.notifyAfterCommit(unitId, Role.PROVINCIAL_OFFICER, submitTaskLink(roundId, unitId),
                "notice.sampling.extended", vn.thuocdo.shared.Formats.date(newDue));
        return store.find(roundId, unitId).orElseThrow();
    }

    /**
     * Takes a unit out of the round: its sampling process ends and nothing more is asked of it. Once its information
     * was approved there is no process left to end, but the unit still leaves: its request says withdrawn (a sample
     * not yet drawn leaves it out) and the later stages end what they ask of it.
     */
    @Transactional
    public SamplingRequest withdraw(String roundId, String unitId, String reason, Actor actor) {
        String why = vn.thuocdo.round.Rounds.requireReason(reason);
        SamplingRequest request = store.find(roundId, unitId).orElseThrow(() -> new Rejected("sampling.notRunning"));
        if (request.state() == SamplingState.WITHDRAWN) {
            throw new Rejected("sampling.notRunning");
        }
        rounds.recordUnitChange(roundId, unitId, "UNIT_WITHDRAWN", why, actor);
        store.withdraw(request.id());
        store.event(request.id(), clock.instant(), actor.username(), "WITHDRAWN", why, null);
        if (request.state() != SamplingState.APPROVED) {
            workflow.withdraw(roundId, unitId);
        }
        return store.find(roundId, unitId).orElseThrow();
    }

    /**
     * Last year's approved answers of the unit, for the coordinator to compare with: the same unit, or the units
     * it was formed from (the 2025 reorganisation), in the previous year's round of the same organiser.
     */
    @Transactional(readOnly = true)
    public List<SamplingRequest> previousYear(String taskId, Actor actor) {
        SamplingRequest request = reviewTask(taskId, actor).request();
        vn.thuocdo.round.Round round = rounds.find(request.roundId(), actor).orElseThrow();
        List<String> previousRounds = rounds.visibleTo(actor).stream()
                .filter(r -> r.year() == round.year() - 1 && r.organiserUnitId().equals(round.organiserUnitId())
                        && r.state() != vn.thuocdo.round.RoundState.CANCELLED)
                .map(vn.thuocdo.round.Round::id).toList();
        List<String> units = new ArrayList<>(List.of(request.unitId()));
        units.addAll(this.units.predecessors(request.unitId()).stream().map(vn.thuocdo.units.Unit::id).toList());
        return store.approvedIn(previousRounds, units);
    }

    /** Every unit's request in a round, for the dashboard. */
    @Transactional(readOnly = true)
    public List<SamplingRequest> forRound(String roundId) {
        return store.forRound(roundId);
    }

    @Transactional(readOnly = true)
    public List<SamplingEvent> history(String requestId) {
        return store.history(requestId);
    }
}
