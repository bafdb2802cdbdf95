package vn.thuocdo.survey.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.response.SurveyWindow;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

/**
 * Glue for {@code Task_OpenOnlineSurvey}: opens the round's online survey for the approved sample until the survey
 * deadline ({@code surveyDue} is already the end of the due day in Vietnam). A round without a deadline gets
 * {@code thuocdo.survey.default-open-days} from now, so the window always closes. Rounds moved past review
 * without a sample (the later stages' tests) get no online survey: the branch ends at once.
 */
@Component("openOnlineSurvey")
class OpenOnlineSurvey implements JavaDelegate {

    private final Samples samples;
    private final SurveyWindow window;
    private final Clock clock;
    private final String reminderCycle;
    private final int defaultOpenDays;

    OpenOnlineSurvey(@Lazy Samples samples, SurveyWindow window, Clock clock,
                     @Value("${thuocdo.survey.reminder-cycle:R/P7D}") String reminderCycle,
                     @Value("${thuocdo.survey.default-open-days:30}") int defaultOpenDays) {
        this.samples = samples;
        this.window = window;
        this.clock = clock;
        this.reminderCycle = reminderCycle;
        this.defaultOpenDays = defaultOpenDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String roundId = (String) execution.getVariable(SurveyVariables.ROUND_ID);
        Optional<String> sample = samples.approvedSampleId(roundId);
        execution.setVariable(SurveyVariables.ONLINE_SURVEY, sample.isPresent());
        if (sample.isEmpty()) {
            return;
        }
        Date due = (Date) execution.getVariable(SurveyVariables.SURVEY_DUE);
        Date closesAt = due != null ? due : Date.from(clock.instant().plus(Duration.ofDays(defaultOpenDays)));
        window.open(roundId, sample.get(), closesAt.toInstant());
        execution.setVariable(SurveyVariables.SURVEY_CLOSES_AT, closesAt);
        execution.setVariable(SurveyVariables.SURVEY_REMINDER_CYCLE, reminderCycle);
    }
}
