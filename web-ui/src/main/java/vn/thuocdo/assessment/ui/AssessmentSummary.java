package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.web.Formats;

import java.math.BigDecimal;
import java.util.Map;

/** The head of both screens: whose self-assessment, its state and deadline, the leader's comment, the totals. */
class AssessmentSummary extends Div {

    final Span state = new Span();
    final Div totals = new Div();

    AssessmentSummary(SelfAssessment assessment) {
        setWidthFull();
        add(new H2(getTranslation("assessment.title", assessment.unitName(), assessment.year())));
        state.setId("assessment-state");
        state.setText(getTranslation("assessment.stateLine", AssessmentWords.state(this, assessment.state()),
                assessment.due() == null ? getTranslation("assessment.noDue") : Formats.date(assessment.due())));
        add(new Paragraph(state));
        if (assessment.sentBackComment() != null) {
            Div comment = new Div(new Paragraph(getTranslation("assessment.sentBack", assessment.sentBackComment())));
            comment.addClassNames("td-callout", "warning");
            comment.setId("assessment-sent-back");
            add(comment);
        }
        Map<String, BigDecimal> sums = assessment.selfTotals();
        totals.setId("assessment-totals");
        totals.setText(getTranslation("assessment.totals", AssessmentWords.points(sums.get("")),
                AssessmentWords.points(assessment.scorecard().selfScoredMaximum()),
                AssessmentWords.points(assessment.scorecard().surveyMaximum())));
        totals.getStyle().set("font-weight", "600");
        add(totals);
    }

    /** An area's summary line: its scored count and its points over its maximum. */
    static String areaLine(Div on, SelfAssessment assessment, Area area) {
        SelfAssessment.AreaProgress progress = assessment.progress().stream()
                .filter(p -> p.area().equals(area.code())).findFirst().orElseThrow();
        return on.getTranslation("assessment.area", area.code(), AssessmentWords.text(on, area.title()),
                progress.scored(), progress.total(), AssessmentWords.points(assessment.selfTotals().get(area.code())),
                AssessmentWords.points(area.maxPoints()));
    }
}
