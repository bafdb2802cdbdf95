package vn.thuocdo.council.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.council.CouncilSessions;
import vn.thuocdo.council.Tally;

/** Glue for {@code Task_CountVotes}: the session's count as the rule's inputs, for {@code Task_ApplyCouncilRule}. */
@Component("countCouncilVotes")
class CountCouncilVotes implements JavaDelegate {

    private final CouncilSessions sessions;

    CountCouncilVotes(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Tally tally = sessions.tally((String) execution.getVariable(CouncilVariables.SESSION_ID));
        execution.setVariables(CouncilRule.inputs(tally,
                Boolean.TRUE.equals(execution.getVariable(CouncilVariables.DEADLINE_PASSED))));
    }
}
