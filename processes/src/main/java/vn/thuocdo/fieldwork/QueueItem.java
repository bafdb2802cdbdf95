package vn.thuocdo.fieldwork;

import java.time.Instant;

/** A completed interview waiting for its supervisor, with where and by whom, oldest first in the queue. */
public record QueueItem(String interviewId, long slot, String enumerator, String enumeratorName, String communeName,
                        String villageName, Outcome outcome, int visits, EntryMode entryMode,
                        int editsAfterCompletion, Instant completedAt) {
}
