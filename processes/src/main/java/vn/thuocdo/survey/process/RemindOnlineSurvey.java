package vn.thuocdo.survey.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thuocdo.survey.response.SurveyReminders;

/** Glue for {@code Task_RemindOfficials}, every {@code surveyReminderCycle} while the online survey is open. */
@Component("remindOnlineSurvey")
class RemindOnlineSurvey implements JavaDelegate {

    private final ObjectProvider<SurveyReminders> reminders;

    RemindOnlineSurvey(ObjectProvider<SurveyReminders> reminders) {
        this.reminders = reminders;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String roundId = (String) execution.getVariable(SurveyVariables.ROUND_ID);
        // Every implementation, not one: none until the officials' part is there, and a test may add its own.
        reminders.orderedStream().forEach(r -> r.remind(roundId));
    }
}
