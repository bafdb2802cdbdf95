package vn.thuocdo.compilation.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.compilation.CompilationWorkflow;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link CompilationWorkflow} on Camunda: the coordinator's review task of the round's CompilationProcess. */
@Component
class CamundaCompilationWorkflow implements CompilationWorkflow {

    private final TaskService tasks;

    CamundaCompilationWorkflow(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<String> reviewTask(String roundId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CompilationVariables.businessKey(roundId))
                .processDefinitionKey(CompilationVariables.PROCESS_KEY)
                .taskDefinitionKey(CompilationVariables.REVIEW_TASK).list().stream().map(Task::getId).findFirst();
    }

    @Override
    public void recompute(String taskId, String reason, String username, String displayName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CompilationVariables.DECISION, CompilationVariables.RECOMPUTE);
        variables.put(CompilationVariables.REASON, reason);
        variables.put(CompilationVariables.REQUESTED_BY, username);
        variables.put(CompilationVariables.REQUESTED_BY_NAME, displayName);
        tasks.complete(taskId, variables);
    }

    @Override
    public void handedToCouncil(String taskId) {
        tasks.complete(taskId, Map.of(CompilationVariables.DECISION, CompilationVariables.READY));
    }
}
