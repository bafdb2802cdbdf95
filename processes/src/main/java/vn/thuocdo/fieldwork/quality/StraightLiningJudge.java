package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.QualityRule.StraightLining;

import java.util.List;

/** STRAIGHT_LINING: at least {@code minItems} items answered on the scale, every one with the same answer. */
record StraightLiningJudge(StraightLining rule, ScaleItems items) implements Judge {

    public String ruleId() {
        return rule.id();
    }

    public void judge(List<InterviewFacts> interviews, Flags flags) {
        for (int i = 0; i < interviews.size(); i++) {
            InterviewFacts interview = interviews.get(i);
            String first = null;
            int answered = 0;
            boolean same = true;
            for (int item = 0; item < items.size() && same; item++) {
                String answer = items.answer(interview, item);
                if (answer != null) {
                    answered++;
                    if (first == null) {
                        first = answer;
                    } else {
                        same = first.equals(answer);
                    }
                }
            }
            if (same && answered >= rule.minItems()) {
                flags.add(i, rule.id(), "fieldwork.quality.straightLining", answered, first);
            }
        }
    }
}
