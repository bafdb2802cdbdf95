package vn.thuocdo.round;

import java.time.Instant;

/** A change in a round's life, with who, when and why. */
public record RoundEvent(Instant at, String actor, String action, String detail) {
}
