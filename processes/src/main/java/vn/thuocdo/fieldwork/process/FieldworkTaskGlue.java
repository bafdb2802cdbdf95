package vn.thuocdo.fieldwork.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.fieldwork.FieldworkFollowUp;
import vn.thuocdo.fieldwork.FieldworkFollowUp.Assignment;
import vn.thuocdo.shared.Rejected;

import java.util.Date;

/**
 * Glue of {@code FieldworkProcess}: the interview a review task is about, pinned onto the task so the core's
 * change finds it; the reminder ({@code Task_RemindEnumerator}) and the overdue notice ({@code Task_NotifyOverdue}).
 */
@Configuration(proxyBeanMethods = false)
class FieldworkTaskGlue {

    @Bean
    TaskListener pinInterviewToTask() {
        return task -> task.setVariableLocal(FieldworkVariables.INTERVIEW_ID,
                task.getVariable(FieldworkVariables.INTERVIEW_ID));
    }

    /**
     * Every fieldwork task ends only when the core recorded the matching change: completing one from Tasklist or
     * {@code /engine-rest} would move the process without the interview, so it is refused and rolled back.
     */
    @Bean
    TaskListener refuseDirectFieldworkCompletion() {
        return task -> {
            if (!Boolean.TRUE.equals(task.getVariableLocal(FieldworkVariables.BY_CORE))) {
                throw new Rejected("fwproc.completeThroughCore");
            }
        };
    }

    @Bean
    JavaDelegate remindEnumerator(FieldworkFollowUp followUp) {
        return execution -> followUp.remind(assignment(execution), due(execution));
    }

    @Bean
    JavaDelegate notifyFieldworkOverdue(FieldworkFollowUp followUp) {
        return execution -> followUp.overdue(assignment(execution), due(execution));
    }

    static Assignment assignment(DelegateExecution execution) {
        return new Assignment((String) execution.getVariable(FieldworkVariables.ROUND_ID),
                (String) execution.getVariable(FieldworkVariables.UNIT_ID),
                ((Number) execution.getVariable(FieldworkVariables.BRANCH_ID)).longValue(),
                (String) execution.getVariable(FieldworkVariables.ENUMERATOR),
                (String) execution.getVariable(FieldworkVariables.ORGANISER_UNIT_ID));
    }

    private static Date due(DelegateExecution execution) {
        return (Date) execution.getVariable(FieldworkVariables.FIELDWORK_DUE);
    }
}
