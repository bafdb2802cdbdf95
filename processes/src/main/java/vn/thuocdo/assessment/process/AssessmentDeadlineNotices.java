package vn.thuocdo.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.identity.Role;
import vn.thuocdo.notification.Notifications;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.TimeZone;

import static vn.thuocdo.assessment.process.SelfAssessmentVariables.*;

/**
 * The deadline watch's service tasks: remind the unit's officers and leader before the submission deadline, tell the
 * round's coordinators when it has passed, and close the explanation when its deadline passes.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentDeadlineNotices {

    static final String SELF_LINK = "assessment/self";

    @Bean
    JavaDelegate remindAssessmentUnit(Notifications notifications) {
        return execution -> {
            String unitId = (String) execution.getVariable(UNIT_ID);
            String due = day(execution, SUBMISSION_DUE_AT);
            String link = SELF_LINK + "?round=" + execution.getVariable(ROUND_ID);
            notifications.notify(unitId, Role.PROVINCIAL_OFFICER, link, "assessment.notice.reminder", due);
            notifications.notify(unitId, Role.UNIT_LEADER, link, "assessment.notice.reminder", due);
        };
    }

    @Bean
    JavaDelegate reportAssessmentOverdue(Notifications notifications) {
        return execution -> notifications.notify((String) execution.getVariable(ORGANISER_UNIT_ID),
                Role.MINISTRY_COORDINATOR, "rounds", "assessment.notice.overdue",
                (String) execution.getVariable(UNIT_ID), day(execution, SUBMISSION_DUE_AT));
    }

    @Bean
    JavaDelegate closeExplanation(Appraisals appraisals) {
        return execution -> appraisals.explanationClosed((String) execution.getVariable(ROUND_ID),
                (String) execution.getVariable(UNIT_ID));
    }

    private static String day(DelegateExecution execution, String variable) {
        SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy");
        format.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        return format.format((Date) execution.getVariable(variable));
    }
}
