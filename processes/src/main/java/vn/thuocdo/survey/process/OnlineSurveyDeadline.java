package vn.thuocdo.survey.process;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.StageRescheduled;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.response.SurveyWindow;

import java.util.Date;

/**
 * The survey stage's deadline moved while the online survey is open: the window (what the page and the API check)
 * and the waiting timer that closes it ({@code Event_OnlineSurveyDue}) move with it, in the same transaction.
 * Without this the survey closed on the old date, whatever the schedule said. A survey already closed stays closed:
 * its collection branch has ended.
 */
@Component
class OnlineSurveyDeadline {

    static final String TIMER = "Event_OnlineSurveyDue";

    private final RuntimeService runtime;
    private final ManagementService management;
    private final SurveyWindow window;

    OnlineSurveyDeadline(RuntimeService runtime, ManagementService management, SurveyWindow window) {
        this.runtime = runtime;
        this.management = management;
        this.window = window;
    }

    @EventListener
    void moved(StageRescheduled rescheduled) {
        if (!rescheduled.stage().process().equals("SurveyProcess")) {
            return;
        }
        Date closesAt = TimeZones.endOf(rescheduled.due());
        if (!window.moveDeadline(rescheduled.roundId(), closesAt.toInstant())) {
            return;
        }
        for (ProcessInstance survey : runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(rescheduled.stage().businessKey(rescheduled.roundId()))
                .processDefinitionKey(rescheduled.stage().process()).active().list()) {
            for (Job timer : management.createJobQuery().processInstanceId(survey.getId()).timers().list()) {
                String activity = management.createJobDefinitionQuery().jobDefinitionId(timer.getJobDefinitionId())
                        .singleResult().getActivityId();
                if (TIMER.equals(activity)) {
                    management.setJobDuedate(timer.getId(), closesAt);
                    runtime.setVariable(timer.getExecutionId(), SurveyVariables.SURVEY_CLOSES_AT, closesAt);
                }
            }
        }
    }
}
