package vn.thuocdo.council.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.council.CouncilSessions;
import vn.thuocdo.council.Outcome;

/** Glue for {@code Task_RecordDecision}: the rule's outcome onto the session (and the send-back event). */
@Component("recordCouncilDecision")
class RecordCouncilDecision implements JavaDelegate {

    private final CouncilSessions sessions;

    RecordCouncilDecision(CouncilSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        sessions.decided((String) execution.getVariable(CouncilVariables.SESSION_ID),
                Outcome.valueOf((String) execution.getVariable(CouncilVariables.OUTCOME)));
    }
}
