package vn.thuocdo.assessment;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.round.RoundStage;

/**
 * Self-assessment, appraisal and explanation as a stage of the round: {@code CallActivity_SelfAssessmentAndAppraisal}
 * calls {@code AssessmentStageProcess} with {@code assessmentDue}, which starts one SelfAssessmentProcess per unit.
 */
@Configuration(proxyBeanMethods = false)
class AssessmentStage {

    /** The stage's key: message keys {@code stage.assessment.*}, business key {@code <roundId>:assessment}. */
    static final String KEY = "assessment";

    @Bean
    RoundStage assessmentRoundStage() {
        return new RoundStage(KEY, 40, "AssessmentStageProcess", "assessmentDue");
    }
}
