package vn.thuocdo.council.process;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.thuocdo.council.CouncilSessions;
import vn.thuocdo.council.Outcome;
import vn.thuocdo.council.Tally;

import java.util.Map;

/**
 * The council rule, {@code CouncilDecision.dmn}, wherever the process asks it: the vote's completion condition
 * (stop as soon as the rule decides) and {@code Task_CountVotes}. One table, so the early stop and the final
 * decision can never disagree.
 */
@Component("councilRule")
public class CouncilRule {

    private final DecisionService decisions;
    private final CouncilSessions sessions;

    CouncilRule(DecisionService decisions, CouncilSessions sessions) {
        this.decisions = decisions;
        this.sessions = sessions;
    }

    /** The multi-instance completion condition: true once the votes so far decide, whatever the others vote. */
    public boolean decides(String sessionId) {
        return outcome(sessions.tally(sessionId), false) != Outcome.UNDECIDED;
    }

    public Outcome outcome(Tally tally, boolean deadlinePassed) {
        Map<String, Object> inputs = inputs(tally, deadlinePassed);
        String result = decisions.evaluateDecisionTableByKey(CouncilVariables.DECISION_KEY, inputs)
                .getSingleResult().getSingleEntry();
        return Outcome.valueOf(result);
    }

    static Map<String, Object> inputs(Tally tally, boolean deadlinePassed) {
        return Variables.createVariables().putValue(CouncilVariables.MEMBERS, tally.members())
                .putValue(CouncilVariables.VOTES_CAST, tally.votesCast())
                .putValue(CouncilVariables.APPROVALS, tally.approvals())
                .putValue(CouncilVariables.SEND_BACKS, tally.sendBacks())
                .putValue(CouncilVariables.DEADLINE_PASSED, deadlinePassed);
    }
}
