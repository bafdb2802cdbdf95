package vn.thuocdo.sampling.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.sampling.SamplingRequests;

/**
 * Glue for the tasks' create listeners: a notice about a task can link to the task itself only once the task
 * exists, and its id is known here.
 */
@Configuration(proxyBeanMethods = false)
class TaskNotices {

    @Bean
    TaskListener announceSamplingTask(SamplingRequests requests) {
        return task -> requests.announceSubmitTask(roundId(task), unitId(task), task.getId());
    }

    @Bean
    TaskListener announceSamplingReview(SamplingRequests requests) {
        return task -> requests.announceReviewTask(roundId(task), unitId(task),
                (String) task.getVariable(SamplingRequestVariables.ORGANISER_UNIT_ID), task.getId());
    }

    private static String roundId(DelegateTask task) {
        return (String) task.getVariable(SamplingRequestVariables.ROUND_ID);
    }

    private static String unitId(DelegateTask task) {
        return (String) task.getVariable(SamplingRequestVariables.UNIT_ID);
    }
}
