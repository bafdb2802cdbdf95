package vn.thuocdo.fieldwork;

import java.time.Instant;
import java.util.Map;

/**
 * An interview of one household slot, or a visit with no interview ({@code outcome} other than INTERVIEWED, no
 * answers). {@code answers} are as the questionnaire accepted them; {@code version} grows with every change.
 */
public record Interview(String id, String roundId, long slot, String enumerator, long branchId,
                        InterviewState state, Outcome outcome, Long replacedBy, int visits,
                        Map<String, Object> answers, String questionnaire, EntryMode entryMode, Paradata paradata,
                        int editsAfterCompletion, int version, Instant createdAt, Instant updatedAt) {
}
