package vn.thuocdo.council.process;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.council.CouncilWorkflow;
import vn.thuocdo.shared.Rejected;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/** {@link CouncilWorkflow} on Camunda: the coordinator's session task and the members' vote tasks. */
@Component
class CamundaCouncilWorkflow implements CouncilWorkflow {

    private final TaskService tasks;

    CamundaCouncilWorkflow(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<String> waitingForSession(String roundId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(CouncilVariables.businessKey(roundId))
                .processDefinitionKey(CouncilVariables.PROCESS_KEY)
                .taskDefinitionKey(CouncilVariables.OPEN_SESSION_TASK).list().stream().map(Task::getId).findFirst();
    }

    @Override
    public void opened(String taskId, String sessionId, Instant closesAt) {
        tasks.complete(taskId, Map.of(CouncilVariables.SESSION_ID, sessionId,
                CouncilVariables.SESSION_CLOSES_AT, Date.from(closesAt),
                CouncilVariables.DEADLINE_PASSED, false));
    }

    @Override
    public boolean voted(String roundId, String username) {
        Optional<Task> task = tasks.createTaskQuery().processInstanceBusinessKey(CouncilVariables.businessKey(roundId))
                .processDefinitionKey(CouncilVariables.PROCESS_KEY).taskDefinitionKey(CouncilVariables.VOTE_TASK)
                .taskAssignee(username).list().stream().findFirst();
        try {
            task.ifPresent(t -> tasks.complete(t.getId()));
        } catch (OptimisticLockingException votedAtTheSameMoment) {
            // Two members' votes finished the same multi-instance at once: this one rolls back, to be sent again.
            throw new Rejected("council.tryAgain");
        }
        return task.isPresent();
    }
}
