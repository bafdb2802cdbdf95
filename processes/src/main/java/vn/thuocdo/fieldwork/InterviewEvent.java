package vn.thuocdo.fieldwork;

import java.time.Instant;

/**
 * One step in an interview's history: {@code kind} as in {@link FieldworkChanged}, who did it (by name where the
 * branch knows them), from and to (states, or usernames for a reassignment), and why.
 */
public record InterviewEvent(String kind, String from, String to, String actor, String actorName, String reason,
                             Instant at) {
}
