package vn.thuocdo.fieldwork;

import java.util.List;

/**
 * One of the enumerator's household slots as the interview screen opens it: where it is, the household, its
 * interview if one was begun ({@code interview} null otherwise), the reviewer's comments still to fix with the
 * reason it came back, and the replacement household a REPLACED outcome would take now ({@code nextReplacement}
 * null when the village has none left, or the slot is itself a replacement). {@code questionnaire}: the round's
 * pinned citizen questionnaire, the one the answers are read with.
 */
public record InterviewSlot(String roundId, String questionnaire, String communeName, String villageName,
                            Household household,
                            Interview interview, List<ReviewComment> openComments, String rejectionReason,
                            Household nextReplacement) {

    public InterviewSlot {
        openComments = List.copyOf(openComments);
    }
}
