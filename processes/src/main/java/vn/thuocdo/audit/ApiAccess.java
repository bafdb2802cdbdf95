package vn.thuocdo.audit;

import java.time.Instant;
import java.time.LocalDate;

/** One person's calls to one API endpoint on one day (Vietnamese calendar): counted, not listed one by one. */
public record ApiAccess(LocalDate day, String username, String displayName, String unitId, String endpoint,
                        long calls, Instant firstAt, Instant lastAt) {

    /** The full name when known, else the username. */
    public String who() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
