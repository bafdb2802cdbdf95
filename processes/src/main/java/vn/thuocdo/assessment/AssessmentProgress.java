package vn.thuocdo.assessment;

import org.springframework.stereotype.Component;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.StageProgress;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.shared.Rejected;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The assessment stage's column on the round dashboard and in the progress workbook: per unit that opened its
 * self-assessment, where it stands ({@code stage.assessment.state.<name>}) and, while the unit scores, how many of
 * its self-scored sub-criteria have a score.
 */
@Component
class AssessmentProgress implements StageProgress {

    /** The dashboard's finer steps of {@link AssessmentState}. */
    enum State {
        SELF_ASSESSING, AWAITING_SIGN_OFF, SIGNED_OFF, SUBMITTED, IN_APPRAISAL, REAPPRAISAL, AWAITING_EXPLANATION,
        EXPLAINED, FINAL
    }

    private final AssessmentOverviewStore overview;
    private final AssessmentStore store;
    private final ScorecardLibrary scorecards;
    private final AssessmentWorkflow workflow;

    AssessmentProgress(AssessmentOverviewStore overview, AssessmentStore store, ScorecardLibrary scorecards,
                       AssessmentWorkflow workflow) {
        this.overview = overview;
        this.store = store;
        this.scorecards = scorecards;
        this.workflow = workflow;
    }

    @Override
    public String stage() {
        return AssessmentStage.KEY;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Map<String, StageStatus> statusByUnit(String roundId) {
        Map<String, StageStatus> statuses = new LinkedHashMap<>();
        Map<String, Long> selfScored = new HashMap<>();
        LocalDate due = store.assessmentDue(roundId).orElse(null);
        for (AssessmentOverviewStore.Row row : overview.rows(roundId)) {
            State state = state(row);
            StageStatus.Progress scored = null;
            if (state == State.SELF_ASSESSING) {
                long target = selfScored.computeIfAbsent(row.scorecardId(), id -> scorecards.find(id)
                        .map(Scorecard::subCriteria).map(subs -> subs.stream().filter(SubCriterion::selfScored).count())
                        .orElse(0L));
                scored = new StageStatus.Progress(Math.min(row.scored(), target), target);
            }
            boolean unitActs = !row.state().submitted() || state == State.AWAITING_EXPLANATION;
            LocalDate unitDue = state == State.AWAITING_EXPLANATION ? row.explanationDue() : due;
            boolean late = row.submittedAt() != null && due != null
                    && row.submittedAt().atZone(vn.thuocdo.shared.TimeZones.VIETNAM).toLocalDate().isAfter(due);
            statuses.put(row.unitId(), new StageStatus(state.name(), tone(state), unitActs, unitDue,
                    state == State.SUBMITTED ? row.submittedAt() : null, late, scored));
        }
        return statuses;
    }

    static State state(AssessmentOverviewStore.Row row) {
        return switch (row.state()) {
            case DRAFT -> row.handedToLeaderAt() != null ? State.AWAITING_SIGN_OFF : State.SELF_ASSESSING;
            case SIGNED_OFF -> State.SIGNED_OFF;
            case SUBMITTED -> State.SUBMITTED;
            case IN_APPRAISAL -> row.reopenedAt() != null ? State.REAPPRAISAL : State.IN_APPRAISAL;
            case APPRAISED_SENT -> State.AWAITING_EXPLANATION;
            case EXPLAINED -> State.EXPLAINED;
            case FINAL -> State.FINAL;
        };
    }

    private static StageStatus.Tone tone(State state) {
        return switch (state) {
            case SELF_ASSESSING, AWAITING_SIGN_OFF, SIGNED_OFF -> StageStatus.Tone.NEUTRAL;
            case SUBMITTED, IN_APPRAISAL, EXPLAINED -> StageStatus.Tone.INFO;
            case REAPPRAISAL, AWAITING_EXPLANATION -> StageStatus.Tone.WARNING;
            case FINAL -> StageStatus.Tone.SUCCESS;
        };
    }

    /** The submission deadline is the stage's, for every unit: it is moved on the round's schedule. */
    @Override
    public void extend(String roundId, String unitId, LocalDate newDue, String reason, Actor actor) {
        throw new Rejected("assessment.deadlineIsTheRounds");
    }

    /**
     * A unit withdrawn from the round keeps its self-assessment as it stands (the values are evidence); whatever of
     * its process still waits ends, so no officer, leader or appraiser keeps a task for it and the stage does not
     * wait for it. The round records who withdrew it and why.
     */
    @Override
    public void withdraw(String roundId, String unitId, String reason, Actor actor) {
        workflow.withdrawn(roundId, unitId);
    }
}
