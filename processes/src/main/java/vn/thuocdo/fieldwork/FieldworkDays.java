package vn.thuocdo.fieldwork;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The days a round's interviews may be made, both ends included, as its coordinator set them.
 *
 * @param setBy the coordinator's name, as the screen shows who decided
 */
public record FieldworkDays(String roundId, LocalDate opens, LocalDate closes, String setBy, Instant setAt) {
}
