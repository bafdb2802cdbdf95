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
    static final String EXTENDED = "DeadlineExtended";
    static final String SUBMIT_TASK = "Task_SubmitSamplingInfo";
    static final String REVIEW_TASK = "Task_ReviewSamplingInfo";

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
                .taskDefinitionKey(SUBMIT_TASK).list()) {
            task.setDueDate(due);
            tasks.saveTask(task);
        }
        // The deadline watch restarts and reads the new dates, so a reminder or an escalation that has already
        // fired comes again at the new date. Nothing waits for the message while the unit is not awaited (in
        // review): the variables are then what a returned task's new watch reads.
        if (runtime.createMessageCorrelation(EXTENDED).processInstanceId(instance.getId())
                .correlateAllWithResult().isEmpty()) {
            moveBoundaryTimers(instance.getId(), due, remindAt);
        }
    }

    /**
     * Instances started before the deadline watch had the timers on the task itself: only those not yet fired can
     * move. Kept for rounds launched on that version until they end.
     */
    private void moveBoundaryTimers(String instanceId, Date due, Date remindAt) {
        for (Job timer : management.createJobQuery().processInstanceId(instanceId).timers().list()) {
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
    public java.util.Optional<String> waitingTask(String roundId, String unitId, String formKey) {
        String key = switch (formKey) {
            case vn.thuocdo.sampling.SamplingForms.SUBMIT -> SUBMIT_TASK;
            case vn.thuocdo.sampling.SamplingForms.REVIEW -> REVIEW_TASK;
            default -> throw new IllegalArgumentException(formKey);
        };
        return tasks.createTaskQuery().processInstanceBusinessKey(roundId + ":" + unitId)
                .processDefinitionKey(SamplingRequestVariables.PROCESS_KEY).taskDefinitionKey(key).list().stream()
                .map(Task::getId).findFirst();
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
