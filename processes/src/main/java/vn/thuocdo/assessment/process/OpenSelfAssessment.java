package vn.thuocdo.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thuocdo.assessment.SelfAssessments;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import static vn.thuocdo.assessment.process.SelfAssessmentVariables.*;

/**
 * Opens the unit's self-assessment against the scorecard in force and sets the deadline watch's dates: a week before
 * the deadline for the reminder [A], the deadline for the escalation, or far away when no deadline is set yet.
 */
@Component("openSelfAssessment")
class OpenSelfAssessment implements JavaDelegate {

    static final int REMINDER_DAYS_BEFORE = 7;
    private static final long FAR_AWAY_DAYS = 3650;

    private final SelfAssessments assessments;

    OpenSelfAssessment(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        assessments.ensure((String) execution.getVariable(ROUND_ID), (String) execution.getVariable(UNIT_ID));
        Date due = (Date) execution.getVariable(ASSESSMENT_DUE);
        Instant dueAt = due != null ? due.toInstant() : Instant.now().plus(FAR_AWAY_DAYS, ChronoUnit.DAYS);
        execution.setVariable(SUBMISSION_DUE_AT, Date.from(dueAt));
        execution.setVariable(SUBMISSION_REMINDER_AT, Date.from(dueAt.minus(REMINDER_DAYS_BEFORE, ChronoUnit.DAYS)));
    }
}
