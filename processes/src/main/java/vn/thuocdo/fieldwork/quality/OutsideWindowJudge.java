package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.QualityRule.OutsideWindow;
import vn.thuocdo.shared.TimeZones;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** OUTSIDE_WINDOW: started before the fieldwork opened or after it closed (both ends belong to the window). */
record OutsideWindowJudge(OutsideWindow rule, FieldworkWindow window) implements Judge {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(TimeZones.VIETNAM);

    public String ruleId() {
        return rule.id();
    }

    public void judge(List<InterviewFacts> interviews, Flags flags) {
        for (int i = 0; i < interviews.size(); i++) {
            Instant started = interviews.get(i).startedAt();
            if (started.isBefore(window.opens())) {
                flags.add(i, rule.id(), "fieldwork.quality.beforeWindow", TIME.format(started),
                        TIME.format(window.opens()));
            } else if (started.isAfter(window.closes())) {
                flags.add(i, rule.id(), "fieldwork.quality.afterWindow", TIME.format(started),
                        TIME.format(window.closes()));
            }
        }
    }
}
