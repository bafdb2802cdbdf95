package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.OutcomeCode;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the quality rules and the call-back draw know of one visit: who made it for which branch, the commune it
 * was assigned to and the one it was recorded in (null when the device could not tell), its paradata (start, end,
 * seconds per section id) and its answers as the questionnaire stores them (a SATISFACTION item as its key, "1"
 * to "5", or a not-valid key). {@code outcome} is a code of the design's outcome list; only
 * {@value OutcomeCode#INTERVIEWED} visits have answers and are judged.
 */
public record InterviewFacts(String interviewId, String enumerator, String branch, String assignedCommune,
                             String interviewCommune, Instant startedAt, Instant endedAt,
                             Map<String, Integer> sectionSeconds, Map<String, Object> answers, String outcome) {

    public InterviewFacts {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(enumerator, "enumerator");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (endedAt != null && endedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("Interview " + interviewId + " ends before it starts");
        }
        sectionSeconds = withoutNulls(sectionSeconds);
        answers = withoutNulls(answers);
    }

    public boolean interviewed() {
        return OutcomeCode.INTERVIEWED.equals(outcome);
    }

    /** Whole seconds from start to end, or -1 when the end is not known. */
    public long seconds() {
        return endedAt == null ? -1 : Duration.between(startedAt, endedAt).getSeconds();
    }

    // An unanswered question is an absent key, as in storage; a null that slipped through means the same.
    private static <V> Map<String, V> withoutNulls(Map<String, V> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>(map.size() * 2);
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
