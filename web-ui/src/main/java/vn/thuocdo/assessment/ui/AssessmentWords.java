package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.assessment.AssessmentProblem;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.scorecard.AnswerProblem;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the self-assessment screens word points, answers and problems: Vietnamese first, points as 1,5 and 12,25. */
final class AssessmentWords {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String ANSWER_PREFIX = "scorecard.answer.";

    private AssessmentWords() {
    }

    /** Points as written in Vietnam: 0,25, 1,5, 12 - no trailing zeros, a decimal comma. */
    static String points(BigDecimal points) {
        if (points == null) {
            return "—";
        }
        return points.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static String text(Component on, Text text) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return text == null ? "" : text.in(ui == null || ui.getLocale() == null ? VIETNAMESE : ui.getLocale());
    }

    /** One reason a score was refused, in the person's language, numbers written their way. */
    static String problem(Component on, AnswerProblem problem) {
        String suffix = problem.code().startsWith(ANSWER_PREFIX) ? problem.code().substring(ANSWER_PREFIX.length())
                : problem.code();
        Object[] args = problem.args().stream().map(a -> a instanceof BigDecimal d ? points(d) : a).toArray();
        if (suffix.equals("checkFailed") && args.length > 2 && args[2] instanceof Text message) {
            return on.getTranslation("assessment.answer.checkFailed", args[0], text(on, message));
        }
        return on.getTranslation("assessment.answer." + suffix, args);
    }

    static String problem(Component on, AssessmentProblem problem) {
        return on.getTranslation(problem.key(), problem.code());
    }

    static String state(Component on, AssessmentState state) {
        return on.getTranslation("assessment.state." + state.name());
    }

    /** A stored answer as a person reads it: "Có", a level's wording, the figures as typed. */
    static String answer(Component on, SubCriterion sub, SelfScore answer) {
        if (answer == null) {
            return on.getTranslation("assessment.notScored");
        }
        if (answer instanceof SelfScore.Done done) {
            return on.getTranslation(done.done() ? "assessment.yes" : "assessment.no");
        }
        if (answer instanceof SelfScore.Level level && sub.rule() instanceof ScoringRule.Tiered tiered) {
            return tiered.levels().stream().filter(l -> l.key().equals(level.key())).findFirst()
                    .map(l -> text(on, l.label())).orElse(level.key());
        }
        if (answer instanceof SelfScore.Figures figures && sub.rule() instanceof ScoringRule.Formula formula) {
            return formula.figures().stream().map(f -> text(on, f.label()) + ": " + figures.values()
                    .getOrDefault(f.id(), "—")).collect(Collectors.joining("; "));
        }
        if (answer instanceof SelfScore.Points p) {
            return points(p.points());
        }
        return String.valueOf(answer);
    }
}
