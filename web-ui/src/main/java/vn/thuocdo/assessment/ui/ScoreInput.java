package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.forms.scorecard.AnswerProblem;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.Scoring;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The input a sub-criterion's rule allows - yes/no, one of its tiers, or the reported figures - with the points the
 * answer earns computed as it is typed (or why it cannot be scored). The officer's self score, the appraised and the
 * final score all use it, so an appraiser can only pick values the rule allows. {@code idPrefix} keeps the element
 * ids apart when two inputs of one sub-criterion are on a screen ("" for the self score, "appraised-", "final-").
 */
class ScoreInput extends Div {

    final SubCriterion sub;
    RadioButtonGroup<Boolean> done;
    Select<ScoringRule.Level> level;
    final Map<String, TextField> figures = new LinkedHashMap<>();
    private final Consumer<String> onPoints;

    ScoreInput(SubCriterion sub, SelfScore value, boolean editable, String idPrefix, Consumer<String> onPoints) {
        this.sub = sub;
        this.onPoints = onPoints;
        String code = sub.code();
        if (sub.rule() instanceof ScoringRule.YesNo) {
            done = new RadioButtonGroup<>();
            done.setItems(true, false);
            done.setItemLabelGenerator(d -> getTranslation(d ? "assessment.yes" : "assessment.no"));
            done.setId(idPrefix + "done-" + code);
            if (value instanceof SelfScore.Done d) {
                done.setValue(d.done());
            }
            done.setReadOnly(!editable);
            done.addValueChangeListener(e -> preview());
            add(done);
        } else if (sub.rule() instanceof ScoringRule.Tiered tiered) {
            level = new Select<>();
            level.setItems(tiered.levels());
            level.setItemLabelGenerator(l -> AssessmentWords.text(this, l.label()) + " ("
                    + AssessmentWords.points(l.points()) + ")");
            level.setPlaceholder(getTranslation("assessment.level.choose"));
            level.setId(idPrefix + "level-" + code);
            level.setWidth("24em");
            if (value instanceof SelfScore.Level chosen) {
                tiered.levels().stream().filter(l -> l.key().equals(chosen.key())).findFirst()
                        .ifPresent(level::setValue);
            }
            level.setReadOnly(!editable);
            level.addValueChangeListener(e -> preview());
            add(level);
        } else {
            ScoringRule.Formula formula = (ScoringRule.Formula) sub.rule();
            HorizontalLayout fields = new HorizontalLayout();
            fields.getStyle().set("flex-wrap", "wrap");
            fields.setAlignItems(FlexComponent.Alignment.BASELINE);
            for (ScoringRule.Figure figure : formula.figures()) {
                TextField field = new TextField(AssessmentWords.text(this, figure.label()));
                field.setId(idPrefix + "figure-" + code + "-" + figure.id());
                field.setMaxLength(30);
                field.setWidth("14em");
                if (value instanceof SelfScore.Figures typed) {
                    field.setValue(typed.values().getOrDefault(figure.id(), ""));
                }
                field.setReadOnly(!editable);
                field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
                field.addValueChangeListener(e -> preview());
                figures.put(figure.id(), field);
                fields.add(field);
            }
            add(fields);
        }
    }

    /** What is typed, as the scoring reads it; null while nothing is chosen. */
    SelfScore answer() {
        if (done != null) {
            return done.getValue() == null ? null : new SelfScore.Done(done.getValue());
        }
        if (level != null) {
            return level.getValue() == null ? null : new SelfScore.Level(level.getValue().key());
        }
        Map<String, String> typed = new LinkedHashMap<>();
        figures.forEach((id, field) -> typed.put(id, field.getValue()));
        return new SelfScore.Figures(typed);
    }

    /** The points the answer would earn, computed as it is typed, or why it cannot be scored. */
    private void preview() {
        SelfScore answer = answer();
        if (answer == null) {
            return;
        }
        List<AnswerProblem> problems = Scoring.check(sub, answer);
        if (problems.isEmpty()) {
            onPoints.accept(getTranslation("assessment.points",
                    AssessmentWords.points(Scoring.round(Scoring.score(sub, answer)))));
        } else if (figures.values().stream().noneMatch(f -> f.getValue().isBlank())) {
            onPoints.accept(AssessmentWords.problem(this, problems.get(0)));
        }
    }
}
