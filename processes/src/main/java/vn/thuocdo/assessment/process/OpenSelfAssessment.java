package vn.thuocdo.assessment.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.shared.Rejected;

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
    private static final Logger LOG = LoggerFactory.getLogger(OpenSelfAssessment.class);
    private static final long FAR_AWAY_DAYS = 3650;

    private final SelfAssessments assessments;

    OpenSelfAssessment(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            assessments.ensure((String) execution.getVariable(ROUND_ID), (String) execution.getVariable(UNIT_ID));
        } catch (Rejected noScorecard) {
            // A unit without a scorecard of its kind (a province's department) still gets its task: the screen
            // says why there is nothing to score, instead of the whole stage failing to start for every unit.
            LOG.warn("No self-assessment opened for {}: {}", execution.getVariable(UNIT_ID), noScorecard.getMessage());
        }
        Date due = (Date) execution.getVariable(ASSESSMENT_DUE);
        Instant dueAt = due != null ? due.toInstant() : Instant.now().plus(FAR_AWAY_DAYS, ChronoUnit.DAYS);
        execution.setVariable(SUBMISSION_DUE_AT, Date.from(dueAt));
        execution.setVariable(SUBMISSION_REMINDER_AT, Date.from(dueAt.minus(REMINDER_DAYS_BEFORE, ChronoUnit.DAYS)));
    }
}
