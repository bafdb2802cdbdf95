package vn.thuocdo.round;

import java.util.Map;

/**
 * A stage of the year reports its progress to the round dashboard. Each stage's capability implements it, so the
 * round never depends on the stages and a new stage adds a column by adding a bean.
 */
public interface StageProgress {

    /** The stage's key, used for message keys ({@code stage.<key>.title}, {@code stage.<key>.state.<STATE>}). */
    String stage();

    /** Position in the year's order of stages. */
    int order();

    /** The status of every unit the stage has reached, by unit id; units not in the map have not reached it. */
    Map<String, StageStatus> statusByUnit(String roundId);

    /** Gives a unit more time in this stage (its deadline, task and timers). */
    void extend(String roundId, String unitId, java.time.LocalDate newDue, String reason, vn.thuocdo.identity.Actor actor);

    /** Takes a unit out of this stage for good. */
    void withdraw(String roundId, String unitId, String reason, vn.thuocdo.identity.Actor actor);
}
