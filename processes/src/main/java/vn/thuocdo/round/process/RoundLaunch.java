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

    /** Returns the process instance id. */
    public String start(Round round) {
        // Tasks fall due at the end of the due day in Vietnam, whatever the server's zone.
        Date due = Date.from(round.samplingDue().atTime(23, 59, 59).atZone(TimeZones.VIETNAM).toInstant());
        return processes.start(EvaluationRoundVariables.PROCESS_KEY, round.id(), Map.of(
                EvaluationRoundVariables.ROUND_ID, round.id(),
                EvaluationRoundVariables.ORGANISER_UNIT_ID, round.organiserUnitId(),
                EvaluationRoundVariables.SAMPLING_DUE, due,
                EvaluationRoundVariables.SAMPLING_FORM, round.samplingForm()));
    }
}
