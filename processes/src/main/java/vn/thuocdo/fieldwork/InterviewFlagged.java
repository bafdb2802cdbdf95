package vn.thuocdo.fieldwork;

import java.util.List;

/**
 * Published in the transaction that stores new quality flags on an interview, or a call-back mismatch: the
 * fieldwork process opens the supervisor's review task from it. {@code rules} are the fired rules' ids, or
 * {@code call-back} for a mismatch.
 */
public record InterviewFlagged(String roundId, String interviewId, long branchId, String enumerator,
                               List<String> rules) {
    public InterviewFlagged {
        rules = List.copyOf(rules);
    }
}
