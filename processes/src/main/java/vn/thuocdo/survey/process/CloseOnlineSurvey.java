package vn.thuocdo.survey.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.survey.response.SurveyWindow;

/**
 * Glue for {@code Task_CloseOnlineSurvey} (the deadline passed) and {@code Task_PauseOnlineSurvey} (the approved
 * sample is being redrawn): answers are refused from now on. Closing a round that never opened changes nothing.
 */
@Component("closeOnlineSurvey")
class CloseOnlineSurvey implements JavaDelegate {

    private final SurveyWindow window;

    CloseOnlineSurvey(SurveyWindow window) {
        this.window = window;
    }

    @Override
    public void execute(DelegateExecution execution) {
        window.close((String) execution.getVariable(SurveyVariables.ROUND_ID));
    }
}
