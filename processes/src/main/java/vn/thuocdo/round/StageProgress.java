package vn.thuocdo.round;

import java.util.Map;

/**
 * A stage of the year reports its progress per unit to the round dashboard and its Excel export. A stage that
 * follows each unit implements it, so the round never depends on the stages and a new stage adds a column by adding
 * a bean; a stage without one still shows in the schedule with its phase ({@link RoundStage}).
 */
public interface StageProgress {

    /** The stage's key, used for message keys ({@code stage.<key>.title}, {@code stage.<key>.state.<STATE>}). */
    String stage();

    /**
     * Position in the year's order of stages; for a later stage the {@link RoundStage} of the same key decides, so
     * its column stands where the stage runs.
     */
    int order();

    /** The status of every unit the stage has reached, by unit id; units not in the map have not reached it. */
    Map<String, StageStatus> statusByUnit(String roundId);

    /** Gives a unit more time in this stage (its deadline, task and timers). */
    void extend(String roundId, String unitId, java.time.LocalDate newDue, String reason, vn.thuocdo.identity.Actor actor);

    /** Takes a unit out of this stage for good. */
    void withdraw(String roundId, String unitId, String reason, vn.thuocdo.identity.Actor actor);
}
