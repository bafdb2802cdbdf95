package vn.thuocdo.survey;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.round.RoundStage;

/** The survey as a stage of the round: {@code CallActivity_Survey} calls {@code SurveyProcess} with {@code surveyDue}. */
@Configuration(proxyBeanMethods = false)
class SurveyStage {

    /** The stage's key: message keys {@code stage.survey.*}, business key {@code <roundId>:survey}. */
    static final String KEY = "survey";

    @Bean
    RoundStage surveyRoundStage() {
        return new RoundStage(KEY, 30, "SurveyProcess", "surveyDue");
    }
}
