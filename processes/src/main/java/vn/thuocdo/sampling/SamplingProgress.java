package vn.thuocdo.sampling;

import org.springframework.stereotype.Component;
import vn.thuocdo.round.StageProgress;
import vn.thuocdo.round.StageStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/** The sampling stage's column on the round dashboard. */
@Component
class SamplingProgress implements StageProgress {

    static final String STAGE = "sampling";

    private final SamplingRequestStore store;
    private final SamplingRequests requests;

    SamplingProgress(SamplingRequestStore store, SamplingRequests requests) {
        this.store = store;
        this.requests = requests;
    }

    @Override
    public void extend(String roundId, String unitId, java.time.LocalDate newDue, String reason,
                       vn.thuocdo.identity.Actor actor) {
        requests.extend(roundId, unitId, newDue, reason, actor);
    }

    @Override
    public void withdraw(String roundId, String unitId, String reason, vn.thuocdo.identity.Actor actor) {
        requests.withdraw(roundId, unitId, reason, actor);
    }

    @Override
    public String stage() {
        return STAGE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<String, StageStatus> statusByUnit(String roundId) {
        Map<String, StageStatus> statuses = new LinkedHashMap<>();
        for (SamplingRequest r : store.forRound(roundId)) {
            statuses.put(r.unitId(), new StageStatus(r.state().name(), tone(r.state()),
                    r.state() == SamplingState.REQUESTED || r.state() == SamplingState.RETURNED,
                    r.due(), r.submittedAt(), r.submittedLate()));
        }
        return statuses;
    }

    private static StageStatus.Tone tone(SamplingState state) {
        return switch (state) {
            case REQUESTED -> StageStatus.Tone.NEUTRAL;
            case SUBMITTED -> StageStatus.Tone.INFO;
            case RETURNED -> StageStatus.Tone.WARNING;
            case APPROVED -> StageStatus.Tone.SUCCESS;
            case WITHDRAWN -> StageStatus.Tone.NEUTRAL;
        };
    }
}
