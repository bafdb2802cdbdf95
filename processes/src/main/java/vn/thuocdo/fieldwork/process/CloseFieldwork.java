package vn.thuocdo.fieldwork.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Glue for {@code Task_CloseFieldwork} of {@code SurveyProcess}: the coordinator closed the fieldwork phase, so
 * every enumerator's interviewing task of the round ends. Their interviews' reviews go on.
 */
@Component("closeFieldwork")
class CloseFieldwork implements JavaDelegate {

    private final RuntimeService runtime;

    CloseFieldwork(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String roundId = (String) execution.getVariable(FieldworkVariables.ROUND_ID);
        runtime.createProcessInstanceQuery().processDefinitionKey(FieldworkVariables.PROCESS_KEY)
                .variableValueEquals(FieldworkVariables.ROUND_ID, roundId).list().forEach(instance -> {
                    runtime.setVariable(instance.getId(), FieldworkVariables.FIELDWORK_CLOSED, true);
                    runtime.createMessageCorrelation(FieldworkVariables.FIELDWORK_CLOSED_MESSAGE)
                            .processInstanceId(instance.getId()).correlateAll();
                });
    }
}
