package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Response;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.response.InvalidResponse;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The enumerator's side of an interview: drafts kept as the device sends them, the completed interview read in full
 * against the round's pinned citizen questionnaire (the one the online survey asks), and visits with no interview
 * recorded with their outcome. The device's UUID names the interview, so a resend after a lost reply finds it.
 */
@Service
public class Interviews {

    /** Three visits before a household counts as absent (vắng nhà), as the methodology has it. */
    static final int VISITS_FOR_ABSENT = 3;
    static final int MAX_VISITS = 20;

    private final InterviewStore store;
    private final Slots slots;
    private final FieldworkRounds rounds;
    private final FieldworkEvents events;
    private final ParadataCheck paradataCheck;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Interviews(InterviewStore store, Slots slots, FieldworkRounds rounds, FieldworkEvents events,
               JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.slots = slots;
        this.rounds = rounds;
        this.events = events;
        this.paradataCheck = new ParadataCheck();
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps the device's draft: a draft sent twice is stored once, a later one replaces an earlier one. The
     * answers so far must hold (the tablet checks them with the same definition); nothing is stored otherwise.
     */
    @Transactional
    public Interview saveDraft(Actor actor, String id, long slot, Map<String, ?> rawAnswers, Paradata paradata) {
        Work work = work(actor, id, slot);
        Paradata checked = paradataCheck.check(paradata);
        String answers = read(work.slot().roundId(), rawAnswers, Completeness.DRAFT);
        Instant now = clock.instant();
        Interview existing = work.existing();
        if (existing == null) {
            store.insert(row(work, id, InterviewState.DRAFT, null, null, 1, answers, EntryMode.INTERVIEW, checked, 0),
                    now);
            events.record(id, slot, "DRAFTED", null, InterviewState.DRAFT.name(), actor.username(), null);
            return store.find(id).orElseThrow();
        }
        if (answers.equals(InterviewStore.canonical(existing.answers()))) {
            return existing;
        }
        if (existing.state() != InterviewState.DRAFT) {
            throw new Rejected(existing.state() == InterviewState.ACCEPTED ? "fieldwork.interviewAccepted"
                    : "fieldwork.interviewNotDraft");
        }
        store.update(row(work, id, InterviewState.DRAFT, null, null, existing.visits(), answers, existing.entryMode(),
                checked, 0), existing.version(), now);
        return store.find(id).orElseThrow();
    }

    /**
     * The finished interview: every answer read again as final (required answers, skip logic, constraints). A
     * resend of what is stored returns it; a change before the supervisor's approval, or the fix of a rejected
     * interview, counts as an edit after completion.
     */
    @Transactional
    public Interview complete(Actor actor, String id, long slot, Map<String, ?> rawAnswers, Paradata paradata,
                              EntryMode entryMode) {
        Work work = work(actor, id, slot);
        Paradata checked = paradataCheck.check(paradata);
        String answers = read(work.slot().roundId(), rawAnswers, Completeness.FINAL);
        EntryMode mode = entryMode == null ? EntryMode.INTERVIEW : entryMode;
        Instant now = clock.instant();
        Interview existing = work.existing();
        if (existing == null) {
            store.insert(row(work, id, InterviewState.COMPLETED, Outcome.INTERVIEWED, null, 1, answers, mode, checked,
                    0), now);
            events.record(id, slot, "COMPLETED", null, InterviewState.COMPLETED.name(), actor.username(), null);
            return store.find(id).orElseThrow();
        }
        if (settled(existing) && existing.outcome() == Outcome.INTERVIEWED
                && answers.equals(InterviewStore.canonical(existing.answers()))) {
            return existing;
        }
        return finish(actor, work, existing, Outcome.INTERVIEWED, null, Math.max(1, existing.visits()), answers, mode,
                checked, null, now);
    }

    /**
     * A visit with no interview: refused, absent after three visits, moved, replaced by a replacement slot of the
     * same village (the next one by rank, then given to the same enumerator), or another reason told in the note.
     */
    @Transactional
    public Interview recordOutcome(Actor actor, long slot, Outcome outcome, int visits, Long replacedBySlot,
                                   String note) {
        FieldworkAccess.requireFieldworker(actor);
        String why = Bounded.optional(note, FieldworkEvents.MAX_REASON, "fieldwork.reasonTooLong");
        if (outcome == null || outcome == Outcome.INTERVIEWED) {
            throw new Rejected("fieldwork.outcomeNeedsInterview");
        }
        if (visits < 1 || visits > MAX_VISITS) {
            throw new Rejected("fieldwork.visitsInvalid", MAX_VISITS);
        }
        if (outcome == Outcome.ABSENT && visits < VISITS_FOR_ABSENT) {
            throw new Rejected("fieldwork.absentNeedsVisits", VISITS_FOR_ABSENT);
        }
        if (outcome == Outcome.OTHER && why == null) {
            throw new Rejected("fieldwork.otherNeedsNote");
        }
        Slots.Slot target = slots.find(slot);
        Work work = work(actor, target.interviewId() == null ? UUID.randomUUID().toString() : target.interviewId(),
                slot);
        Interview existing = work.existing();
        if (existing != null && settled(existing) && existing.outcome() == outcome && existing.visits() == visits
                && Objects.equals(existing.replacedBy(), replacedBySlot)) {
            // A resend after a lost reply: its replacement is in use by now, by this very outcome.
            return existing;
        }
        Slots.Slot replacement = outcome == Outcome.REPLACED ? replacement(work.slot(), replacedBySlot) : null;
        if (outcome != Outcome.REPLACED && replacedBySlot != null) {
            throw new Rejected("fieldwork.replacementOnlyWhenReplaced");
        }
        Long replacedBy = replacement == null ? null : replacement.id();
        Instant now = clock.instant();
        String reason = outcome.name() + (why == null ? "" : ": " + why);
        Interview done;
        if (existing == null) {
            store.insert(row(work, work.id(), InterviewState.COMPLETED, outcome, replacedBy, visits, null,
                    EntryMode.INTERVIEW, Paradata.NONE, 0), now);
            events.record(work.id(), slot, "OUTCOME", null, InterviewState.COMPLETED.name(), actor.username(), reason);
            done = store.find(work.id()).orElseThrow();
        } else {
            if (existing.outcome() == Outcome.REPLACED) {
                throw new Rejected("fieldwork.slotReplaced");
            }
            done = finish(actor, work, existing, outcome, replacedBy, visits, null, existing.entryMode(),
                    existing.paradata(), reason, now);
        }
        if (replacement != null && replacement.enumerator() == null) {
            jdbc.update("""
                            insert into fieldwork_assignment (sample_unit_id, round_id, branch_id, enumerator,
                            assigned_by, assigned_at) values (?, ?, ?, ?, ?, ?)""", replacement.id(),
                    replacement.roundId(), done.branchId(), done.enumerator(), actor.username(), Timestamp.from(now));
            events.record(null, replacement.id(), "ASSIGNED", null, done.enumerator(), actor.username(),
                    "replaces " + slot);
        }
        return done;
    }

    /** An interview for the person it belongs to: its enumerator. Reviewers read it through {@link Reviews}. */
    @Transactional(readOnly = true)
    public Interview find(Actor actor, String id) {
        FieldworkAccess.requireFieldworker(actor);
        Interview interview = store.find(uuid(id)).orElseThrow(() -> new Rejected("fieldwork.interviewNotFound"));
        if (!interview.enumerator().equals(actor.username())) {
            throw new Rejected("fieldwork.interviewNotFound");
        }
        return interview;
    }

    /**
     * A slot of the enumerator's with what the interview screen needs, in a few reads: the household and its
     * village, the interview begun on it, the comments to fix and the reason it was sent back, and the replacement
     * a REPLACED outcome would name. Someone else's slot is refused as not theirs, whatever it holds.
     */
    @Transactional(readOnly = true)
    public InterviewSlot open(Actor actor, long slot) {
        FieldworkAccess.requireFieldworker(actor);
        SlotReads.Place place = SlotReads.place(jdbc, slot, actor.username())
                .orElseThrow(() -> new Rejected("fieldwork.slotNotFound"));
        if (!actor.username().equals(place.enumerator())) {
            throw new Rejected("fieldwork.slotNotAssigned");
        }
        Interview interview = jdbc.queryForList("select id from fieldwork_interview where sample_unit_id = ?",
                String.class, slot).stream().findFirst().flatMap(store::find).orElse(null);
        List<ReviewComment> comments = interview == null ? List.of() : jdbc.query("""
                        select * from fieldwork_review_comment where interview_id = ? and not resolved order by id""",
                (rs, n) -> new ReviewComment(rs.getLong("id"), rs.getString("interview_id"),
                        rs.getString("question_id"), rs.getString("body"), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("resolved")), interview.id());
        String reason = interview == null || interview.state() != InterviewState.REJECTED ? null : jdbc.queryForList("""
                        select reason from fieldwork_event where interview_id = ? and kind = 'REJECTED'
                        order by id desc fetch first 1 rows only""", String.class, interview.id())
                .stream().findFirst().orElse(null);
        Household spare = place.household().replacementRank() == null ? SlotReads.nextReplacement(jdbc, slot) : null;
        return new InterviewSlot(place.roundId(), rounds.citizenQuestionnaire(place.roundId()), place.communeName(),
                place.villageName(), place.household(), interview, comments, reason, spare);
    }

    /** Completed and not sent back: what a resend of the same content finds, and gets back unchanged. */
    private static boolean settled(Interview interview) {
        return interview.state() != InterviewState.DRAFT && interview.state() != InterviewState.REJECTED;
    }

    /** Moves an existing interview to COMPLETED with what was sent; after completion, counted as an edit. */
    private Interview finish(Actor actor, Work work, Interview existing, Outcome outcome, Long replacedBy, int visits,
                             String answers, EntryMode mode, Paradata paradata, String reason, Instant now) {
        existing.state().requireMoveTo(InterviewState.COMPLETED);
        if (existing.outcome() == Outcome.REPLACED && outcome != Outcome.REPLACED) {
            throw new Rejected("fieldwork.slotReplaced");
        }
        int edits = existing.editsAfterCompletion() + (existing.state() == InterviewState.DRAFT ? 0 : 1);
        store.update(row(work, existing.id(), InterviewState.COMPLETED, outcome, replacedBy, visits, answers, mode,
                paradata, edits), existing.version(), now);
        if (existing.state() == InterviewState.REJECTED) {
            jdbc.update("update fieldwork_review_comment set resolved = true where interview_id = ? and not resolved",
                    existing.id());
        }
        events.record(existing.id(), work.slot().id(), existing.state() == InterviewState.DRAFT ? "COMPLETED"
                        : existing.state() == InterviewState.REJECTED ? "RESUBMITTED" : "EDITED",
                existing.state().name(), InterviewState.COMPLETED.name(), actor.username(), reason);
        return store.find(existing.id()).orElseThrow();
    }

    /** The replacement a REPLACED outcome names: a replacement slot of the same village, the next unused by rank. */
    private Slots.Slot replacement(Slots.Slot selected, Long replacedBySlot) {
        if (replacedBySlot == null) {
            throw new Rejected("fieldwork.replacementMissing");
        }
        if (selected.replacement()) {
            throw new Rejected("fieldwork.replacementOfReplacement");
        }
        Slots.Slot named = slots.find(replacedBySlot);
        if (!named.replacement() || !named.sampleId().equals(selected.sampleId())
                || !named.unitId().equals(selected.unitId()) || !named.communeCode().equals(selected.communeCode())
                || !Objects.equals(named.villageName(), selected.villageName())) {
            throw new Rejected("fieldwork.replacementNotOfVillage");
        }
        if (named.inUse()) {
            throw new Rejected("fieldwork.replacementUsed");
        }
        Long next = jdbc.queryForList("""
                        select u.id from survey_sample_unit u where u.sample_id = ? and u.unit_id = ?
                          and u.commune_code = ? and u.village_name = ? and u.stage = 'HOUSEHOLD'
                          and u.replacement_rank is not null
                          and not exists (select 1 from fieldwork_interview i where i.replaced_by = u.id)
                        order by u.replacement_rank""", Long.class, selected.sampleId(), selected.unitId(),
                selected.communeCode(), selected.villageName()).stream().findFirst().orElse(null);
        if (next == null || named.id() != next) {
            throw new Rejected("fieldwork.replacementOutOfOrder");
        }
        return named;
    }

    /** The slot an enumerator works on and its interview, checked: theirs, and one interview per slot. */
    private record Work(String id, Slots.Slot slot, Interview existing) {
    }

    private Work work(Actor actor, String id, long slotId) {
        FieldworkAccess.requireFieldworker(actor);
        String interviewId = uuid(id);
        Slots.Slot slot = slots.find(slotId);
        if (!actor.username().equals(slot.enumerator())) {
            throw new Rejected("fieldwork.slotNotAssigned");
        }
        if (slot.interviewId() != null && !slot.interviewId().equals(interviewId)) {
            throw new Rejected("fieldwork.slotHasInterview");
        }
        Optional<Interview> existing = store.lock(interviewId);
        if (existing.isPresent() && existing.get().slot() != slotId) {
            throw new Rejected("fieldwork.interviewIdTaken");
        }
        return new Work(interviewId, slot, existing.orElse(null));
    }

    private InterviewStore.Row row(Work work, String id, InterviewState state, Outcome outcome, Long replacedBy,
                                   int visits, String answers, EntryMode mode, Paradata paradata, int edits) {
        return new InterviewStore.Row(id, work.slot().roundId(), work.slot().id(), work.slot().enumerator(),
                work.slot().branchId(), state, outcome, replacedBy, visits, answers,
                rounds.citizenQuestionnaire(work.slot().roundId()), mode, paradata, edits);
    }

    /** The answers read against the round's pinned questionnaire; refused with every field's reason. */
    private String read(String roundId, Map<String, ?> raw, Completeness completeness) {
        Questionnaire questionnaire = rounds.questionnaire(roundId);
        Response read = questionnaire.read(raw == null ? Map.of() : raw, completeness, TimeZones.today(clock));
        if (!read.valid()) {
            throw new InvalidResponse(read.errors());
        }
        return InterviewStore.canonical(read.stored());
    }

    /** A device's UUID, bounded and checked character by character before it names anything. */
    static String uuid(String id) {
        if (id == null || id.length() != 36) {
            throw new Rejected("fieldwork.idNotUuid");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                throw new Rejected("fieldwork.idNotUuid");
            }
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
