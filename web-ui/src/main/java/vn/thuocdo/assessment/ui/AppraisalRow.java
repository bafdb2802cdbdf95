package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.ScoreNotAllowed;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.SubCriterionValue;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.util.stream.Collectors;

/**
 * One sub-criterion as its appraiser sees it: the unit's answer, points and note, the evidence and the timeline, the
 * appraised score (only values the rule allows, a reason when it differs from the unit's), and once the unit has
 * explained, its explanation and the final score (a reason when it differs from the appraised one).
 */
class AppraisalRow extends Div {

    /** Saves an appraised or final value; the view calls the capability with the signed-in appraiser. */
    interface Saver {
        SubCriterionValue save(String code, SelfScore answer, String reason);
    }

    final SubCriterion sub;
    final Span adjusted = new Span();
    Stage appraised;
    Stage finalScore;

    AppraisalRow(SubCriterion sub, SubCriterionValue value, AssessmentState state, Saver appraise, Saver setFinal,
                 Component evidence, Component timeline) {
        this.sub = sub;
        String code = sub.code();
        setId("appraise-" + code);
        addClassName("td-card");
        setWidthFull();
        Span title = new Span(code + " " + AssessmentWords.text(this, sub.title()));
        title.getStyle().set("font-weight", "600");
        Span max = new Span(getTranslation("assessment.max", AssessmentWords.points(sub.maxPoints())));
        max.addClassName("td-muted");
        adjusted.setText(getTranslation("appraise.adjusted"));
        adjusted.getElement().getThemeList().add("badge contrast");
        adjusted.setId("adjusted-" + code);
        adjusted.setVisible(value.adjusted());
        HorizontalLayout head = new HorizontalLayout(title, adjusted, max);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(title);
        add(head);
        if (!sub.selfScored()) {
            Span survey = new Span(getTranslation("assessment.bySurvey"));
            survey.addClassName("td-muted");
            add(survey);
            return;
        }
        Div self = new Div(new Span(getTranslation("appraise.self", AssessmentWords.answer(this, sub, value.answer()),
                AssessmentWords.points(value.points()))));
        self.setId("self-" + code);
        add(self);
        if (value.note() != null) {
            Div note = new Div(new Span(getTranslation("appraise.unitNote", value.note())));
            note.addClassName("td-muted");
            note.getStyle().set("white-space", "pre-wrap");
            add(note);
        }
        HorizontalLayout tools = new HorizontalLayout(evidence, timeline);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("flex-wrap", "wrap");
        add(tools);
        boolean appraising = state == AssessmentState.SUBMITTED || state == AssessmentState.IN_APPRAISAL;
        appraised = new Stage("appraised-", getTranslation("appraise.appraised"),
                value.appraisedAnswer() != null ? value.appraisedAnswer() : value.answer(),
                value.appraisedPoints() != null ? value.appraisedPoints() : value.points(), value.appraisedReason(),
                appraising, appraise);
        add(appraised);
        if (state.ordinal() >= AssessmentState.APPRAISED_SENT.ordinal() && value.adjusted()) {
            Div explanation = new Div(new Span(value.explanation() == null ? getTranslation("appraise.noExplanation")
                    : getTranslation("appraise.explanation", value.explanation())));
            explanation.setId("explanation-" + code);
            explanation.addClassName("td-callout");
            explanation.getStyle().set("white-space", "pre-wrap");
            add(explanation);
        }
        if (state == AssessmentState.EXPLAINED || state == AssessmentState.FINAL) {
            finalScore = new Stage("final-", getTranslation("appraise.final"),
                    value.appraisedAnswer() != null ? value.appraisedAnswer() : value.answer(),
                    value.finalPoints() != null ? value.finalPoints() : value.appraisedOrSelf(), value.finalReason(),
                    state == AssessmentState.EXPLAINED, setFinal);
            add(finalScore);
        }
    }

    /** One of the appraiser's two scores: the input, its points, the reason and a save. */
    final class Stage extends Div {

        final ScoreInput input;
        final Span points = new Span();
        final TextArea reason = new TextArea();
        final Button save = new Button();
        final Div message = new Div();
        private final Saver saver;

        Stage(String prefix, String label, SelfScore answer, java.math.BigDecimal shown, String why, boolean editable,
              Saver saver) {
            this.saver = saver;
            String code = sub.code();
            setId(prefix + code);
            Span caption = new Span(label);
            caption.getStyle().set("font-weight", "600");
            input = new ScoreInput(sub, answer, editable, prefix, points::setText);
            points.setId(prefix + "points-" + code);
            points.getStyle().set("font-weight", "600");
            points.setText(shown == null ? getTranslation("assessment.notScored")
                    : getTranslation("assessment.points", AssessmentWords.points(shown)));
            HorizontalLayout line = new HorizontalLayout(caption, input, points);
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            line.getStyle().set("flex-wrap", "wrap");
            reason.setLabel(getTranslation("appraise.reason"));
            reason.setId(prefix + "reason-" + code);
            reason.setWidthFull();
            reason.setValue(why == null ? "" : why);
            reason.setReadOnly(!editable);
            reason.setVisible(editable || why != null);
            TextLimits.count(reason, SelfAssessments.MAX_TEXT);
            save.setText(getTranslation("assessment.save"));
            save.setId(prefix + "save-" + code);
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.setVisible(editable);
            save.addClickListener(e -> save());
            message.setId(prefix + "message-" + code);
            add(line, reason, save, message);
        }

        void save() {
            SelfScore answer = input.answer();
            if (answer == null) {
                say(getTranslation("assessment.choose"), true);
                return;
            }
            if (!TextLimits.within(reason, SelfAssessments.MAX_TEXT)) {
                return;
            }
            try {
                SubCriterionValue saved = saver.save(sub.code(), answer, reason.getValue());
                adjusted.setVisible(saved.adjusted());
                say(getTranslation("assessment.saved", sub.code()), false);
            } catch (ScoreNotAllowed refused) {
                say(refused.problems().stream().map(p -> AssessmentWords.problem(this, p))
                        .collect(Collectors.joining(" · ")), true);
            } catch (Rejected refused) {
                say(Notices.text(refused), true);
            }
        }

        private void say(String text, boolean error) {
            message.setText(text);
            message.getElement().setAttribute("role", error ? "alert" : "status");
            message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
        }
    }
}
