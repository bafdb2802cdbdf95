package vn.thuocdo.assessment;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The appraisal of a submitted self-assessment: the round's coordinator assigns appraisers (never someone of the
 * unit); they set appraised values (a reason whenever they differ from the unit's own) and send the result to the
 * unit; the unit explains (giải trình) adjusted sub-criteria until the explanation deadline; the appraisers set final
 * values (a reason whenever they differ from the appraised one) and finalise. Every value goes to the history.
 */
@Service
public class Appraisals {

    /** The explanation deadline when the appraisers name none: a week after sending [A]. */
    static final int DEFAULT_EXPLANATION_DAYS = 7;

    private final AssessmentStore store;
    private final AssessmentAccess access;
    private final SelfAssessments assessments;
    private final AssessmentWorkflow workflow;
    private final AuditLog audit;
    private final Clock clock;

    Appraisals(AssessmentStore store, AssessmentAccess access, SelfAssessments assessments,
               AssessmentWorkflow workflow, AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.assessments = assessments;
        this.workflow = workflow;
        this.audit = audit;
        this.clock = clock;
    }

    /** The coordinator assigns an appraiser to a unit; a person of that unit is refused. */
    @Transactional
    public void assign(Actor coordinator, String roundId, String unitId, Actor appraiser) {
        AssessmentStore.RoundFacts round = access.round(roundId);
        access.requireCoordinator(coordinator, round);
        if (unitId == null || !store.participates(roundId, unitId)) {
            throw new Rejected("assessment.notParticipating");
        }
        if (!appraiser.has(Role.APPRAISER)) {
            throw new Rejected("assessment.notAnAppraiser", appraiser.displayName());
        }
        if (appraiser.actsFor(unitId)) {
            throw new Rejected("assessment.ownUnit", appraiser.displayName());
        }
        if (store.assigned(roundId, unitId, appraiser.username())) {
            return;
        }
        store.assign(roundId, unitId, appraiser.username(), appraiser.displayName(), appraiser.unitId(),
                coordinator.username(), clock.instant());
        audit.record(coordinator.username(), unitId, "appraiser-assigned", roundId, appraiser.username());
    }

    /** The usernames of a unit's appraisers, for the process's candidate users and the screens. */
    @Transactional(readOnly = true)
    public List<String> appraisers(String roundId, String unitId) {
        return store.appraisers(roundId, unitId);
    }

    /**
     * The units this appraiser was assigned to in open rounds (their "Thẩm định" list); none for anyone who is not an
     * appraiser. A unit of their own is never assigned, so it never shows.
     */
    @Transactional(readOnly = true)
    public List<AppraisalAssignment> assignedTo(Actor appraiser) {
        if (!appraiser.has(Role.APPRAISER)) {
            return List.of();
        }
        return store.assignedTo(appraiser.username()).stream().filter(a -> !appraiser.actsFor(a.unitId())).toList();
    }

    /** The unit's self-assessment as its appraiser reads it. */
    @Transactional(readOnly = true)
    public SelfAssessment open(Actor appraiser, String roundId, String unitId) {
        AssessmentStore.RoundFacts round = access.round(roundId);
        access.requireAppraiser(appraiser, roundId, unitId);
        return assessments.read(appraiser, round, unitId);
    }

    /** An appraised value for one sub-criterion; a reason is required when it differs from the unit's own. */
    @Transactional
    public SubCriterionValue appraise(Actor appraiser, String roundId, String unitId, String code, SelfScore answer,
                                      String reason) {
        String why = SelfAssessments.optionalText(reason, "assessment.reason.tooLong");
        access.round(roundId);
        access.requireAppraiser(appraiser, roundId, unitId);
        AssessmentState state = assessments.lockedState(roundId, unitId);
        if (state != AssessmentState.SUBMITTED && state != AssessmentState.IN_APPRAISAL) {
            throw new Rejected("assessment.wrongState", state.name());
        }
        SubCriterion sub = scored(roundId, unitId, code, answer);
        BigDecimal points = SelfAssessments.points(sub, answer);
        SubCriterionValue current = store.value(roundId, unitId, code).orElseThrow();
        if (why == null && (current.points() == null || current.points().compareTo(points) != 0)) {
            throw new Rejected("assessment.reason.required", code);
        }
        Instant now = clock.instant();
        String stored = Answers.write(answer);
        store.saveAppraised(roundId, unitId, code, stored, points, why);
        store.record(roundId, unitId, code, ValueKind.APPRAISED, points, stored, why, appraiser.username(),
                appraiser.displayName(), now);
        if (state == AssessmentState.SUBMITTED) {
            store.state(roundId, unitId, AssessmentState.IN_APPRAISAL);
        }
        audit.record(appraiser.username(), unitId, "assessment-appraised", roundId + ":" + code,
                points.toPlainString());
        return store.value(roundId, unitId, code).orElseThrow();
    }

    /**
     * Sends the appraised result to the unit, which may explain until {@code explanationDue} (a week from today when
     * null); also after an explanation, to ask again.
     */
    @Transactional
    public void sendToUnit(Actor appraiser, String roundId, String unitId, LocalDate explanationDue) {
        access.round(roundId);
        access.requireAppraiser(appraiser, roundId, unitId);
        AssessmentState state = assessments.lockedState(roundId, unitId);
        if (state != AssessmentState.SUBMITTED && state != AssessmentState.IN_APPRAISAL
                && state != AssessmentState.EXPLAINED) {
            throw new Rejected("assessment.wrongState", state.name());
        }
        LocalDate today = TimeZones.today(clock);
        LocalDate due = explanationDue != null ? explanationDue : today.plusDays(DEFAULT_EXPLANATION_DAYS);
        if (due.isBefore(today)) {
            throw new Rejected("assessment.explanationDue.past");
        }
        store.sentToUnit(roundId, unitId, due);
        audit.record(appraiser.username(), unitId, "assessment-sent-to-unit", roundId, due.toString());
        workflow.sentToUnit(roundId, unitId, due);
    }

    /** The unit's explanation (giải trình) of one adjusted sub-criterion, before the explanation deadline. */
    @Transactional
    public SubCriterionValue explain(Actor officer, String roundId, String unitId, String code, String text) {
        String why = SelfAssessments.requiredText(text, "assessment.explanation.required",
                "assessment.explanation.tooLong");
        access.round(roundId);
        access.requireOwn(officer, Role.PROVINCIAL_OFFICER, roundId, unitId);
        requireExplaining(roundId, unitId);
        assessments.subCriterion(roundId, unitId, code);
        SubCriterionValue current = store.value(roundId, unitId, code).orElseThrow();
        if (!current.adjusted()) {
            throw new Rejected("assessment.notAdjusted", code);
        }
        store.saveExplanation(roundId, unitId, code, why);
        store.record(roundId, unitId, code, ValueKind.EXPLAINED, null, null, why, officer.username(),
                officer.displayName(), clock.instant());
        audit.record(officer.username(), unitId, "assessment-explained", roundId + ":" + code, null);
        return store.value(roundId, unitId, code).orElseThrow();
    }

    /** The unit is done explaining: the appraisers set the final values. */
    @Transactional
    public void explanationsDone(Actor officer, String roundId, String unitId) {
        access.round(roundId);
        access.requireOwn(officer, Role.PROVINCIAL_OFFICER, roundId, unitId);
        requireExplaining(roundId, unitId);
        store.state(roundId, unitId, AssessmentState.EXPLAINED);
        audit.record(officer.username(), unitId, "assessment-explanations-done", roundId, null);
        workflow.explained(roundId, unitId);
    }

    /** The explanation deadline passed without the unit saying it was done: the process closes the explanation. */
    @Transactional
    public void explanationClosed(String roundId, String unitId) {
        if (store.lockState(roundId, unitId).orElse(null) == AssessmentState.APPRAISED_SENT) {
            store.state(roundId, unitId, AssessmentState.EXPLAINED);
            audit.record("system", unitId, "assessment-explanation-closed", roundId, null);
        }
    }

    /** A final value for one sub-criterion; a reason is required when it differs from the appraised one. */
    @Transactional
    public SubCriterionValue setFinal(Actor appraiser, String roundId, String unitId, String code, SelfScore answer,
                                      String reason) {
        String why = SelfAssessments.optionalText(reason, "assessment.reason.tooLong");
        access.round(roundId);
        access.requireAppraiser(appraiser, roundId, unitId);
        AssessmentState state = assessments.lockedState(roundId, unitId);
        if (state != AssessmentState.EXPLAINED) {
            throw new Rejected("assessment.wrongState", state.name());
        }
        SubCriterion sub = scored(roundId, unitId, code, answer);
        BigDecimal points = SelfAssessments.points(sub, answer);
        SubCriterionValue current = store.value(roundId, unitId, code).orElseThrow();
        BigDecimal appraised = current.appraisedOrSelf();
        if (why == null && (appraised == null || appraised.compareTo(points) != 0)) {
            throw new Rejected("assessment.reason.required", code);
        }
        store.saveFinal(roundId, unitId, code, points, why);
        store.record(roundId, unitId, code, ValueKind.FINAL, points, Answers.write(answer), why,
                appraiser.username(), appraiser.displayName(), clock.instant());
        audit.record(appraiser.username(), unitId, "assessment-final-set", roundId + ":" + code,
                points.toPlainString());
        return store.value(roundId, unitId, code).orElseThrow();
    }

    /**
     * Finalises: a sub-criterion without a final value keeps its appraised one (or the unit's own), recorded as its
     * final value so the history shows where every counted point came from.
     */
    @Transactional
    public void finalise(Actor appraiser, String roundId, String unitId) {
        access.round(roundId);
        access.requireAppraiser(appraiser, roundId, unitId);
        AssessmentState state = assessments.lockedState(roundId, unitId);
        if (state != AssessmentState.EXPLAINED) {
            throw new Rejected("assessment.wrongState", state.name());
        }
        Instant now = clock.instant();
        for (SubCriterionValue value : store.values(roundId, unitId).values()) {
            if (value.finalPoints() == null && value.appraisedOrSelf() != null) {
                store.saveFinal(roundId, unitId, value.code(), value.appraisedOrSelf(), null);
                store.record(roundId, unitId, value.code(), ValueKind.FINAL, value.appraisedOrSelf(),
                        Answers.write(value.appraisedAnswer() != null ? value.appraisedAnswer() : value.answer()),
                        null, appraiser.username(), appraiser.displayName(), now);
            }
        }
        store.state(roundId, unitId, AssessmentState.FINAL);
        audit.record(appraiser.username(), unitId, "assessment-finalised", roundId, null);
        workflow.finalised(roundId, unitId);
    }

    private void requireExplaining(String roundId, String unitId) {
        AssessmentState state = assessments.lockedState(roundId, unitId);
        if (state != AssessmentState.APPRAISED_SENT) {
            throw new Rejected("assessment.wrongState", state.name());
        }
        LocalDate due = store.header(roundId, unitId).orElseThrow().explanationDue();
        if (due != null && TimeZones.today(clock).isAfter(due)) {
            throw new Rejected("assessment.explanationDue.passed",
                    due.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
    }

    private SubCriterion scored(String roundId, String unitId, String code, SelfScore answer) {
        SubCriterion sub = assessments.subCriterion(roundId, unitId, code);
        SelfAssessments.bounded(code, answer);
        if (!sub.selfScored()) {
            throw new Rejected("assessment.surveyAssessed", code);
        }
        return sub;
    }
}
