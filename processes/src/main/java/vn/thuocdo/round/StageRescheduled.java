package vn.thuocdo.round;

import java.time.LocalDate;

/**
 * A later stage's deadline moved (published inside the transaction that moved it): what a stage's own process
 * waits for besides its tasks, such as the online survey's closing, follows it.
 */
public record StageRescheduled(String roundId, RoundStage stage, LocalDate due) {
}
