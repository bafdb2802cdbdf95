package vn.thuocdo.round.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.Rounds;

/** Glue for {@code Task_CompleteRound}: every stage is done. */
@Component("completeRound")
class CompleteRound implements JavaDelegate {

    private final Rounds rounds;

    CompleteRound(@Lazy Rounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.completed((String) execution.getVariable(EvaluationRoundVariables.ROUND_ID));
    }
}
