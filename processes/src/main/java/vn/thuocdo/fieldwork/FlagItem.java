package vn.thuocdo.fieldwork;

import vn.thuocdo.forms.Text;

import java.time.Instant;

/**
 * A quality flag as the supervisor reviews it: the rule ({@code call-back} for a call-back's mismatch) with its
 * label from the design (null for a call-back), the evidence, the interview's enumerator and household's place, and
 * the decision once taken.
 */
public record FlagItem(long id, String interviewId, String roundId, long branchId, String enumerator,
                       String enumeratorName, String communeName, String villageName, String rule, Text ruleLabel,
                       FlagDetail detail, Instant raisedAt, FlagState state, String decidedBy, Instant decidedAt,
                       String reason, InterviewState interviewState) {

    /** The rule id a call-back's mismatch is flagged under. */
    public static final String CALL_BACK = "call-back";
}
