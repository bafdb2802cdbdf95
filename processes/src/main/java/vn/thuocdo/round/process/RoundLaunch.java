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
    private final org.springframework.jdbc.core.simple.JdbcClient db;

    RoundLaunch(Processes processes, org.springframework.jdbc.core.simple.JdbcClient db) {
        this.processes = processes;
        this.db = db;
    }

    /** Ends a round's workflow and everything it called. */
    public void cancel(String processInstanceId, String reason) {
        processes.cancel(processInstanceId, reason);
    }

    /** Returns the process instance id. */
    public String start(Round round) {
        // Tasks fall due at the end of the due day in Vietnam, whatever the server's zone.
        Date due = Date.from(round.samplingDue().atTime(23, 59, 59).atZone(TimeZones.VIETNAM).toInstant());
        int daysBefore = db.sql("select reminder_days_before from evaluation_round where id = ?").param(round.id())
                .query(Integer.class).single();
        // (read here, not through Rounds: Rounds is what calls this launch)
        // Reminders go out in the morning, Vietnamese time, so they are read on a working day's start.
        Date remindAt = Date.from(round.samplingDue().minusDays(daysBefore).atTime(8, 0)
                .atZone(TimeZones.VIETNAM).toInstant());
        return processes.start(EvaluationRoundVariables.PROCESS_KEY, round.id(), Map.of(
                EvaluationRoundVariables.ROUND_ID, round.id(),
                EvaluationRoundVariables.ORGANISER_UNIT_ID, round.organiserUnitId(),
                EvaluationRoundVariables.SAMPLING_DUE, due,
                EvaluationRoundVariables.SAMPLING_REMINDER_AT, remindAt,
                EvaluationRoundVariables.SAMPLING_FORM, round.samplingForm()));
    }
}
