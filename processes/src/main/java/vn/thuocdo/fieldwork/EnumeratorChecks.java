package vn.thuocdo.fieldwork;

import java.util.Map;

/**
 * One enumerator's checks in a round: interviews completed, interviews flagged and the flags per rule id (the
 * call-back's mismatch under {@code call-back}), how the flags were decided, and the call-backs and what they found.
 */
public record EnumeratorChecks(String enumerator, String name, long branchId, String branchName, int interviews,
                               int flagged, Map<String, Integer> flagsByRule, int open, int cleared, int upheld,
                               int callBacks, int confirmed, int mismatched, int unreachable) {

    public EnumeratorChecks {
        flagsByRule = Map.copyOf(flagsByRule);
    }
}
