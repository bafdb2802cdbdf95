package vn.thuocdo.survey.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.ReviewDecision;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.survey.SurveyWorkflow;

import java.util.Map;
import java.util.Optional;

/** {@link SurveyWorkflow} on Camunda: task completion with the decision, and the redraw message. */
@Component
class CamundaSurveyWorkflow implements SurveyWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CamundaSurveyWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void drawn(String taskId) {
        tasks.complete(taskId);
    }

    @Override
    public void reviewed(String taskId, ReviewDecision decision) {
        tasks.complete(taskId, Map.of(SurveyVariables.REVIEW_DECISION, decision.name()));
    }

    @Override
    public void redrawnAfterApproval(String roundId) {
        // Only the collection (fieldwork and the online survey) waits for the message: anywhere else the correlation finds nobody and is refused.
        if (runtime.createMessageCorrelation(SurveyVariables.SAMPLE_REDRAWN)
                .processInstanceBusinessKey(SurveyVariables.businessKey(roundId))
                .correlateAllWithResult().isEmpty()) {
            throw new Rejected("survey.notInFieldwork");
        }
    }

    @Override
    public Optional<String> waitingTask(String roundId, String formKey) {
        String key = switch (formKey) {
            case SurveyForms.DESIGN -> SurveyVariables.CHOOSE_TASK;
            case SurveyForms.REVIEW -> SurveyVariables.REVIEW_TASK;
            case SurveyForms.FIELDWORK -> SurveyVariables.FIELDWORK_TASK;
            default -> throw new IllegalArgumentException(formKey);
        };
        return tasks.createTaskQuery().processInstanceBusinessKey(SurveyVariables.businessKey(roundId))
                .processDefinitionKey(SurveyVariables.PROCESS_KEY).taskDefinitionKey(key).list().stream()
                .map(Task::getId).findFirst();
    }
}
