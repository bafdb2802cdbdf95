package vn.thuocdo.improvement;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.improvement.SelectionRule;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.publication.Published;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Units' improvement plans: one per unit with PAR results when a round's results are published (a correction adds
 * none where one was started), drafted by the unit's officers, signed off or returned with a reason by its leader;
 * a signed-off plan is final and a change is a new version with its reason. Every refusal changes nothing.
 */
@Service
public class ImprovementPlans {

    public static final int MAX_MEASURES = 1000;
    public static final int MAX_RESPONSIBLE = 200;
    public static final int MAX_REASON = 2000;
    /** How far ahead a measure may be promised [A]: beyond that it is no plan for the coming year. */
    public static final int MAX_YEARS_AHEAD = 2;
    /** Who the history names for what the application did by itself (a plan opened on publication). */
    static final String SYSTEM = "system";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanStore store;
    private final PlanAccess access;
    private final PlanSelection selection;
    private final ImprovementRule rule;
    private final ImprovementWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    ImprovementPlans(PlanStore store, PlanAccess access, PlanSelection selection, ImprovementRule rule,
                     ImprovementWorkflow workflow, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.selection = selection;
        this.rule = rule;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** The selection rule in force. */
    public SelectionRule rule() {
        return rule.rule();
    }

    /** The units of a publication that get a plan: those with PAR results. */
    @Transactional(readOnly = true)
    public List<String> unitsToPlan(String publicationId) {
        return selection.unitsWithParResults(publicationId);
    }

    /**
     * Opens the unit's plan for a publication and starts its process, unless the unit already has a plan in the
     * round (a correction re-publishing the round never starts a second one). True when a plan was opened.
     */
    @Transactional
    public boolean open(Published published, String unitId) {
        if (store.started(published.roundId(), unitId)) {
            return false;
        }
        SelectionRule in = rule.rule();
        List<PlanSelection.Chosen> chosen = selection.choose(in, published.publicationId(), published.roundId(),
                unitId);
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        store.create(id, published.roundId(), unitId, published.year(), published.publicationId(), in.reference(), 1,
                null, SYSTEM, now);
        int n = 0;
        for (PlanSelection.Chosen item : chosen) {
            store.addItem(id, new PlanItem(++n, item.candidate().kind(), item.candidate().code(),
                    item.candidate().name(), item.candidate().share(), item.points(), item.maxPoints(),
                    null, null, null));
        }
        store.record(id, "created", published.code() + " · " + in.reference(), SYSTEM, null, now);
        audit.record(SYSTEM, unitId, "improvement-plan-opened", id, published.code());
        workflow.started(id, published.roundId(), unitId);
        return true;
    }

    /** One plan version, for the unit's people and the organiser's coordinators. */
    @Transactional(readOnly = true)
    public ImprovementPlan plan(Actor actor, String planId) {
        PlanStore.Header header = header(planId);
        access.requireReader(actor, header.unitId(), header.organiserUnitId());
        return read(header);
    }

    /** The newest version of the unit's plan in a round, if the round's publication opened one. */
    @Transactional(readOnly = true)
    public Optional<ImprovementPlan> newest(Actor actor, String roundId, String unitId) {
        if (roundId == null || roundId.length() > 36 || unitId == null || unitId.length() > 32) {
            return Optional.empty();
        }
        Optional<PlanStore.Header> header = store.newest(roundId, unitId);
        header.ifPresent(h -> access.requireReader(actor, h.unitId(), h.organiserUnitId()));
        if (header.isEmpty()) {
            access.requireOwn(actor, actor.has(Role.UNIT_LEADER) ? Role.UNIT_LEADER : Role.PROVINCIAL_OFFICER, unitId);
        }
        return header.map(this::read);
    }

    /** The newest plan of the person's own unit (officers and leader), whatever the round: their screen's default. */
    @Transactional(readOnly = true)
    public Optional<ImprovementPlan> ownNewest(Actor actor) {
        if (!actor.has(Role.PROVINCIAL_OFFICER) && !actor.has(Role.UNIT_LEADER)) {
            throw new AccessDenied(actor.username(),
                    Role.PROVINCIAL_OFFICER.groupIn(String.valueOf(actor.unitId())));
        }
        return store.newestOfUnit(actor.unitId()).map(this::read);
    }

    /**
     * Saves what the officers entered (blank answers may wait until submitting), against the version they read.
     * Refused with nothing saved: another unit's plan, outside DRAFT, a text too long, a date not after today or more
     * than two years ahead, or a save by someone else since they read it.
     */
    @Transactional
    public ImprovementPlan save(Actor actor, String planId, int expectedRowVersion, List<PlanEntry> entries) {
        PlanStore.Header header = editable(actor, planId);
        List<Answer> answers = checked(header, entries);
        write(actor, header, expectedRowVersion, answers, "saved");
        return read(header(planId));
    }

    /** Saves and hands the plan to the leader: every item needs its measures, who is responsible and by when. */
    @Transactional
    public void submit(Actor actor, String planId, int expectedRowVersion, List<PlanEntry> entries) {
        PlanStore.Header header = editable(actor, planId);
        List<Answer> answers = checked(header, entries);
        Map<Integer, Answer> given = new HashMap<>();
        answers.forEach(a -> given.put(a.item().itemNo(), a));
        for (PlanItem item : store.items(planId)) {
            Answer answer = given.get(item.itemNo());
            String measures = answer != null ? answer.measures() : item.measures();
            String responsible = answer != null ? answer.responsible() : item.responsible();
            LocalDate due = answer != null ? answer.due() : item.due();
            if (measures == null) {
                throw new Rejected("improvement.measures.required", item.code());
            }
            if (responsible == null) {
                throw new Rejected("improvement.responsible.required", item.code());
            }
            if (due == null) {
                throw new Rejected("improvement.due.required", item.code());
            }
        }
        write(actor, header, expectedRowVersion, answers, "saved");
        Instant now = clock.instant();
        store.submitted(planId, actor.username(), actor.displayName(), now);
        store.record(planId, "submitted", null, actor.username(), actor.displayName(), now);
        audit.record(actor.username(), header.unitId(), "improvement-plan-submitted", planId, null);
        workflow.submitted(planId);
    }

    /** The leader signs off a submitted plan: it is final, and an earlier signed-off version gives way to it. */
    @Transactional
    public void signOff(Actor actor, String planId) {
        PlanStore.Header header = header(planId);
        access.requireOwn(actor, Role.UNIT_LEADER, header.unitId());
        requireState(planId, PlanState.SUBMITTED);
        Instant now = clock.instant();
        store.signedOff(planId, actor.username(), actor.displayName(), now);
        store.supersedeOthers(header.roundId(), header.unitId(), planId);
        store.record(planId, "signed-off", null, actor.username(), actor.displayName(), now);
        audit.record(actor.username(), header.unitId(), "improvement-plan-signed-off", planId, null);
        workflow.signedOff(planId);
    }

    /** The leader returns a submitted plan to the officers with the reason. */
    @Transactional
    public void sendBack(Actor actor, String planId, String reason) {
        String why = reason(reason);
        PlanStore.Header header = header(planId);
        access.requireOwn(actor, Role.UNIT_LEADER, header.unitId());
        requireState(planId, PlanState.SUBMITTED);
        Instant now = clock.instant();
        store.returned(planId, why);
        store.record(planId, "returned", why, actor.username(), actor.displayName(), now);
        audit.record(actor.username(), header.unitId(), "improvement-plan-returned", planId, why);
        workflow.returned(planId);
    }

    /**
     * A change to a signed-off plan: a new version (its items and answers copied) with the reason, drafted and signed
     * off as the first; the signed-off one stays in force until then. Only from the newest version.
     */
    @Transactional
    public ImprovementPlan revise(Actor actor, String planId, String reason) {
        String why = reason(reason);
        PlanStore.Header header = header(planId);
        access.requireOwn(actor, Role.PROVINCIAL_OFFICER, header.unitId());
        requireState(planId, PlanState.SIGNED_OFF);
        PlanStore.Header newest = store.newest(header.roundId(), header.unitId()).orElseThrow();
        if (newest.version() != header.version()) {
            throw new Rejected("improvement.newerVersion", newest.version());
        }
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        store.create(id, header.roundId(), header.unitId(), header.year(), header.publicationId(), header.rule(),
                header.version() + 1, why, actor.username(), now);
        store.items(planId).forEach(item -> store.addItem(id, item));
        store.record(id, "revised", why, actor.username(), actor.displayName(), now);
        audit.record(actor.username(), header.unitId(), "improvement-plan-revised", id, why);
        workflow.started(id, header.roundId(), header.unitId());
        return read(header(id));
    }

    /** Every unit's newest plan in a round, for the organiser's coordinators. */
    @Transactional(readOnly = true)
    public List<PlanRow> overview(Actor actor, String roundId, String organiserUnitId) {
        access.requireCoordinator(actor, organiserUnitId);
        return store.newestInRound(roundId).stream().filter(h -> h.organiserUnitId().equals(organiserUnitId))
                .map(h -> {
                    List<PlanItem> items = store.items(h.id());
                    return new PlanRow(h.id(), h.unitId(), h.unitName(), h.version(), h.state(), items.size(),
                            (int) items.stream().filter(PlanItem::complete).count(), h.signedOffByName(),
                            h.signedOffAt());
                }).toList();
    }

    /**
     * The unit's plan of the year before the round's, signed off and in force: what the appraisers and the unit read
     * beside the new results.
     */
    @Transactional(readOnly = true)
    public Optional<SignedOffPlan> previous(Actor actor, String roundId, String unitId) {
        if (roundId == null || roundId.length() > 36 || unitId == null || unitId.length() > 32) {
            return Optional.empty();
        }
        access.requirePreviousReader(actor, roundId, unitId);
        return store.roundYear(roundId).flatMap(year -> signedOff(unitId, year - 1));
    }

    /** A unit's signed-off plan of a year, the version in force: public once signed off (the public profile). */
    @Transactional(readOnly = true)
    public Optional<SignedOffPlan> signedOff(String unitId, int year) {
        if (unitId == null || unitId.length() > 32) {
            return Optional.empty();
        }
        return store.signedOff(unitId, year).map(h -> new SignedOffPlan(h.unitId(), h.unitName(), h.year(),
                h.version(), h.publicationCode(), store.items(h.id()), h.signedOffByName(), h.signedOffAt()));
    }

    private record Answer(PlanItem item, String measures, String responsible, LocalDate due) {
    }

    private PlanStore.Header editable(Actor actor, String planId) {
        PlanStore.Header header = header(planId);
        access.requireOwn(actor, Role.PROVINCIAL_OFFICER, header.unitId());
        requireState(planId, PlanState.DRAFT);
        return header;
    }

    /** Every entry bounded and checked before anything is written: one bad entry refuses the whole save. */
    private List<Answer> checked(PlanStore.Header header, List<PlanEntry> entries) {
        List<PlanItem> items = store.items(header.id());
        if (entries == null || entries.size() > items.size()) {
            throw new Rejected("improvement.unknownItem", entries == null ? 0 : entries.size());
        }
        Map<Integer, PlanItem> byNo = new HashMap<>();
        items.forEach(i -> byNo.put(i.itemNo(), i));
        LocalDate today = TimeZones.today(clock);
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        Set<Integer> seen = new HashSet<>();
        return entries.stream().map(entry -> {
            PlanItem item = byNo.get(entry.itemNo());
            if (item == null || !seen.add(entry.itemNo())) {
                throw new Rejected("improvement.unknownItem", entry.itemNo());
            }
            String measures = text(entry.measures(), MAX_MEASURES, "improvement.measures.tooLong", item.code());
            String responsible = text(entry.responsible(), MAX_RESPONSIBLE, "improvement.responsible.tooLong",
                    item.code());
            if (entry.due() != null && !entry.due().isAfter(today)) {
                throw new Rejected("improvement.due.notFuture", item.code(), DAY.format(today));
            }
            if (entry.due() != null && entry.due().isAfter(latest)) {
                throw new Rejected("improvement.due.tooFar", item.code(), DAY.format(latest));
            }
            return new Answer(item, measures, responsible, entry.due());
        }).toList();
    }

    private void write(Actor actor, PlanStore.Header header, int expectedRowVersion, List<Answer> answers,
                       String action) {
        if (!store.claim(header.id(), expectedRowVersion)) {
            throw new Rejected("improvement.stale");
        }
        for (Answer answer : answers) {
            store.answer(header.id(), answer.item().itemNo(), answer.measures(), answer.responsible(), answer.due());
        }
        store.record(header.id(), action, answers.size() + "", actor.username(), actor.displayName(), clock.instant());
        audit.record(actor.username(), header.unitId(), "improvement-plan-saved", header.id(),
                String.valueOf(answers.size()));
    }

    private void requireState(String planId, PlanState wanted) {
        PlanState state = store.lockState(planId).orElseThrow(() -> new Rejected("improvement.notFound"));
        if (state != wanted) {
            throw new Rejected("improvement.wrongState", state.name());
        }
    }

    private PlanStore.Header header(String planId) {
        if (planId == null || planId.length() > 36) {
            throw new Rejected("improvement.notFound");
        }
        return store.header(planId).orElseThrow(() -> new Rejected("improvement.notFound"));
    }

    private ImprovementPlan read(PlanStore.Header h) {
        return new ImprovementPlan(h.id(), h.roundId(), h.unitId(), h.unitName(), h.year(), h.publicationId(),
                h.publicationCode(), h.rule(), h.version(), h.state(), h.reason(), h.returnedReason(),
                h.submittedByName(), h.submittedAt(), h.signedOffBy(), h.signedOffByName(), h.signedOffAt(),
                h.rowVersion(), store.items(h.id()), store.changes(h.id()));
    }

    private static String text(String value, int max, String tooLong, String code) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw new Rejected(tooLong, code, max);
        }
        String clean = value.strip();
        return clean.isEmpty() ? null : clean;
    }

    private static String reason(String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new Rejected("improvement.reason.tooLong", MAX_REASON);
        }
        if (reason == null || reason.isBlank()) {
            throw new Rejected("improvement.reason.required");
        }
        return reason.strip();
    }
}
