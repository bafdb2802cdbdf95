package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.QualityRule.TooManyPerDay;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.TimeZones;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TOO_MANY_PER_DAY: more than {@code maxPerDay} interviews started by one enumerator on one day in Vietnam (not the
 * server's day): every interview of that day is flagged, since any of them may be the one not really made.
 */
record TooManyPerDayJudge(TooManyPerDay rule) implements Judge {

    public String ruleId() {
        return rule.id();
    }

    public void judge(List<InterviewFacts> interviews, Flags flags) {
        Map<String, Map<LocalDate, List<Integer>>> days = new HashMap<>();
        for (int i = 0; i < interviews.size(); i++) {
            InterviewFacts interview = interviews.get(i);
            LocalDate day = LocalDate.ofInstant(interview.startedAt(), TimeZones.VIETNAM);
            days.computeIfAbsent(interview.enumerator(), e -> new HashMap<>())
                    .computeIfAbsent(day, d -> new ArrayList<>()).add(i);
        }
        days.values().forEach(byDay -> byDay.forEach((day, indices) -> {
            if (indices.size() > rule.maxPerDay()) {
                for (int i : indices) {
                    flags.add(i, rule.id(), "fieldwork.quality.tooManyPerDay", indices.size(), Formats.date(day),
                            rule.maxPerDay());
                }
            }
        }));
    }
}
