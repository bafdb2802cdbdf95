package vn.thuocdo.sampling;

import java.time.LocalDate;
import java.util.Date;

/**
 * What the sampling capability tells a unit's sampling workflow: a submission arrived, the deadline moved, the unit
 * was withdrawn. Implemented on the engine, by message correlation and job changes.
 */
public interface SamplingWorkflow {

    /**
     * A submission of the unit arrived: the workflow moves from waiting for it to the coordinator's review. Refused
     * with {@code sampling.notAwaitingSubmission} when the workflow is not waiting for one (already submitted, in
     * review, approved), so two submissions racing each other cannot both pass.
     */
    void submitted(String roundId, String unitId);

    /**
     * The open submit task's due date follows the new date, and the reminder and the escalation are armed again
     * for the new dates, also when they have already fired.
     */
    void reschedule(String roundId, String unitId, Date due, Date remindAt);

    /** The id of the unit's open task of that kind ({@link SamplingForms}), for a notice that opens it. */
    java.util.Optional<String> waitingTask(String roundId, String unitId, String formKey);

    /** Ends the unit's sampling process wherever it stands. */
    void withdraw(String roundId, String unitId);

    /** The moment a due day ends in Vietnam, and the morning a reminder goes out. */
    static Date endOf(LocalDate day) {
        return vn.thuocdo.shared.TimeZones.endOf(day);
    }

    static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(8, 0).atZone(vn.thuocdo.shared.TimeZones.VIETNAM).toInstant());
    }
}
