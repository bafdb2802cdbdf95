package vn.thuocdo.fieldwork;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An interview drawn for a call-back, on the supervisor's list: whom to call back (the household's place, as the
 * enumerator's list has it), who interviewed, when it was drawn, and once recorded what was found.
 */
public record CallBackItem(String interviewId, long slot, String enumerator, String enumeratorName,
                           String communeName, String villageName, Long householdPosition, String household,
                           Instant drawnAt, BigDecimal drawnShare, CallBackOutcome outcome, Boolean visitConfirmed,
                           Map<String, Object> answers, List<CallBackDifference> differences, String note,
                           String recordedBy, Instant recordedAt, int version) {

    public CallBackItem {
        answers = answers == null ? Map.of() : answers;
        differences = differences == null ? List.of() : List.copyOf(differences);
    }

    /** Still to call: never recorded, or nobody answered last time. */
    public boolean pending() {
        return outcome == null || outcome == CallBackOutcome.UNREACHABLE;
    }
}
