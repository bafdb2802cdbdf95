package vn.thuocdo.compilation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.round.RoundStage;

/** The compilation as a stage of the round: {@code CallActivity_Compilation} calls {@code CompilationProcess}. */
@Configuration(proxyBeanMethods = false)
class CompilationStage {

    /** The stage's key: message keys {@code stage.compilation.*}, business key {@code <roundId>:compilation}. */
    static final String KEY = "compilation";

    @Bean
    RoundStage compilationRoundStage() {
        return new RoundStage(KEY, 50, "CompilationProcess", "compilationDue");
    }
}
