package vn.thuocdo.sampling;

import java.time.LocalDate;
import java.util.Date;

/** Moves a unit's sampling workflow to a new due date, or ends it for a withdrawn unit. Implemented on the engine. */
public interface SamplingDeadlines {

    /** The open submit task's due date and its reminder and deadline timers follow the new date. */
    void reschedule(String roundId, String unitId, Date due, Date remindAt);

    /** Ends the unit's sampling process wherever it stands. */
    void withdraw(String roundId, String unitId);

    /** The moment a due day ends in Vietnam, and the morning a reminder goes out. */
    static Date endOf(LocalDate day) {
        return Date.from(day.atTime(23, 59, 59).atZone(vn.thuocdo.shared.TimeZones.VIETNAM).toInstant());
    }

    static Date morningOf(LocalDate day) {
        return Date.from(day.atTime(8, 0).atZone(vn.thuocdo.shared.TimeZones.VIETNAM).toInstant());
    }
}
