package vn.thuocdo.survey;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.StageProgress;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.survey.progress.OnlineProgress;
import vn.thuocdo.survey.response.SurveyWindow;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The survey stage's column on the round dashboard and in the progress workbook. The sample is the round's, so
 * every province with an approved frame shows where the round's sample stands, and whether it is in it.
 */
@Component
class SurveyProgress implements StageProgress {

    static final String STAGE = "survey";

    /** The survey's states as the dashboard shows them ({@code stage.survey.state.<name>}). */
    enum State { AWAITING_SAMPLE, SAMPLE_DRAWN, SAMPLE_APPROVED, NOT_IN_SAMPLE, SURVEY_OPEN, SURVEY_CLOSED }

    private final SampleStore store;
    private final SamplingRequests requests;
    private final OnlineProgress online;
    private final SurveyWindow window;
    private final Clock clock;

    // Lazy: OnlineProgress reads rounds through Rounds, which gathers this column.
    SurveyProgress(SampleStore store, SamplingRequests requests, @Lazy OnlineProgress online, SurveyWindow window,
                   Clock clock) {
        this.store = store;
        this.requests = requests;
        this.online = online;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public String stage() {
        return STAGE;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Map<String, StageStatus> statusByUnit(String roundId) {
        Map<String, StageStatus> statuses = new LinkedHashMap<>();
        if (store.plan(roundId).isEmpty() && store.versions(roundId).isEmpty()) {
            return statuses;
        }
        Optional<SampleVersion> approved = store.inState(roundId, SampleState.APPROVED);
        Optional<SampleVersion> draft = store.inState(roundId, SampleState.DRAFT);
        List<String> sampled = approved.or(() -> draft)
                .map(v -> store.provinces(v.id())).orElse(List.of());
        // Once the online survey is open, the approved sample's provinces show responses against their target.
        Map<String, StageStatus.Progress> progress = online.byUnit(roundId);
        State collecting = window.of(roundId).map(w -> w.openAt(clock.instant()) ? State.SURVEY_OPEN
                : w.closedAt() != null || !clock.instant().isBefore(w.closesAt()) ? State.SURVEY_CLOSED : null)
                .orElse(null);
        for (SamplingRequest frame : requests.forRound(roundId)) {
            if (frame.state() != SamplingState.APPROVED) {
                continue;
            }
            State state = approved.isPresent() ? State.SAMPLE_APPROVED
                    : draft.isPresent() ? State.SAMPLE_DRAWN : State.AWAITING_SAMPLE;
            if ((approved.isPresent() || draft.isPresent()) && !sampled.contains(frame.unitId())) {
                state = State.NOT_IN_SAMPLE;
            }
            StageStatus.Progress answered = progress.get(frame.unitId());
            if (collecting != null && answered != null && state == State.SAMPLE_APPROVED) {
                state = collecting;
            }
            statuses.put(frame.unitId(), new StageStatus(state.name(), tone(state), false, null, null, false,
                    state == State.SURVEY_OPEN || state == State.SURVEY_CLOSED ? answered : null));
        }
        return statuses;
    }

    private static StageStatus.Tone tone(State state) {
        return switch (state) {
            case AWAITING_SAMPLE, NOT_IN_SAMPLE -> StageStatus.Tone.NEUTRAL;
            case SAMPLE_DRAWN, SURVEY_OPEN -> StageStatus.Tone.INFO;
            case SAMPLE_APPROVED, SURVEY_CLOSED -> StageStatus.Tone.SUCCESS;
        };
    }

    /** The survey's deadline is the stage's, for the whole round: it is moved on the schedule, not per province. */
    @Override
    public void extend(String roundId, String unitId, LocalDate newDue, String reason, Actor actor) {
        throw new vn.thuocdo.shared.Rejected("survey.deadlineIsTheRounds");
    }

    /**
     * Nothing to stop: the survey asks nothing of a province. A withdrawn province's frame is no longer approved,
     * so a later draw leaves it out; a sample already approved keeps it, as approval froze it.
     */
    @Override
    public void withdraw(String roundId, String unitId, String reason, Actor actor) {
    }
}
