package vn.thuocdo.forms.questionnaire;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One reason a questionnaire cannot be used: where ({@code path} such as {@code sections[1].questions[4]}, and the
 * {@code id} there, null when none), and why ({@code code}, a message key under {@code questionnaire.} or
 * {@code expression.} that screens show in Vietnamese, with {@code args}). {@link #message()} is the English wording
 * for logs and administrators.
 */
public record Problem(String path, String id, String code, List<Object> args) {

    public Problem {
        args = List.copyOf(args);
    }

    /** The English wording, path and id first. */
    public String message() {
        String template = Wordings.ENGLISH.getOrDefault(code, code);
        return path + (id == null ? "" : " (" + id + ")") + ": "
                + new MessageFormat(template.replace("'", "''"), Locale.ENGLISH).format(args.toArray());
    }

    /** Every problem code, for screens and tests that must word each one. */
    public static Set<String> codes() {
        return Wordings.ENGLISH.keySet();
    }

    @Override
    public String toString() {
        return message();
    }

    /** The English texts of the problem codes; the Vietnamese ones live in the web-ui message bundles. */
    static final class Wordings {
        static final Map<String, String> ENGLISH = Map.ofEntries(
                Map.entry("questionnaire.badId", "id must be lower-case words joined by '-' (at most 64 characters), was {0}"),
                Map.entry("questionnaire.badVersion", "version must be 1 or more"),
                Map.entry("questionnaire.missing", "{0} is required"),
                Map.entry("questionnaire.tooMany", "at most {1} {0} are allowed, there are {2}"),
                Map.entry("questionnaire.badName", "{0} must be a letter followed by letters, digits or '_' (at most 64), was {1}"),
                Map.entry("questionnaire.duplicateId", "id {0} is used twice"),
                Map.entry("questionnaire.duplicateKey", "key {0} appears twice"),
                Map.entry("questionnaire.emptyList", "{0} needs at least one entry"),
                Map.entry("questionnaire.unknownList", "choice list {0} does not exist"),
                Map.entry("questionnaire.notApplicable", "{0} does not apply to a {1} question"),
                Map.entry("questionnaire.needsChoices", "a {0} question needs a choice list"),
                Map.entry("questionnaire.scaleNotFive", "a SATISFACTION item needs a 5-option scale; list {0} has {1}"),
                Map.entry("questionnaire.unknownElement", "element {0} is not in the grouping"),
                Map.entry("questionnaire.elementWithoutItems", "element {0} has no SATISFACTION item"),
                Map.entry("questionnaire.minAboveMax", "min {0} is above max {1}"),
                Map.entry("questionnaire.outOfRange", "{0} must be between {1} and {2}"),
                Map.entry("questionnaire.noNotValid", "allowNotValid needs the questionnaire's notValid keys"),
                Map.entry("questionnaire.notValidClash", "not-valid key {0} is also a choice of list {1}"),
                Map.entry("questionnaire.messageWithoutConstraint", "constraintMessage without a constraint"),
                Map.entry("expression.tooLong", "{0}: the expression has {1} characters, at most {2} are allowed"),
                Map.entry("expression.tooManyTokens", "{0}: the expression has more than {1} tokens"),
                Map.entry("expression.tooDeep", "{0}: the expression nests deeper than {1} levels"),
                Map.entry("expression.unterminatedString", "{0}: the text starting at position {1} is not closed"),
                Map.entry("expression.unexpectedCharacter", "{0}: character {1} at position {2} is not allowed"),
                Map.entry("expression.badReference", "{0}: the reference at position {1} must be a dollar sign and a question id in curly braces"),
                Map.entry("expression.unknownName", "{0}: {1} is not supported (only and, or, not, div, mod, selected, count-selected, string-length, today)"),
                Map.entry("expression.unexpected", "{0}: unexpected {1} at position {2}"),
                Map.entry("expression.unexpectedEnd", "{0}: the expression ends too early"),
                Map.entry("expression.arity", "{0}: {1}() takes {2} argument(s)"),
                Map.entry("expression.selectedNeedsReference", "{0}: {1}() needs a question reference (or '.') as its first argument"),
                Map.entry("expression.selectedNeedsKey", "{0}: selected() needs a choice key in quotes as its second argument"),
                Map.entry("expression.notChoiceQuestion", "{0}: {1}() does not apply to question {2} (selected reads a choice question, count-selected a multiple choice)"),
                Map.entry("expression.unknownChoice", "{0}: question {1} has no choice {2}"),
                Map.entry("expression.dotInRelevant", "{0}: '.' (this question's answer) is only allowed in a constraint"),
                Map.entry("expression.unknownQuestion", "{0}: question {1} does not exist"),
                Map.entry("expression.selfReference", "{0}: refers to the question itself"),
                Map.entry("expression.laterQuestion", "{0}: refers to {1}, which comes later (only earlier questions may be used)"),
                Map.entry("expression.noteReference", "{0}: refers to {1}, a NOTE that has no answer"));

        private Wordings() {
        }
    }
}
