package vn.thuocdo.fieldwork;

import java.util.Map;

/**
 * Counts of a province's or a branch's fieldwork, never who: {@code target} is the selected household slots,
 * interviews and visits are counted by state and by outcome. {@code branchId}, {@code partner} and
 * {@code branchName} are null for a province.
 */
public record Progress(String unitId, Long branchId, Partner partner, String branchName, long target,
                       Map<InterviewState, Long> byState, Map<Outcome, Long> byOutcome) {

    public Progress {
        byState = Map.copyOf(byState);
        byOutcome = Map.copyOf(byOutcome);
    }
}
