package vn.thuocdo.publication;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.round.RoundStage;

/** The publication as a stage of the round: {@code CallActivity_Publication} calls {@code PublicationProcess}. */
@Configuration(proxyBeanMethods = false)
class PublicationStage {

    /** The stage's key: message keys {@code stage.publication.*}, business key {@code <roundId>:publication}. */
    static final String KEY = "publication";

    @Bean
    RoundStage publicationRoundStage() {
        return new RoundStage(KEY, 70, "PublicationProcess", "publicationDue");
    }
}
