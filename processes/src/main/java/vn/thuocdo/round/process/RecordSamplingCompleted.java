package vn.thuocdo.round.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.Rounds;

/** Glue for {@code Task_RecordSamplingCompleted}. */
@Component("recordSamplingCompleted")
class RecordSamplingCompleted implements JavaDelegate {

    private final Rounds rounds;

    RecordSamplingCompleted(@org.springframework.context.annotation.Lazy Rounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        rounds.samplingCompleted((String) execution.getVariable(EvaluationRoundVariables.ROUND_ID));
    }
}
