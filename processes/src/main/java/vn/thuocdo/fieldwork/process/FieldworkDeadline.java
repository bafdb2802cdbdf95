package vn.thuocdo.fieldwork.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.fieldwork.FieldworkFollowUp;
import vn.thuocdo.round.StageRescheduled;

import java.util.Date;

/**
 * The survey stage's deadline moved: every enumerator's process of the round follows it, in the same transaction
 * (its variables, the interviewing and fixing tasks' due dates, the reminder and overdue timers not yet fired).
 * A timer that has fired stays fired: the notice it gave named the old date, and the new one is in the inbox.
 */
@Component
class FieldworkDeadline {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final FieldworkFollowUp followUp;

    FieldworkDeadline(RuntimeService runtime, TaskService tasks, ManagementService management,
                      FieldworkFollowUp followUp) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.followUp = followUp;
    }

    @EventListener
    void moved(StageRescheduled rescheduled) {
        if (!rescheduled.stage().process().equals("SurveyProcess")) {
            return;
        }
        String roundId = rescheduled.roundId();
        Date due = vn.thuocdo.shared.TimeZones.endOf(rescheduled.due());
        Date remindAt = followUp.reminderAt(roundId, due);
        for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                .processDefinitionKey(FieldworkVariables.PROCESS_KEY)
                .variableValueEquals(FieldworkVariables.ROUND_ID, roundId).list()) {
            runtime.setVariable(instance.getId(), FieldworkVariables.FIELDWORK_DUE, due);
            runtime.setVariable(instance.getId(), FieldworkVariables.FIELDWORK_REMINDER_AT, remindAt);
            for (Task task : tasks.createTaskQuery().processInstanceId(instance.getId())
                    .taskDefinitionKeyIn(FieldworkVariables.INTERVIEW_TASK, FieldworkVariables.FIX_TASK).list()) {
                task.setDueDate(due);
                tasks.saveTask(task);
            }
            for (Job timer : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                String activity = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                        .singleResult().getActivityId();
                if (FieldworkVariables.DUE_TIMER.equals(activity)) {
                    management.setJobDuedate(timer.getId(), due);
                } else if (FieldworkVariables.REMINDER_TIMER.equals(activity)) {
                    management.setJobDuedate(timer.getId(), remindAt);
                }
            }
        }
    }
}
