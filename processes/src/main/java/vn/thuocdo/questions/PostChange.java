package vn.thuocdo.questions;

import java.time.Instant;

/** One state change of a post: who, when, from and to, and why. */
public record PostChange(Instant at, PostState from, PostState to, String actor, String actorName, String reason) {

    /** The full name when known, else the username. */
    public String who() {
        return actorName == null || actorName.isBlank() ? actor : actorName;
    }
}
