package vn.thuocdo.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.forms.scorecard.AnswerProblem;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.Scoring;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's self-assessment: its officers score sub-criteria (each save names the version it read, so two officers
 * never overwrite each other), its leader signs off or sends back, then submits before the stage's deadline. Every
 * value saved is also kept in the history.
 */
@Service
public class SelfAssessments {

    /** Notes, comments and reasons are bounded before anything else is looked at. */
    public static final int MAX_TEXT = 1900;
    static final int MAX_CODE = 40;
    private static final int MAX_FIGURES = 20;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final AssessmentStore store;
    private final AssessmentAccess access;
    /** The scorecards in force, shipped and imported: an official version imported later is seen at once. */
    private final vn.thuocdo.scorecard.ScorecardLibrary scorecards;
    private final Units units;
    private final EvidenceFiles evidence;
    private final AssessmentWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    SelfAssessments(AssessmentStore store, AssessmentAccess access, vn.thuocdo.scorecard.ScorecardLibrary scorecards, Units units,
                    EvidenceFiles evidence, AssessmentWorkflow workflow, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.scorecards = scorecards;
        this.units = units;
        this.evidence = evidence;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** The self-assessment with its current values and evidence counts, opened (as a draft) the first time. */
    @Transactional
    public SelfAssessment open(Actor actor, String roundId, String unitId) {
        AssessmentStore.RoundFacts round = access.round(roundId);
        access.requireReader(actor, round, unitId);
        ensure(roundId, unitId);
        return read(actor, round, unitId);
    }

    /**
     * Opens the self-assessment of a participating unit against the scorecard in force for its kind and the round's
     * year, once; the process calls this when the unit's stage starts.
     */
    @Transactional
    public void ensure(String roundId, String unitId) {
        if (store.header(roundId, unitId).isPresent()) {
            return;
        }
        AssessmentStore.RoundFacts round = access.round(roundId);
        if (!store.participates(roundId, unitId)) {
            throw new Rejected("assessment.notParticipating");
        }
        Unit unit = units.get(unitId);
        Scorecard.Kind kind = switch (unit.kind()) {
            case PROVINCE -> Scorecard.Kind.PROVINCE;
            case MINISTRY -> Scorecard.Kind.MINISTRY;
            default -> throw new Rejected("assessment.noScorecard", unit.name(), round.year());
        };
        Scorecard scorecard = scorecards.forYear(kind, round.year())
                .orElseThrow(() -> new Rejected("assessment.noScorecard", unit.name(), round.year()));
        store.create(roundId, unitId, scorecard.id(),
                scorecard.subCriteria().stream().map(SubCriterion::code).toList());
    }

    /**
     * Saves one sub-criterion's own score and note. Refused, with nothing saved: outside DRAFT, for another unit, a
     * survey-assessed or unknown sub-criterion, a score its rule does not allow (every reason), or when someone saved
     * it after {@code expectedVersion} (their name and the time, so the officer reads the new value first).
     */
    @Transactional
    public SubCriterionValue score(Actor actor, String roundId, String unitId, String code, SelfScore answer,
                                   String note, int expectedVersion) {
        String cleanNote = optionalText(note, "assessment.note.tooLong");
        AssessmentStore.RoundFacts round = access.round(roundId);
        access.requireOwn(actor, Role.PROVINCIAL_OFFICER, roundId, unitId);
        ensure(roundId, unitId);
        requireState(roundId, unitId, AssessmentState.DRAFT);
        SubCriterion sub = subCriterion(roundId, unitId, code);
        bounded(code, answer);
        if (!sub.selfScored()) {
            throw new Rejected("assessment.surveyAssessed", code);
        }
        BigDecimal points = points(sub, answer);
        Instant now = clock.instant();
        String stored = Answers.write(answer);
        if (!store.saveSelf(roundId, unitId, code, stored, points, cleanNote, expectedVersion, actor.username(),
                actor.displayName(), now)) {
            SubCriterionValue newer = store.value(roundId, unitId, code).orElseThrow();
            throw new Rejected("assessment.stale", code,
                    newer.updatedByName() != null ? newer.updatedByName() : String.valueOf(newer.updatedBy()),
                    newer.updatedAt() == null ? "" : HOUR.format(newer.updatedAt().atZone(TimeZones.VIETNAM)));
        }
        store.record(roundId, unitId, code, ValueKind.SELF, points, stored, cleanNote, actor.username(),
                actor.displayName(), now);
        audit.record(actor.username(), unitId, "assessment-scored", roundId + ":" + code,
                points.toPlainString());
        return store.value(roundId, unitId, code).orElseThrow();
    }

    /** The officers hand the self-assessment to their leader: refused while it has problems. */
    @Transactional
    public void handToLeader(Actor actor, String roundId, String unitId) {
        access.round(roundId);
        access.requireOwn(actor, Role.PROVINCIAL_OFFICER, roundId, unitId);
        requireState(roundId, unitId, AssessmentState.DRAFT);
        requireNoProblems(actor, roundId, unitId);
        store.handedToLeader(roundId, unitId, clock.instant());
        audit.record(actor.username(), unitId, "assessment-handed-to-leader", roundId, null);
        workflow.handedToLeader(roundId, unitId);
    }

    /** The leader signs off: the values are locked. Refused while a sub-criterion has a problem. */
    @Transactional
    public void signOff(Actor actor, String roundId, String unitId) {
        access.round(roundId);
        access.requireOwn(actor, Role.UNIT_LEADER, roundId, unitId);
        requireState(roundId, unitId, AssessmentState.DRAFT);
        requireNoProblems(actor, roundId, unitId);
        store.signedOff(roundId, unitId, actor.username(), actor.displayName(), clock.instant());
        audit.record(actor.username(), unitId, "assessment-signed-off", roundId, null);
    }

    /** The leader sends it back to the officers with a comment, before submission; a sign-off is undone. */
    @Transactional
    public void sendBack(Actor actor, String roundId, String unitId, String comment) {
        String why = requiredText(comment, "assessment.comment.required", "assessment.comment.tooLong");
        access.round(roundId);
        access.requireOwn(actor, Role.UNIT_LEADER, roundId, unitId);
        AssessmentState state = lockedState(roundId, unitId);
        if (state != AssessmentState.DRAFT && state != AssessmentState.SIGNED_OFF) {
            throw new Rejected("assessment.wrongState", state.name());
        }
        store.sentBack(roundId, unitId, why);
        audit.record(actor.username(), unitId, "assessment-sent-back", roundId, why);
        workflow.sentBack(roundId, unitId);
    }

    /** The leader submits a signed-off self-assessment, on or before the stage's deadline (Vietnam's day). */
    @Transactional
    public void submit(Actor actor, String roundId, String unitId) {
        access.round(roundId);
        access.requireOwn(actor, Role.UNIT_LEADER, roundId, unitId);
        AssessmentState state = lockedState(roundId, unitId);
        if (state == AssessmentState.DRAFT) {
            throw new Rejected("assessment.notSignedOff");
        }
        if (state != AssessmentState.SIGNED_OFF) {
            throw new Rejected("assessment.wrongState", state.name());
        }
        LocalDate today = TimeZones.today(clock);
        LocalDate due = store.assessmentDue(roundId).orElse(null);
        if (due != null && today.isAfter(due)) {
            throw new Rejected("assessment.pastDue", due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        requireNoProblems(actor, roundId, unitId);
        store.submitted(roundId, unitId, actor.username(), clock.instant());
        audit.record(actor.username(), unitId, "assessment-submitted", roundId, null);
        workflow.submitted(roundId, unitId);
    }

    /** Every value the sub-criterion ever had, oldest first. */
    @Transactional(readOnly = true)
    public List<ValueChange> timeline(Actor actor, String roundId, String unitId, String code) {
        AssessmentStore.RoundFacts round = access.round(roundId);
        access.requireReader(actor, round, unitId);
        subCriterion(roundId, unitId, code);
        return store.history(roundId, unitId, code);
    }

    /** The points an answer earns, or every reason it cannot be given. */
    static BigDecimal points(SubCriterion sub, SelfScore answer) {
        List<AnswerProblem> problems = Scoring.check(sub, answer);
        if (!problems.isEmpty()) {
            throw new ScoreNotAllowed(sub.code(), problems);
        }
        return Scoring.round(Scoring.score(sub, answer));
    }

    /** Level keys and figure maps come from outside: bounded before the scoring looks at them. */
    static void bounded(String code, SelfScore answer) {
        if (answer instanceof SelfScore.Level level && level.key() != null && level.key().length() > MAX_CODE) {
            throw new Rejected("assessment.answer.tooLong", code);
        }
        if (answer instanceof SelfScore.Figures figures && (figures.values().size() > MAX_FIGURES
                || figures.values().keySet().stream().anyMatch(k -> k == null || k.length() > MAX_CODE))) {
            throw new Rejected("assessment.answer.tooLong", code);
        }
    }

    SelfAssessment read(Actor actor, AssessmentStore.RoundFacts round, String unitId) {
        AssessmentStore.Header header = store.header(round.roundId(), unitId).orElseThrow();
        Scorecard scorecard = scorecard(header.scorecardId());
        Map<String, Integer> counts = evidence.counts(actor, round.roundId(), unitId);
        Map<String, SubCriterionValue> stored = store.values(round.roundId(), unitId);
        Map<String, SubCriterionValue> values = new LinkedHashMap<>();
        for (SubCriterion sub : scorecard.subCriteria()) {
            SubCriterionValue value = stored.get(sub.code());
            if (value != null) {
                values.put(sub.code(), value.withEvidence(counts.getOrDefault(sub.code(), 0)));
            }
        }
        return new SelfAssessment(round.roundId(), round.year(), unitId, units.get(unitId).name(), scorecard,
                header.state(), header.signedOffBy(), header.signedOffByName(), header.signedOffAt(),
                header.sentBackComment(), header.submittedBy(), header.submittedAt(),
                store.assessmentDue(round.roundId()).orElse(null), header.explanationDue(), values);
    }

    SubCriterion subCriterion(String roundId, String unitId, String code) {
        if (code == null || code.length() > MAX_CODE) {
            throw new Rejected("assessment.unknownCode", "?");
        }
        AssessmentStore.Header header = store.header(roundId, unitId)
                .orElseThrow(() -> new Rejected("assessment.notOpened"));
        return scorecard(header.scorecardId()).subCriterion(code)
                .orElseThrow(() -> new Rejected("assessment.unknownCode", code));
    }

    AssessmentState lockedState(String roundId, String unitId) {
        return store.lockState(roundId, unitId).orElseThrow(() -> new Rejected("assessment.notOpened"));
    }

    private void requireState(String roundId, String unitId, AssessmentState wanted) {
        AssessmentState state = lockedState(roundId, unitId);
        if (state != wanted) {
            throw new Rejected(state.submitted() ? "assessment.alreadySubmitted"
                    : state == AssessmentState.SIGNED_OFF ? "assessment.signedOff" : "assessment.wrongState",
                    state.name());
        }
    }

    private void requireNoProblems(Actor actor, String roundId, String unitId) {
        SelfAssessment assessment = read(actor, access.round(roundId), unitId);
        List<AssessmentProblem> problems = assessment.problems();
        if (!problems.isEmpty()) {
            throw new Rejected("assessment.hasProblems", problems.size(),
                    String.join(", ", problems.stream().map(AssessmentProblem::code).limit(10).toList()));
        }
    }

    static String optionalText(String text, String tooLong) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_TEXT) {
            throw new Rejected(tooLong, MAX_TEXT);
        }
        return text.strip();
    }

    static String requiredText(String text, String missing, String tooLong) {
        String clean = optionalText(text, tooLong);
        if (clean == null) {
            throw new Rejected(missing);
        }
        return clean;
    }

    /** The scorecard a stored self-assessment is pinned to; a missing one is a broken round, not a user error. */
    private Scorecard scorecard(String id) {
        return scorecards.find(id).orElseThrow(() -> new IllegalStateException("No scorecard " + id));
    }
}
