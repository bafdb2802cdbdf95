package vn.thuocdo.fieldwork.quality;

import java.util.Map;

/**
 * One enumerator's part of a quality check: visits by outcome code, interviews judged, interviews flagged by any
 * rule, and interviews flagged per rule id (every rule of the design listed, in its order, 0 when it never fired).
 */
public record EnumeratorQuality(String enumerator, String branch, Map<String, Integer> visitsByOutcome,
                                int interviews, int flagged, Map<String, Integer> flaggedByRule) {
}
