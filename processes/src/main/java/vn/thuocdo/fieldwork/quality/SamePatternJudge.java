package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.QualityRule.SamePattern;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAME_PATTERN: the answers over the scale items, as one string per interview ("." where an item has no scale
 * answer), grouped by enumerator; a pattern found in at least {@code share} of an enumerator's interviews (and in
 * two or more) flags each of them, once the enumerator has {@code minInterviews}. Interviews with no scale answer
 * at all have no pattern. One pass to group, one over the groups.
 */
record SamePatternJudge(SamePattern rule, ScaleItems items) implements Judge {

    public String ruleId() {
        return rule.id();
    }

    public void judge(List<InterviewFacts> interviews, Flags flags) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, List<Integer>>> patterns = new LinkedHashMap<>();
        for (int i = 0; i < interviews.size(); i++) {
            InterviewFacts interview = interviews.get(i);
            counts.merge(interview.enumerator(), 1, Integer::sum);
            String pattern = pattern(interview);
            if (pattern != null) {
                patterns.computeIfAbsent(interview.enumerator(), e -> new HashMap<>())
                        .computeIfAbsent(pattern, p -> new ArrayList<>(2)).add(i);
            }
        }
        patterns.forEach((enumerator, byPattern) -> {
            int n = counts.get(enumerator);
            if (n < rule.minInterviews()) {
                return;
            }
            BigDecimal needed = rule.share().multiply(BigDecimal.valueOf(n));
            for (List<Integer> same : byPattern.values()) {
                if (same.size() >= 2 && BigDecimal.valueOf(same.size()).compareTo(needed) >= 0) {
                    for (int i : same) {
                        flags.add(i, rule.id(), "fieldwork.quality.samePattern", same.size(), n);
                    }
                }
            }
        });
    }

    private String pattern(InterviewFacts interview) {
        StringBuilder pattern = new StringBuilder(items.size() * 2);
        boolean any = false;
        for (int item = 0; item < items.size(); item++) {
            String answer = items.answer(interview, item);
            // Keys are bounded by the choice list; the separator keeps "1","23" apart from "12","3".
            pattern.append(answer == null ? "." : answer).append('|');
            any |= answer != null;
        }
        return any ? pattern.toString() : null;
    }
}
