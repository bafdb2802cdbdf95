package vn.thuocdo.council.process;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.thuocdo.council.Tally;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CouncilDecision.dmn} evaluated on its own, the way the process evaluates it, one case per rule row and its
 * boundaries: exactly half is never a majority, a missed quorum decides nothing, an early decision only when the
 * remaining votes cannot change it.
 */
class CouncilDecisionTest {

    private final List<String> matched = new ArrayList<>();
    private final DmnEngine engine;
    private final DmnDecision decision;

    CouncilDecisionTest() {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DefaultDmnEngineConfiguration
                .createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
            @Override
            public void notify(DmnDecisionTableEvaluationEvent event) {
                event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
            }
        }));
        engine = configuration.buildEngine();
        try (InputStream dmn = getClass().getResourceAsStream("/bpmn/council/CouncilDecision.dmn")) {
            decision = engine.parseDecision(CouncilVariables.DECISION_KEY, dmn);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0} members, {1} votes ({2} approve, {3} send back), deadline passed {4}: {5} by {6}")
    @CsvSource({
            // More than half of all members approve: decided at once, whatever the rest would vote.
            "5, 3, 3, 0, false, APPROVED, Rule_MajorityOfMembersApproves",
            "1, 1, 1, 0, false, APPROVED, Rule_MajorityOfMembersApproves",
            "3, 2, 2, 0, false, APPROVED, Rule_MajorityOfMembersApproves",
            // Exactly half of the members approving is not a majority of them: the vote goes on.
            "4, 2, 2, 0, false, UNDECIDED, Rule_Undecided",
            // Quorum reached and at least half of all members sent back: approvals can no longer be a majority.
            "5, 3, 0, 3, false, SENT_BACK, Rule_HalfOfMembersSendBack",
            "4, 3, 1, 2, false, SENT_BACK, Rule_HalfOfMembersSendBack",
            // Half of the members sent back but no quorum yet (4 members, 2 voted): the vote goes on.
            "4, 2, 0, 2, false, UNDECIDED, Rule_Undecided",
            // Everyone voted: approvals above half of the votes cast approve, otherwise sent back.
            "3, 3, 2, 1, false, APPROVED, Rule_MajorityOfMembersApproves",
            "5, 5, 3, 2, false, APPROVED, Rule_MajorityOfMembersApproves",
            "2, 2, 1, 1, false, SENT_BACK, Rule_HalfOfMembersSendBack",
            // The deadline passed with a quorum: decided on the votes cast; exactly half is not more than half.
            "5, 3, 2, 1, true, APPROVED, Rule_ClosedMajorityApproves",
            "6, 4, 2, 2, true, SENT_BACK, Rule_ClosedOtherwiseSentBack",
            "7, 4, 2, 2, true, SENT_BACK, Rule_ClosedOtherwiseSentBack",
            "5, 3, 1, 2, true, SENT_BACK, Rule_ClosedOtherwiseSentBack",
            // The deadline passed without a quorum (exactly half voted, or fewer): undecided, a new session.
            "4, 2, 1, 1, true, UNDECIDED, Rule_Undecided",
            "5, 2, 2, 0, true, UNDECIDED, Rule_Undecided",
            "3, 0, 0, 0, true, UNDECIDED, Rule_Undecided",
            // Still voting, no majority either way yet.
            "5, 3, 2, 1, false, UNDECIDED, Rule_Undecided",
            "3, 1, 1, 0, false, UNDECIDED, Rule_Undecided"
    })
    void theTableDecidesEachCaseByItsRow(int members, int votesCast, int approvals, int sendBacks,
                                         boolean deadlinePassed, String outcome, String rule) {
        String result = engine.evaluateDecisionTable(decision, CouncilRule.inputs(
                new Tally(members, votesCast, approvals, sendBacks), deadlinePassed)).getSingleResult().getSingleEntry();
        assertThat(result).isEqualTo(outcome);
        assertThat(matched).as("the first matching row decides (hit policy FIRST)").first().isEqualTo(rule);
    }
}
