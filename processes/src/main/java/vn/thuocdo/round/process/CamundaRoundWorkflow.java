package vn.thuocdo.round.process;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundStage;
import vn.thuocdo.round.RoundWorkflow;
import vn.thuocdo.round.StagePhase;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.workflow.Processes;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link RoundWorkflow} on Camunda 7: {@code EvaluationRoundProcess} and the stage processes it calls. */
@Component
class CamundaRoundWorkflow implements RoundWorkflow {

    private final Processes processes;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    CamundaRoundWorkflow(Processes processes, RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.processes = processes;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    @Override
    public String start(Round round, int reminderDaysBefore, List<RoundStage> stages, Map<String, LocalDate> schedule) {
        // Tasks fall due at the end of the due day in Vietnam, whatever the server's zone.
        Date due = TimeZones.endOf(round.samplingDue());
        // Reminders go out in the morning, Vietnamese time, so they are read on a working day's start.
        Date remindAt = Date.from(round.samplingDue().minusDays(reminderDaysBefore).atTime(8, 0)
                .atZone(TimeZones.VIETNAM).toInstant());
        Map<String, Object> variables = new HashMap<>(Map.of(
                EvaluationRoundVariables.ROUND_ID, round.id(),
                EvaluationRoundVariables.ORGANISER_UNIT_ID, round.organiserUnitId(),
                EvaluationRoundVariables.SAMPLING_DUE, due,
                EvaluationRoundVariables.SAMPLING_REMINDER_AT, remindAt,
                EvaluationRoundVariables.SAMPLING_FORM, round.samplingForm()));
        // Every stage's variable exists, null when it has no deadline, so its call activity passes it on safely.
        for (RoundStage stage : stages) {
            LocalDate day = schedule.get(stage.key());
            variables.put(stage.dueVariable(), day == null ? null : TimeZones.endOf(day));
        }
        return processes.start(EvaluationRoundVariables.PROCESS_KEY, round.id(), variables);
    }

    @Override
    public void cancel(String processInstanceId, String reason) {
        processes.cancel(processInstanceId, reason);
    }

    @Override
    public void reschedule(String processInstanceId, String roundId, RoundStage stage, LocalDate due) {
        Date end = TimeZones.endOf(due);
        runtime.setVariable(processInstanceId, stage.dueVariable(), end);
        // The stage's process got its deadline when it started; it is told again, and its waiting tasks follow,
        // whatever they are: the round knows the stage's process only by its business key and due variable.
        for (ProcessInstance called : runtime.createProcessInstanceQuery().superProcessInstanceId(processInstanceId)
                .processInstanceBusinessKey(stage.businessKey(roundId)).list()) {
            runtime.setVariable(called.getId(), stage.calledDueVariable(), end);
            for (Task task : tasks.createTaskQuery().processInstanceId(called.getId()).list()) {
                task.setDueDate(end);
                tasks.saveTask(task);
            }
        }
    }

    @Override
    public Map<String, StagePhase> phases(String processInstanceId, String roundId, List<RoundStage> stages) {
        Map<String, StagePhase> phases = new HashMap<>();
        if (processInstanceId == null) {
            return phases;
        }
        String[] keys = stages.stream().map(RoundStage::process).distinct().toArray(String[]::new);
        for (HistoricProcessInstance called : history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(processInstanceId).processDefinitionKeyIn(keys).list()) {
            for (RoundStage stage : stages) {
                if (stage.businessKey(roundId).equals(called.getBusinessKey())) {
                    StagePhase phase = HistoricProcessInstance.STATE_COMPLETED.equals(called.getState())
                            ? StagePhase.DONE : StagePhase.CURRENT;
                    phases.merge(stage.key(), phase, (a, b) -> a == StagePhase.CURRENT ? a : b);
                }
            }
        }
        return phases;
    }
}
