package vn.thuocdo.forms.scorecard;

import vn.thuocdo.forms.VietnameseNumbers;
import vn.thuocdo.forms.questionnaire.Calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pure scoring functions: a sub-criterion's points for an answer, exact decimals throughout; what is wrong with
 * an answer, each reason with its key; the survey's percentage as points; sums per criterion, area and scorecard.
 * Computed points (a formula's, the survey's) are rounded half up to hundredths of a point, the precision the
 * published scorecards use [A]; tier and yes/no points are given exactly as the definition states them.
 */
public final class Scoring {

    /** Points are kept to two decimals: 0,25 and 1,5 exactly, a computed 0,8333... as 0,83. */
    public static final int POINT_SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Longer figure texts are refused before any digit is looked at. */
    private static final int MAX_FIGURE_CHARS = 30;

    private Scoring() {
    }

    /** Every reason the answer cannot be scored; empty when it can. */
    public static List<AnswerProblem> check(SubCriterion sub, SelfScore answer) {
        List<AnswerProblem> problems = new ArrayList<>();
        evaluate(sub, answer, problems);
        return List.copyOf(problems);
    }

    /** The points an answer earns; {@link ScoreRefused} with every reason when it cannot be scored. */
    public static BigDecimal score(SubCriterion sub, SelfScore answer) {
        List<AnswerProblem> problems = new ArrayList<>();
        BigDecimal points = evaluate(sub, answer, problems);
        if (!problems.isEmpty()) {
            throw new ScoreRefused(problems);
        }
        return points;
    }

    /**
     * A survey sub-criterion's points from its measure's percentage (0..100): maximum × percentage / 100, rounded.
     * The index computation calls this once the survey is weighted.
     */
    public static BigDecimal fromSurvey(SubCriterion sub, BigDecimal percentage) {
        if (!(sub.rule() instanceof ScoringRule.Survey)) {
            throw new ScoreRefused(List.of(AnswerProblem.of("scorecard.answer.wrongKind", sub.code(),
                    sub.rule().type())));
        }
        if (percentage == null || percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0) {
            throw new ScoreRefused(List.of(AnswerProblem.of("scorecard.answer.badPercentage", sub.code(),
                    String.valueOf(percentage))));
        }
        return round(sub.maxPoints().multiply(percentage).divide(HUNDRED, 10, ROUNDING));
    }

    /** Rounds computed points to the scorecard's precision. */
    public static BigDecimal round(BigDecimal points) {
        return points.setScale(POINT_SCALE, ROUNDING);
    }

    /**
     * Sums of sub-criterion points (by code) per criterion, per area and for the scorecard (under the key
     * {@code ""}); a sub-criterion without points counts 0.
     */
    public static Map<String, BigDecimal> totals(Scorecard scorecard, Map<String, BigDecimal> pointsBySubCriterion) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        BigDecimal all = BigDecimal.ZERO;
        for (Area area : scorecard.areas()) {
            BigDecimal areaSum = BigDecimal.ZERO;
            for (Criterion criterion : area.criteria()) {
                BigDecimal sum = BigDecimal.ZERO;
                for (SubCriterion sub : criterion.subCriteria()) {
                    sum = sum.add(pointsBySubCriterion.getOrDefault(sub.code(), BigDecimal.ZERO));
                }
                totals.put(criterion.code(), sum);
                areaSum = areaSum.add(sum);
            }
            totals.put(area.code(), areaSum);
            all = all.add(areaSum);
        }
        totals.put("", all);
        return totals;
    }

    private static BigDecimal evaluate(SubCriterion sub, SelfScore answer, List<AnswerProblem> problems) {
        String code = sub.code();
        ScoringRule rule = sub.rule();
        if (rule instanceof ScoringRule.Survey) {
            problems.add(AnswerProblem.of("scorecard.answer.surveyOnly", code));
            return null;
        }
        if (answer == null) {
            problems.add(AnswerProblem.of("scorecard.answer.missing", code));
            return null;
        }
        if (answer instanceof SelfScore.Points typed) {
            return typed(sub, typed.points(), problems);
        }
        if (rule instanceof ScoringRule.YesNo && answer instanceof SelfScore.Done done) {
            return done.done() ? sub.maxPoints() : BigDecimal.ZERO;
        }
        if (rule instanceof ScoringRule.Tiered tiered && answer instanceof SelfScore.Level level) {
            for (ScoringRule.Level l : tiered.levels()) {
                if (l.key().equals(level.key())) {
                    return l.points();
                }
            }
            problems.add(AnswerProblem.of("scorecard.answer.unknownLevel", code, String.valueOf(level.key())));
            return null;
        }
        if (rule instanceof ScoringRule.Formula formula && answer instanceof SelfScore.Figures figures) {
            return formula(sub, formula, figures.values(), problems);
        }
        problems.add(AnswerProblem.of("scorecard.answer.wrongKind", code, rule.type()));
        return null;
    }

    /** Points typed directly: allowed where the rule has exactly those points (yes/no's 0 or maximum, a tier's). */
    private static BigDecimal typed(SubCriterion sub, BigDecimal points, List<AnswerProblem> problems) {
        String code = sub.code();
        if (points == null) {
            problems.add(AnswerProblem.of("scorecard.answer.missing", code));
            return null;
        }
        BigDecimal shown = ScorecardValidator.plain(points);
        if (points.signum() < 0) {
            problems.add(AnswerProblem.of("scorecard.answer.negative", code, shown));
            return null;
        }
        if (points.compareTo(sub.maxPoints()) > 0) {
            problems.add(AnswerProblem.of("scorecard.answer.aboveMax", code, shown,
                    ScorecardValidator.plain(sub.maxPoints())));
            return null;
        }
        List<BigDecimal> allowed = new ArrayList<>();
        if (sub.rule() instanceof ScoringRule.YesNo) {
            allowed.add(BigDecimal.ZERO);
            allowed.add(sub.maxPoints());
        } else if (sub.rule() instanceof ScoringRule.Tiered tiered) {
            tiered.levels().forEach(l -> allowed.add(l.points()));
        } else {
            problems.add(AnswerProblem.of("scorecard.answer.wrongKind", code, sub.rule().type()));
            return null;
        }
        for (BigDecimal a : allowed) {
            if (a.compareTo(points) == 0) {
                return a;
            }
        }
        problems.add(AnswerProblem.of("scorecard.answer.notAllowed", code, shown,
                String.join(" / ", allowed.stream().map(a -> ScorecardValidator.plain(a).toPlainString()).distinct()
                        .toList())));
        return null;
    }

    private static BigDecimal formula(SubCriterion sub, ScoringRule.Formula formula, Map<String, String> typed,
                                      List<AnswerProblem> problems) {
        String code = sub.code();
        int before = problems.size();
        for (String id : typed.keySet()) {
            if (!formula.figureIds().contains(id)) {
                problems.add(AnswerProblem.of("scorecard.answer.unknownFigure", code, String.valueOf(id)));
            }
        }
        Map<String, BigDecimal> values = new HashMap<>();
        for (ScoringRule.Figure figure : formula.figures()) {
            BigDecimal value = figure(code, figure, typed.get(figure.id()), problems);
            if (value != null) {
                values.put(figure.id(), value);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        for (ScoringRule.Check check : formula.checkList()) {
            if (!Calculation.parse(check.rule(), formula.figureIds()).holds(values)) {
                // Both wordings travel with the problem, as a questionnaire's constraint message does.
                problems.add(AnswerProblem.of("scorecard.answer.checkFailed", code, check.message().vi(),
                        check.message().in(Locale.ENGLISH)));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        BigDecimal value = Calculation.parse(formula.value(), formula.figureIds()).number(values).orElse(null);
        if (value == null) {
            if (formula.whenUndefined() == null) {
                problems.add(AnswerProblem.of("scorecard.answer.undefined", code));
            }
            return formula.whenUndefined();
        }
        BigDecimal max = sub.maxPoints();
        if (formula.scoring() == ScoringRule.Formula.Method.BANDS) {
            ScoringRule.Band best = null;
            for (ScoringRule.Band band : formula.bandList()) {
                if (value.compareTo(band.atLeast()) >= 0 && (best == null || band.atLeast().compareTo(best.atLeast()) > 0)) {
                    best = band;
                }
            }
            return best == null ? BigDecimal.ZERO : best.points();
        }
        BigDecimal points = max.multiply(value);
        if (points.signum() < 0) {
            return round(BigDecimal.ZERO);
        }
        return round(points.min(max));
    }

    /** Reads one typed figure strictly: whole figures may group thousands ("1.644"), decimals use ',' or '.'. */
    private static BigDecimal figure(String code, ScoringRule.Figure figure, String text,
                                     List<AnswerProblem> problems) {
        String id = figure.id();
        if (text == null || text.isBlank()) {
            problems.add(AnswerProblem.of("scorecard.answer.figureMissing", code, id));
            return null;
        }
        String clean = text.strip();
        if (clean.length() > MAX_FIGURE_CHARS) {
            problems.add(AnswerProblem.of("scorecard.answer.figureNotNumber", code, id,
                    clean.substring(0, 12) + "…"));
            return null;
        }
        BigDecimal value;
        if (figure.kind() == ScoringRule.FigureKind.INTEGER) {
            VietnameseNumbers.Parsed parsed = VietnameseNumbers.parseInteger(clean, true);
            if (parsed.refusal() == VietnameseNumbers.Refusal.DECIMAL) {
                problems.add(AnswerProblem.of("scorecard.answer.figureNotWhole", code, id, clean));
                return null;
            }
            if (parsed.value() == null) {
                problems.add(AnswerProblem.of("scorecard.answer.figureNotNumber", code, id, clean));
                return null;
            }
            value = BigDecimal.valueOf(parsed.value());
        } else {
            if (!clean.matches("-?[0-9]{1,15}([.,][0-9]{1,6})?")) {
                problems.add(AnswerProblem.of("scorecard.answer.figureNotNumber", code, id, clean));
                return null;
            }
            value = new BigDecimal(clean.replace(',', '.'));
        }
        if (value.signum() < 0) {
            problems.add(AnswerProblem.of("scorecard.answer.figureNegative", code, id, clean));
            return null;
        }
        if (figure.max() != null && value.compareTo(figure.max()) > 0) {
            problems.add(AnswerProblem.of("scorecard.answer.figureAboveMax", code, id, clean,
                    ScorecardValidator.plain(figure.max())));
            return null;
        }
        return value;
    }
}
