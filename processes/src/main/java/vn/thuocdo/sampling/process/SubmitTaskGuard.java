package vn.thuocdo.sampling.process;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.shared.Rejected;

/**
 * The submit task only waits: a submission is saved by the sampling capability and then correlated as a message,
 * which ends the task. Completing the task itself (from Tasklist or {@code /engine-rest}) would move the workflow
 * without a submission, so it is refused and the engine's transaction rolls back.
 */
@Configuration(proxyBeanMethods = false)
class SubmitTaskGuard {

    @Bean
    TaskListener refuseDirectSubmitCompletion() {
        return task -> {
            throw new Rejected("sampling.submitThroughForm");
        };
    }
}
