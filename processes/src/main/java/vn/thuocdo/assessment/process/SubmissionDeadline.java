package vn.thuocdo.assessment.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.StageRescheduled;
import vn.thuocdo.shared.TimeZones;

import java.util.Date;

import static vn.thuocdo.assessment.process.SelfAssessmentVariables.*;

/**
 * The assessment stage's deadline moved: every unit still self-assessing follows - its tasks' due dates, and its
 * reminder and escalation timers not yet fired - in the same transaction. The round reaches only the stage's own
 * process; the units' processes are one level further down, so this capability moves them.
 */
@Component
class SubmissionDeadline {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;

    SubmissionDeadline(RuntimeService runtime, TaskService tasks, ManagementService management) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
    }

    @EventListener
    void moved(StageRescheduled rescheduled) {
        if (!rescheduled.stage().process().equals("AssessmentStageProcess")) {
            return;
        }
        Date due = TimeZones.endOf(rescheduled.due());
        Date remindAt = Date.from(due.toInstant().minus(java.time.Duration.ofDays(OpenSelfAssessment.REMINDER_DAYS_BEFORE)));
        for (ProcessInstance unit : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKeyLike(rescheduled.roundId() + ":%").active().list()) {
            runtime.setVariable(unit.getId(), ASSESSMENT_DUE, due);
            runtime.setVariable(unit.getId(), SUBMISSION_DUE_AT, due);
            runtime.setVariable(unit.getId(), SUBMISSION_REMINDER_AT, remindAt);
            for (Task task : tasks.createTaskQuery().processInstanceId(unit.getId())
                    .taskDefinitionKeyIn(SELF_ASSESS_TASK, SIGN_OFF_TASK).list()) {
                task.setDueDate(due);
                tasks.saveTask(task);
            }
            for (Job timer : management.createJobQuery().processInstanceId(unit.getId()).timers().list()) {
                String activity = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                        .singleResult().getActivityId();
                if ("Timer_SubmissionDue".equals(activity)) {
                    management.setJobDuedate(timer.getId(), due);
                } else if ("Timer_SubmissionReminder".equals(activity)) {
                    management.setJobDuedate(timer.getId(), remindAt);
                }
            }
        }
    }
}
