package vn.thuocdo.sampling.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.sampling.SamplingWorkflow;

import java.util.Date;

/** {@link SamplingWorkflow} on Camunda: task due date, timer jobs and the variables a returned task re-reads. */
@Component
class CamundaSamplingWorkflow implements SamplingWorkflow {

    static final String WITHDRAWN = "UnitWithdrawn";
    static final String SUBMITTED = "SamplingSubmitted";

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    CamundaSamplingWorkflow(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    @Override
    public void reschedule(String roundId, String unitId, Date due, Date remindAt) {
        ProcessInstance instance = instance(roundId, unitId);
        runtime.setVariable(instance.getId(), SamplingRequestVariables.SAMPLING_DUE, due);
        runtime.setVariable(instance.getId(), SamplingRequestVariables.SAMPLING_REMINDER_AT, remindAt);
        for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey("Task_SubmitSamplingInfo").list()) {
            task.setDueDate(due);
            tasks.saveTask(task);
        }
        for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
            String activity = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                    .singleResult().getActivityId();
            if ("Timer_SamplingDue".equals(activity)) {
                management.setJobDuedate(timer.getId(), due);
            } else if ("Timer_SamplingReminder".equals(activity)) {
                management.setJobDuedate(timer.getId(), remindAt);
            }
        }
    }

    @Override
    public void submitted(String roundId, String unitId) {
        // By business key, not task id: a submission through the API knows the round and the unit, not the task.
        try {
            runtime.createMessageCorrelation(SUBMITTED)
                    .processInstanceBusinessKey(roundId + ":" + unitId).correlateWithResult();
        } catch (org.camunda.bpm.engine.MismatchingMessageCorrelationException notWaiting) {
            throw new vn.thuocdo.shared.Rejected("sampling.notAwaitingSubmission");
        }
    }

    @Override
    public void withdraw(String roundId, String unitId) {
        runtime.createMessageCorrelation(WITHDRAWN).processInstanceId(instance(roundId, unitId).getId()).correlate();
    }

    private ProcessInstance instance(String roundId, String unitId) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(SamplingRequestVariables.PROCESS_KEY)
                .processInstanceBusinessKey(roundId + ":" + unitId).singleResult();
        if (instance == null) {
            throw new vn.thuocdo.shared.Rejected("sampling.notRunning");
        }
        return instance;
    }
}
