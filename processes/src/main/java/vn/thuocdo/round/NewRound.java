package vn.thuocdo.round;

import java.time.LocalDate;
import java.util.List;

/**
 * What a coordinator decides when preparing a round. {@code reminderDaysBefore} is how many days before a due date
 * the units that have not submitted are reminded (0: on the due day itself); {@code schedule} the deadlines of the
 * later stages by {@link RoundStage#key()}, any of which may be left for later.
 */
public record NewRound(int year, String name, RoundLevel level, List<String> unitIds, String samplingForm,
                       LocalDate samplingDue, int reminderDaysBefore, java.util.Map<String, LocalDate> schedule) {

    public NewRound {
        schedule = schedule == null ? java.util.Map.of() : java.util.Map.copyOf(schedule);
    }

    public NewRound(int year, String name, RoundLevel level, List<String> unitIds, String samplingForm,
                    LocalDate samplingDue, int reminderDaysBefore) {
        this(year, name, level, unitIds, samplingForm, samplingDue, reminderDaysBefore, java.util.Map.of());
    }

    /** The reminder the launch form proposes; the coordinator changes it per round. */
    public static final int DEFAULT_REMINDER_DAYS = 3;
    /** A reminder earlier than this would arrive before most units have even opened the request. */
    public static final int MAX_REMINDER_DAYS = 30;
    /** A round's name, as its column holds it. */
    public static final int MAX_NAME = 200;

    public NewRound(int year, String name, RoundLevel level, List<String> unitIds, String samplingForm,
                    LocalDate samplingDue) {
        this(year, name, level, unitIds, samplingForm, samplingDue, DEFAULT_REMINDER_DAYS);
    }
}
