package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.VietnameseFormats;
import vn.thuocdo.forms.design.QualityRule.TooFast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** TOO_FAST: the whole interview under its minimum or, failing that, the first section under its own. */
record TooFastJudge(TooFast rule) implements Judge {

    public String ruleId() {
        return rule.id();
    }

    public void judge(List<InterviewFacts> interviews, Flags flags) {
        for (int i = 0; i < interviews.size(); i++) {
            InterviewFacts interview = interviews.get(i);
            long seconds = interview.seconds();
            if (seconds >= 0 && seconds < rule.minSeconds()) {
                flags.add(i, rule.id(), "fieldwork.quality.tooFast", minutes(seconds), minutes(rule.minSeconds()));
                continue;
            }
            for (Map.Entry<String, Integer> minimum : rule.sectionMinimums().entrySet()) {
                Integer spent = interview.sectionSeconds().get(minimum.getKey());
                if (spent != null && spent < minimum.getValue()) {
                    flags.add(i, rule.id(), "fieldwork.quality.tooFastSection", minimum.getKey(), spent,
                            minimum.getValue());
                    break;
                }
            }
        }
    }

    /** Rounded down, so a 7 min 59 s interview reads "7,9 < 8,0" rather than an impossible "8,0 < 8,0". */
    static String minutes(long seconds) {
        return VietnameseFormats.fixed(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 1,
                RoundingMode.DOWN), 1);
    }
}
