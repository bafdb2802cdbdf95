package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.assessment.ScoreNotAllowed;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.SubCriterionValue;
import vn.thuocdo.forms.scorecard.AnswerProblem;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.Scoring;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One sub-criterion as its unit's officer scores it: the input its rule allows (yes/no, a tier, the reported figures
 * with the points computed as they are typed, or "by survey"), the note, the evidence count and the evidence panel's
 * place, and a save that names the version it read, so a colleague's newer save is never overwritten.
 */
class SubCriterionEditor extends Div {

    /** Saves one sub-criterion; the view calls the capability with the signed-in officer. */
    interface Saver {
        SubCriterionValue save(String code, SelfScore answer, String note, int expectedVersion);
    }

    final SubCriterion sub;
    private final Saver saver;
    private int version;
    private ScoreInput input;
    RadioButtonGroup<Boolean> done;
    Select<ScoringRule.Level> level;
    Map<String, TextField> figures = new LinkedHashMap<>();
    final Span points = new Span();
    final TextArea note = new TextArea();
    final Button save = new Button();
    final Div message = new Div();
    final Span evidence = new Span();

    SubCriterionEditor(SubCriterion sub, SubCriterionValue value, boolean editable, Saver saver,
                       Component evidencePanel) {
        this.sub = sub;
        this.saver = saver;
        this.version = value.version();
        String code = sub.code();
        setId("sub-" + code);
        addClassName("td-card");
        setWidthFull();
        Span title = new Span(code + " " + AssessmentWords.text(this, sub.title()));
        title.getStyle().set("font-weight", "600");
        Span max = new Span(getTranslation("assessment.max", AssessmentWords.points(sub.maxPoints())));
        max.addClassName("td-muted");
        HorizontalLayout head = new HorizontalLayout(title, max);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.setWidthFull();
        head.expand(title);
        add(head);
        if (!sub.selfScored()) {
            Span survey = new Span(getTranslation("assessment.bySurvey"));
            survey.setId("survey-" + code);
            survey.addClassName("td-muted");
            add(survey);
            return;
        }
        HorizontalLayout inputs = new HorizontalLayout();
        inputs.setAlignItems(FlexComponent.Alignment.BASELINE);
        inputs.setWidthFull();
        inputs.getStyle().set("flex-wrap", "wrap");
        input = new ScoreInput(sub, value.answer(), editable, "", this::showPoints);
        done = input.done;
        level = input.level;
        figures = input.figures;
        inputs.add(input);
        points.setId("points-" + code);
        points.getStyle().set("font-weight", "600");
        inputs.add(points);
        showPoints(value.points() != null ? getTranslation("assessment.points", AssessmentWords.points(value.points()))
                : getTranslation("assessment.notScored"));
        add(inputs);
        note.setLabel(getTranslation(sub.requiresEvidence() ? "assessment.note.evidence" : "assessment.note"));
        note.setValue(value.note() == null ? "" : value.note());
        note.setWidthFull();
        note.setId("note-" + code);
        note.setReadOnly(!editable);
        TextLimits.count(note, SelfAssessments.MAX_TEXT);
        evidence.setId("evidence-" + code);
        evidence.setText(getTranslation("assessment.evidence.count", value.evidence()));
        evidence.addClassName(value.evidence() == 0 && sub.requiresEvidence() ? "td-warning" : "td-muted");
        message.setId("message-" + code);
        save.setText(getTranslation("assessment.save"));
        save.setId("save-" + code);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.setVisible(editable);
        save.addClickListener(e -> save());
        HorizontalLayout foot = new HorizontalLayout(evidence, save);
        foot.setAlignItems(FlexComponent.Alignment.CENTER);
        add(note, foot, evidencePanel, message);
    }

    /** What is typed, as the scoring reads it; null while nothing is chosen. */
    SelfScore answer() {
        return input.answer();
    }

    private void showPoints(String text) {
        points.setText(text);
    }

    void save() {
        message.removeAll();
        SelfScore answer = answer();
        if (answer == null) {
            say(getTranslation("assessment.choose"), true);
            return;
        }
        if (!TextLimits.within(note, SelfAssessments.MAX_TEXT)) {
            return;
        }
        try {
            SubCriterionValue saved = saver.save(sub.code(), answer, note.getValue(), version);
            version = saved.version();
            showPoints(getTranslation("assessment.points", AssessmentWords.points(saved.points())));
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

    int version() {
        return version;
    }
}
