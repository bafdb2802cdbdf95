package vn.thuocdo.fieldwork;

import java.time.Instant;

/**
 * One question whose two entries of a paper form differ, with both values as stored (null when left empty), and,
 * once the supervisor settled it, the value kept, why, by whom and when.
 */
public record EntryDifference(String questionId, Object first, Object second, Keep kept, String reason,
                              String settledBy, Instant settledAt) {

    /** Which entry's value stands. */
    public enum Keep {
        FIRST, SECOND
    }

    public boolean settled() {
        return kept != null;
    }
}
