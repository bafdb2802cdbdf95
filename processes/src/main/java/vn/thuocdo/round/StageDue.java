package vn.thuocdo.round;

import java.time.LocalDate;

/**
 * One later stage in a round's schedule: its deadline (null when the coordinator has not set one) and where it stands
 * ({@code DONE}, {@code CURRENT} while its task waits, {@code UPCOMING}).
 */
public record StageDue(LaterStage stage, LocalDate due, String state) {
}
