package vn.thuocdo.council;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.round.RoundStage;

/** The council as a stage of the round: {@code CallActivity_CouncilApproval} calls {@code CouncilApprovalProcess}. */
@Configuration(proxyBeanMethods = false)
class CouncilStage {

    /** The stage's key: message keys {@code stage.council.*}, business key {@code <roundId>:council}. */
    static final String KEY = "council";

    @Bean
    RoundStage councilRoundStage() {
        return new RoundStage(KEY, 60, "CouncilApprovalProcess", "councilDue");
    }
}
