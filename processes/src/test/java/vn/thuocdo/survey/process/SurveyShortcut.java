package vn.thuocdo.survey.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.survey.ReviewDecision;

import java.util.Map;

/**
 * For tests of the stages after the survey, which launch rounds without frames to draw from: takes the round's
 * SurveyProcess past choosing and reviewing to its fieldwork task, through the engine, without a sample. The
 * survey's own tests never use it; they draw and approve through {@link vn.thuocdo.survey.Samples}.
 */
@Component
public class SurveyShortcut {

    private final TaskService tasks;

    SurveyShortcut(TaskService tasks) {
        this.tasks = tasks;
    }

    public void toFieldwork(String roundId) {
        complete(roundId, SurveyVariables.CHOOSE_TASK, Map.of());
        complete(roundId, SurveyVariables.REVIEW_TASK, Map.of(SurveyVariables.REVIEW_DECISION,
                ReviewDecision.APPROVE.name()));
    }

    private void complete(String roundId, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(SurveyVariables.businessKey(roundId))
                .taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("The survey of round " + roundId + " has no task " + taskKey);
        }
        tasks.complete(task.getId(), variables);
    }
}
