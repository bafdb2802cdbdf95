package vn.thuocdo.council.process;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.Round;

import java.util.Date;
import java.util.Map;

/**
 * Starts a round's {@code CouncilApprovalProcess} the way the round's call activity starts it, for tests that do not
 * walk the stages before the council. Here, in a {@code process} package, since it speaks to the engine.
 */
@Component
public class CouncilStageStart {

    private final RuntimeService runtime;

    CouncilStageStart(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void start(Round round, Date councilDue) {
        runtime.startProcessInstanceByKey(CouncilVariables.PROCESS_KEY, CouncilVariables.businessKey(round.id()),
                Map.of(CouncilVariables.ROUND_ID, round.id(), CouncilVariables.ORGANISER_UNIT_ID,
                        round.organiserUnitId(), CouncilVariables.COUNCIL_DUE, councilDue));
    }
}
