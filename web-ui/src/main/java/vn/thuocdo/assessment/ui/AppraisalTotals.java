package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SubCriterionValue;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The three sums the appraisal screens show per area and in all: the unit's own, the appraised (the unit's own where
 * the appraisers kept it) and the final (blank until set).
 */
record AppraisalTotals(Map<String, BigDecimal> self, Map<String, BigDecimal> appraised, Map<String, BigDecimal> last) {

    static AppraisalTotals of(SelfAssessment assessment) {
        return new AppraisalTotals(sums(assessment, SubCriterionValue::points),
                sums(assessment, SubCriterionValue::appraisedOrSelf), sums(assessment, SubCriterionValue::finalPoints));
    }

    private static Map<String, BigDecimal> sums(SelfAssessment assessment,
                                                Function<SubCriterionValue, BigDecimal> which) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        assessment.values().forEach((code, value) -> {
            BigDecimal p = which.apply(value);
            if (p != null) {
                points.put(code, p);
            }
        });
        return points.isEmpty() ? Map.of() : Scoring.totals(assessment.scorecard(), points);
    }

    /** "1. Công tác chỉ đạo — tự chấm 9,5 · thẩm định 9 · chốt — / 9,5 điểm" */
    String areaLine(Component on, Area area) {
        return on.getTranslation("appraise.area", area.code(), AssessmentWords.text(on, area.title()),
                AssessmentWords.points(self.get(area.code())), AssessmentWords.points(appraised.get(area.code())),
                AssessmentWords.points(last.get(area.code())), AssessmentWords.points(area.maxPoints()));
    }

    String allLine(Component on, SelfAssessment assessment) {
        return on.getTranslation("appraise.totals", AssessmentWords.points(self.get("")),
                AssessmentWords.points(appraised.get("")), AssessmentWords.points(last.get("")),
                AssessmentWords.points(assessment.scorecard().selfScoredMaximum()));
    }
}
