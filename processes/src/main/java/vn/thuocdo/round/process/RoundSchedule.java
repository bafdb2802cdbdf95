package vn.thuocdo.round.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.LaterStage;
import vn.thuocdo.shared.TimeZones;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

/**
 * A later stage's new deadline in the running round: the variable its task will read when it is created, and the
 * task's due date if it is already waiting.
 */
@Component
public class RoundSchedule {

    /** Each later stage's task in {@code EvaluationRoundProcess}. */
    static final Map<LaterStage, String> TASKS = Map.of(
            LaterStage.FIELDWORK, "Task_SampleAndFieldwork",
            LaterStage.ASSESSMENT, "Task_SelfAssessmentAndAppraisal",
            LaterStage.COMPILATION, "Task_Compilation",
            LaterStage.COUNCIL, "Task_CouncilApproval",
            LaterStage.PUBLICATION, "Task_Publication");

    private final RuntimeService runtime;
    private final TaskService tasks;

    RoundSchedule(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public void reschedule(String processInstanceId, LaterStage stage, LocalDate due) {
        Date end = TimeZones.endOf(due);
        runtime.setVariable(processInstanceId, stage.dueVariable(), end);
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey(TASKS.get(stage)).list()) {
            task.setDueDate(end);
            tasks.saveTask(task);
        }
    }
}
