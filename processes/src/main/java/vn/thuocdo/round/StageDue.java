package vn.thuocdo.round;

import java.time.LocalDate;

/** One later stage in a round's schedule: its deadline (null when the coordinator has not set one) and its phase. */
public record StageDue(RoundStage stage, LocalDate due, StagePhase phase) {
}
