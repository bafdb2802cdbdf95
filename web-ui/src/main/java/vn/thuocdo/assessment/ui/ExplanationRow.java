package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.SubCriterionValue;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.util.Objects;

/**
 * One adjusted sub-criterion as the unit explains it (giải trình): its own and the appraised points, the appraisers'
 * reason, the explanation (bounded like every note) with its own save, the evidence to add files and the timeline.
 */
class ExplanationRow extends Div {

    /** Saves the explanation; the view calls the capability with the signed-in officer. */
    interface Saver {
        SubCriterionValue save(String code, String text);
    }

    final SubCriterion sub;
    final TextArea explanation = new TextArea();
    final Button save = new Button();
    final Div message = new Div();
    private final Saver saver;
    private String saved;

    ExplanationRow(SubCriterion sub, SubCriterionValue value, boolean editable, Saver saver, Component evidence,
                   Component timeline) {
        this.sub = sub;
        this.saver = saver;
        this.saved = value.explanation();
        String code = sub.code();
        setId("explain-" + code);
        addClassName("td-card");
        setWidthFull();
        Span title = new Span(code + " " + AssessmentWords.text(this, sub.title()));
        title.getStyle().set("font-weight", "600");
        Div points = new Div(new Span(getTranslation("explain.points", AssessmentWords.points(value.points()),
                AssessmentWords.points(value.appraisedPoints()), AssessmentWords.points(sub.maxPoints()))));
        points.setId("explain-points-" + code);
        Div reason = new Div(new Span(getTranslation("explain.reason",
                value.appraisedReason() == null ? "—" : value.appraisedReason())));
        reason.setId("explain-reason-" + code);
        reason.getStyle().set("white-space", "pre-wrap");
        add(title, points, reason);
        explanation.setLabel(getTranslation("explain.text"));
        explanation.setId("explanation-" + code);
        explanation.setWidthFull();
        explanation.setValue(saved == null ? "" : saved);
        explanation.setReadOnly(!editable);
        TextLimits.count(explanation, SelfAssessments.MAX_TEXT);
        save.setText(getTranslation("explain.save"));
        save.setId("explain-save-" + code);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setVisible(editable);
        save.addClickListener(e -> save());
        message.setId("explain-message-" + code);
        HorizontalLayout tools = new HorizontalLayout(save, evidence, timeline);
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.getStyle().set("flex-wrap", "wrap");
        evidence.setVisible(editable);
        add(explanation, tools, message);
    }

    /** Typed and not saved yet: the view saves these before sending. */
    boolean unsaved() {
        return !explanation.isReadOnly() && !explanation.getValue().isBlank()
                && !Objects.equals(explanation.getValue().strip(), saved);
    }

    /** Saves the explanation; false (with the reason shown) when refused. */
    boolean save() {
        message.removeAll();
        if (!TextLimits.within(explanation, SelfAssessments.MAX_TEXT)) {
            return false;
        }
        try {
            saved = saver.save(sub.code(), explanation.getValue()).explanation();
            say(getTranslation("explain.saved", sub.code()), false);
            return true;
        } catch (Rejected refused) {
            say(Notices.text(refused), true);
            return false;
        }
    }

    private void say(String text, boolean error) {
        message.setText(text);
        message.getElement().setAttribute("role", error ? "alert" : "status");
        message.getStyle().set("color", error ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)");
    }
}
