package vn.thuocdo.fieldwork;

import java.time.Instant;

/**
 * A completed (or approved) interview waiting for its reviewer, with where and by whom, oldest first in the queue:
 * the household by its draw {@code order} in the village, or its {@code replacementRank}, and its name if listed.
 */
public record QueueItem(String interviewId, long slot, String enumerator, String enumeratorName, String communeName,
                        String villageName, Outcome outcome, int visits, EntryMode entryMode,
                        int editsAfterCompletion, Instant completedAt, Integer order, Integer replacementRank,
                        String household) {
}
