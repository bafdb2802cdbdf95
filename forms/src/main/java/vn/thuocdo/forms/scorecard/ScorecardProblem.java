package vn.thuocdo.forms.scorecard;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One reason a scorecard cannot be used: where ({@code at}, the code of the area, criterion or sub-criterion, or the
 * property such as {@code years}), and why ({@code code}, a message key under {@code scorecard.} or
 * {@code expression.} that screens word in Vietnamese, with {@code args}). {@link #message()} is the English wording.
 */
public record ScorecardProblem(String at, String code, List<Object> args) {

    public ScorecardProblem {
        args = List.copyOf(args);
    }

    /** The English wording, place first. */
    public String message() {
        String template = ENGLISH.getOrDefault(code, code);
        return at + ": " + new MessageFormat(template.replace("'", "''"), Locale.ENGLISH).format(args.toArray());
    }

    /** Every problem code, for screens and tests that must word each one. */
    public static Set<String> codes() {
        return ENGLISH.keySet();
    }

    /** The expression codes a {@code scorecard.formulaProblem} may carry (third argument, its figures after). */
    public static Set<String> expressionCodes() {
        return EXPRESSIONS.keySet();
    }

    @Override
    public String toString() {
        return message();
    }

    static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("scorecard.badId", "id must be lower-case words, digits and '-' (at most 64 characters), was {0}"),
            Map.entry("scorecard.badVersion", "version must be 1 or more"),
            Map.entry("scorecard.missing", "{0} is required"),
            Map.entry("scorecard.badYears", "years must run from a year between 2000 and 2100 to a later or equal one, were {0}"),
            Map.entry("scorecard.tooMany", "at most {1} {0} are allowed, there are {2}"),
            Map.entry("scorecard.badCode", "code {0} must be numbers joined by '.' like 1, 1.2, 1.2.3 (at most 20 characters)"),
            Map.entry("scorecard.duplicateCode", "code {0} is used twice"),
            Map.entry("scorecard.codeNotUnderParent", "code {0} does not continue its parent''s code {1}"),
            Map.entry("scorecard.emptyNode", "{0} has nothing under it"),
            Map.entry("scorecard.badPoints", "{0} must be a positive number of points with at most 2 decimals, was {1}"),
            Map.entry("scorecard.pointsMismatch", "the maximum of {0} is {1} but its parts add up to {2}"),
            Map.entry("scorecard.surveyMismatch", "surveyPoints is {0} but the survey sub-criteria add up to {1}"),
            Map.entry("scorecard.noRule", "the sub-criterion has no scoring rule"),
            Map.entry("scorecard.noLevels", "a TIERED rule needs at least two levels"),
            Map.entry("scorecard.badKey", "level key must be a letter then letters, digits or '-' (at most 32), was {0}"),
            Map.entry("scorecard.duplicateLevel", "level {0} appears twice"),
            Map.entry("scorecard.levelAboveMax", "level {0} gives {1} points, above the maximum {2}"),
            Map.entry("scorecard.negativePoints", "{0} gives {1} points, below 0"),
            Map.entry("scorecard.noLevelAtMax", "no level gives the maximum {0} points"),
            Map.entry("scorecard.noFigures", "a FORMULA rule needs at least one figure"),
            Map.entry("scorecard.badFigureId", "figure id must be a letter then letters or digits (at most 32), was {0}"),
            Map.entry("scorecard.duplicateFigure", "figure {0} is declared twice"),
            Map.entry("scorecard.badFigureMax", "figure {0}: max must be above 0, was {1}"),
            Map.entry("scorecard.formulaProblem", "{0}: {1}"),
            Map.entry("scorecard.noBands", "scoring BANDS needs at least one band"),
            Map.entry("scorecard.bandsNotUsed", "bands are only read when scoring is BANDS"),
            Map.entry("scorecard.duplicateBand", "two bands start at {0}"),
            Map.entry("scorecard.noMeasure", "a SURVEY rule needs its survey measure"),
            Map.entry("scorecard.badMeasure", "survey measure must be sipas:overall, sipas:part:<id>, sipas:element:<id>, officials:overall or officials:<id>, was {0}"),
            Map.entry("scorecard.yearsOverlap", "its years {0} overlap those of {1} ({2}), also for {3}"),
            Map.entry("scorecard.duplicateId", "{0} is defined twice"));

    /** Why a formula cannot be used, in English: carried inside {@code scorecard.formulaProblem}. */
    static final Map<String, String> EXPRESSIONS = Map.ofEntries(
            Map.entry("expression.tooLong", "the expression has {0} characters, at most {1} are allowed"),
            Map.entry("expression.tooManyTokens", "the expression has more than {0} tokens"),
            Map.entry("expression.tooDeep", "the expression nests deeper than {0} levels"),
            Map.entry("expression.unterminatedString", "the text starting at position {0} is not closed"),
            Map.entry("expression.unexpectedCharacter", "character {0} at position {1} is not allowed"),
            Map.entry("expression.badReference", "the reference at position {0} must be a dollar sign and a figure id in curly braces"),
            Map.entry("expression.unknownName", "{0} is not supported"),
            Map.entry("expression.unexpected", "unexpected {0} at position {1}"),
            Map.entry("expression.unexpectedEnd", "the expression ends too early"),
            Map.entry("expression.arity", "{0}() takes {1} argument(s)"),
            Map.entry("expression.unknownVariable", "refers to figure {0}, which is not declared"),
            Map.entry("expression.notForNumbers", "{0} cannot be used over figures"));
}
