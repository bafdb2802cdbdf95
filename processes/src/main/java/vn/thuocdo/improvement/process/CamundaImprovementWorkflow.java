package vn.thuocdo.improvement.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.improvement.ImprovementWorkflow;

import java.util.Map;

import static vn.thuocdo.improvement.process.ImprovementPlanVariables.*;

/**
 * {@link ImprovementWorkflow} on Camunda: one process instance per plan version (business key: the plan's id), its
 * waiting task completed with the decision once the capability has saved it, in the same transaction.
 */
@Component
class CamundaImprovementWorkflow implements ImprovementWorkflow {

    private final RuntimeService runtime;
    private final TaskService tasks;

    CamundaImprovementWorkflow(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    @Override
    public void started(String planId, String roundId, String unitId) {
        runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(planId).setVariable(PLAN_ID, planId)
                .setVariable(ROUND_ID, roundId).setVariable(UNIT_ID, unitId).execute();
    }

    @Override
    public void submitted(String planId) {
        complete(planId, DRAFT_TASK, Map.of());
    }

    @Override
    public void returned(String planId) {
        complete(planId, SIGN_OFF_TASK, Map.of(SIGNED_OFF, false));
    }

    @Override
    public void signedOff(String planId) {
        complete(planId, SIGN_OFF_TASK, Map.of(SIGNED_OFF, true));
    }

    private void complete(String planId, String taskKey, Map<String, Object> variables) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(planId).active().singleResult();
        if (instance == null) {
            return;
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
                .list()) {
            tasks.complete(task.getId(), variables);
        }
    }
}
