package vn.thuocdo.sampling.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.sampling.SamplingRequests;

/** Glue for the submit task's timers: {@code Task_RemindUnit} and {@code Task_EscalateOverdue}. */
@Configuration(proxyBeanMethods = false)
class DeadlineNotices {

    @Bean
    JavaDelegate remindSamplingUnit(SamplingRequests requests) {
        return execution -> requests.remind(roundId(execution), unitId(execution));
    }

    @Bean
    JavaDelegate escalateSamplingOverdue(SamplingRequests requests) {
        return execution -> requests.escalate(roundId(execution), unitId(execution),
                (String) execution.getVariable(SamplingRequestVariables.ORGANISER_UNIT_ID));
    }

    private static String roundId(DelegateExecution execution) {
        return (String) execution.getVariable(SamplingRequestVariables.ROUND_ID);
    }

    private static String unitId(DelegateExecution execution) {
        return (String) execution.getVariable(SamplingRequestVariables.UNIT_ID);
    }
}
