package vn.thuocdo.fieldwork.quality;

import vn.thuocdo.forms.design.QualityRule.OutsideArea;

import java.util.List;

/** OUTSIDE_AREA: recorded in a commune other than the one assigned; an unknown location is not judged. */
record OutsideAreaJudge(OutsideArea rule) implements Judge {

    public String ruleId() {
        return rule.id();
    }

    public void judge(List<InterviewFacts> interviews, Flags flags) {
        for (int i = 0; i < interviews.size(); i++) {
            InterviewFacts interview = interviews.get(i);
            String where = interview.interviewCommune();
            if (where != null && !where.equals(interview.assignedCommune())) {
                flags.add(i, rule.id(), "fieldwork.quality.outsideArea", where,
                        String.valueOf(interview.assignedCommune()));
            }
        }
    }
}
