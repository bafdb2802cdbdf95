package vn.thuocdo.round;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The round's workflow as the capability sees it; implemented on the engine in {@code round.process}. */
public interface RoundWorkflow {

    /**
     * Starts the round's process with every stage's deadline variable (null when unset); returns the instance id.
     */
    String start(Round round, int reminderDaysBefore, List<RoundStage> stages, Map<String, LocalDate> schedule);

    /** Ends a round's workflow and every stage process it called. */
    void cancel(String processInstanceId, String reason);

    /**
     * A stage's new deadline in the running round: the round process's variable, and when the stage's own process
     * runs, its due variable and the due date of every task of it that is waiting.
     */
    void reschedule(String processInstanceId, String roundId, RoundStage stage, LocalDate due);

    /** Each stage's phase by key, read from the stage processes the round started (ended ones included). */
    Map<String, StagePhase> phases(String processInstanceId, String roundId, List<RoundStage> stages);
}
