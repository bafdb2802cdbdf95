package vn.thuocdo.round.process;

import org.springframework.stereotype.Component;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.workflow.Processes;

import java.util.Date;
import java.util.Map;

/** Starts a round's workflow with the variables its BPMN reads. */
@Component
public class RoundLaunch {

    private final Processes processes;

    RoundLaunch(Processes processes) {
        this.processes = processes;
    }

    /** Ends a round's workflow and everything it called. */
    public void cancel(String processInstanceId, String reason) {
        processes.cancel(processInstanceId, reason);
    }

    /** Returns the process instance id. */
    public String start(Round round, int reminderDaysBefore,
                        Map<vn.thuocdo.round.LaterStage, java.time.LocalDate> schedule) {
        // Tasks fall due at the end of the due day in Vietnam, whatever the server's zone.
        Date due = TimeZones.endOf(round.samplingDue());
        // Reminders go out in the morning, Vietnamese time, so they are read on a working day's start.
        Date remindAt = Date.from(round.samplingDue().minusDays(reminderDaysBefore).atTime(8, 0)
                .atZone(TimeZones.VIETNAM).toInstant());
        Map<String, Object> variables = new java.util.HashMap<>(Map.of(
                EvaluationRoundVariables.ROUND_ID, round.id(),
                EvaluationRoundVariables.ORGANISER_UNIT_ID, round.organiserUnitId(),
                EvaluationRoundVariables.SAMPLING_DUE, due,
                EvaluationRoundVariables.SAMPLING_REMINDER_AT, remindAt,
                EvaluationRoundVariables.SAMPLING_FORM, round.samplingForm()));
        // Every later stage's variable exists, null when it has no deadline, so its task's due date reads it safely.
        for (vn.thuocdo.round.LaterStage stage : vn.thuocdo.round.LaterStage.values()) {
            java.time.LocalDate day = schedule.get(stage);
            variables.put(stage.dueVariable(), day == null ? null
                    : TimeZones.endOf(day));
        }
        return processes.start(EvaluationRoundVariables.PROCESS_KEY, round.id(), variables);
    }
}
