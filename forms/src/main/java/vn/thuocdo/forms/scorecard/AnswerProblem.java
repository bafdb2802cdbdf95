package vn.thuocdo.forms.scorecard;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Why a score cannot be given to a sub-criterion: {@code code} is a message key under {@code scorecard.answer.} that
 * screens word in Vietnamese, with {@code args}; a failed check carries its own message after the code, Vietnamese
 * then English.
 */
public record AnswerProblem(String code, List<Object> args) {

    public AnswerProblem {
        args = List.copyOf(args);
    }

    static AnswerProblem of(String code, Object... args) {
        return new AnswerProblem(code, List.of(args));
    }

    /** The English wording, for logs and tests. */
    public String message() {
        return new MessageFormat(ENGLISH.getOrDefault(code, code).replace("'", "''"), Locale.ENGLISH)
                .format(args.toArray());
    }

    /** Every answer problem code, for screens and tests that must word each one. */
    public static Set<String> codes() {
        return ENGLISH.keySet();
    }

    @Override
    public String toString() {
        return code + " " + message();
    }

    static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("scorecard.answer.missing", "{0}: no score was given"),
            Map.entry("scorecard.answer.wrongKind", "{0} is scored {1}, not this way"),
            Map.entry("scorecard.answer.surveyOnly", "{0} is assessed by the survey, not self-scored"),
            Map.entry("scorecard.answer.aboveMax", "{0}: {1} points is above the maximum {2}"),
            Map.entry("scorecard.answer.negative", "{0}: {1} points is below 0"),
            Map.entry("scorecard.answer.notAllowed", "{0}: {1} points is not one its rule allows ({2})"),
            Map.entry("scorecard.answer.unknownLevel", "{0}: there is no level {1}"),
            Map.entry("scorecard.answer.figureMissing", "{0}: figure {1} is missing"),
            Map.entry("scorecard.answer.unknownFigure", "{0}: there is no figure {1}"),
            Map.entry("scorecard.answer.figureNotNumber", "{0}: figure {1} is not a number ({2})"),
            Map.entry("scorecard.answer.figureNotWhole", "{0}: figure {1} must be a whole number ({2})"),
            Map.entry("scorecard.answer.figureNegative", "{0}: figure {1} cannot be negative ({2})"),
            Map.entry("scorecard.answer.figureAboveMax", "{0}: figure {1} is {2}, above its maximum {3}"),
            Map.entry("scorecard.answer.checkFailed", "{0}: {2}"),
            Map.entry("scorecard.answer.undefined", "{0}: the figures give no value (e.g. a division by zero)"),
            Map.entry("scorecard.answer.badPercentage", "{0}: a survey percentage must be between 0 and 100, was {1}"));
}
