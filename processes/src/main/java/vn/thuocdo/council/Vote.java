package vn.thuocdo.council;

import java.time.Instant;
import java.util.List;

/** A vote cast in a session: who, what, why, which units, when. */
public record Vote(String username, String displayName, Choice choice, String comment, List<String> unitIds,
                   Instant castAt) {
}
