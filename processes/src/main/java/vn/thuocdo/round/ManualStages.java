package vn.thuocdo.round;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stages not yet built in Thước Đo, each a coordinator's task in {@link RoundStage#MANUAL_PROCESS}. A capability
 * that takes one over removes its bean here, declares its own, and changes the stage's call activity.
 */
@Configuration(proxyBeanMethods = false)
class ManualStages {

    @Bean
    RoundStage publicationRoundStage() {
        return RoundStage.manual("publication", 70);
    }
}
