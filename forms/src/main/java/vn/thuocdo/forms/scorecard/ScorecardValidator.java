package vn.thuocdo.forms.scorecard;

import vn.thuocdo.forms.questionnaire.Calculation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a scorecard and collects every problem before refusing it, so the author fixes them all at once: points add
 * up at every level, codes are unique and continue their parent's, every rule is usable (a tiered rule reaches the
 * maximum, a formula reads only declared figures and parses, a survey rule names its measure). Lengths and counts are
 * bounded before any pattern is tried.
 */
final class ScorecardValidator {

    static final int MAX_ID = 64;
    static final int MAX_CODE = 20;
    static final int MAX_AREAS = 20;
    static final int MAX_CRITERIA = 300;
    static final int MAX_SUB_CRITERIA = 1000;
    static final int MAX_LEVELS = 20;
    static final int MAX_FIGURES = 20;
    static final int MAX_BANDS = 20;
    static final int MAX_CHECKS = 20;
    static final int MAX_MEASURE = 100;
    /** No scorecard gives more than this, and no point is finer than a hundredth. */
    static final BigDecimal MAX_POINTS = new BigDecimal("1000");

    private final List<ScorecardProblem> problems = new ArrayList<>();
    private final Set<String> codes = new HashSet<>();

    private ScorecardValidator() {
    }

    static void validate(Scorecard scorecard) {
        ScorecardValidator validator = new ScorecardValidator();
        validator.check(scorecard);
        if (!validator.problems.isEmpty()) {
            throw new ScorecardInvalid(String.valueOf(scorecard.id()), validator.problems);
        }
    }

    private void problem(String at, String code, Object... args) {
        problems.add(new ScorecardProblem(at, code, List.of(args)));
    }

    private void check(Scorecard s) {
        String id = s.id();
        if (id == null || id.length() > MAX_ID || !id.matches("[a-z][a-z0-9-]*")) {
            problem("id", "scorecard.badId", String.valueOf(id));
        }
        if (s.version() < 1) {
            problem("version", "scorecard.badVersion");
        }
        if (s.kind() == null) {
            problem("kind", "scorecard.missing", "kind");
        }
        if (s.title() == null) {
            problem("title", "scorecard.missing", "title");
        }
        if (s.years() == null) {
            problem("years", "scorecard.missing", "years");
        } else if (s.years().from() < 2000 || s.years().from() > 2100
                || (s.years().to() != null && (s.years().to() < s.years().from() || s.years().to() > 2100))) {
            problem("years", "scorecard.badYears", s.years().toString());
        }
        boolean total = points("totalPoints", "totalPoints", s.totalPoints());
        if (s.areas().isEmpty()) {
            problem("areas", "scorecard.emptyNode", "the scorecard");
            return;
        }
        if (s.areas().size() > MAX_AREAS) {
            problem("areas", "scorecard.tooMany", "areas", MAX_AREAS, s.areas().size());
            return;
        }
        int criteria = s.areas().stream().filter(a -> a != null).mapToInt(a -> a.criteria().size()).sum();
        if (criteria > MAX_CRITERIA) {
            problem("areas", "scorecard.tooMany", "criteria", MAX_CRITERIA, criteria);
            return;
        }
        int subs = s.areas().stream().filter(a -> a != null).flatMap(a -> a.criteria().stream())
                .filter(c -> c != null).mapToInt(c -> c.subCriteria().size()).sum();
        if (subs > MAX_SUB_CRITERIA) {
            problem("areas", "scorecard.tooMany", "sub-criteria", MAX_SUB_CRITERIA, subs);
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal survey = BigDecimal.ZERO;
        boolean sumsKnown = true;
        for (Area area : s.areas()) {
            if (area == null) {
                problem("areas", "scorecard.missing", "area");
                sumsKnown = false;
                continue;
            }
            String at = code(area.code(), "");
            node(at, area.title(), area.maxPoints());
            sumsKnown &= area.maxPoints() != null;
            sum = sum.add(area.maxPoints() == null ? BigDecimal.ZERO : area.maxPoints());
            survey = survey.add(area(at, area));
        }
        if (total && sumsKnown && s.totalPoints().compareTo(sum) != 0) {
            problem("totalPoints", "scorecard.pointsMismatch", "totalPoints", plain(s.totalPoints()), plain(sum));
        }
        if (s.surveyPoints() != null && s.surveyPoints().compareTo(survey) != 0) {
            problem("surveyPoints", "scorecard.surveyMismatch", plain(s.surveyPoints()), plain(survey));
        }
    }

    /** Checks an area; returns the points its survey sub-criteria give. */
    private BigDecimal area(String at, Area area) {
        if (area.criteria().isEmpty()) {
            problem(at, "scorecard.emptyNode", at);
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal survey = BigDecimal.ZERO;
        boolean known = true;
        for (Criterion criterion : area.criteria()) {
            if (criterion == null) {
                problem(at, "scorecard.missing", "criterion");
                known = false;
                continue;
            }
            String code = code(criterion.code(), area.code());
            node(code, criterion.title(), criterion.maxPoints());
            known &= criterion.maxPoints() != null;
            sum = sum.add(criterion.maxPoints() == null ? BigDecimal.ZERO : criterion.maxPoints());
            survey = survey.add(criterion(code, criterion));
        }
        if (known && area.maxPoints() != null && area.maxPoints().compareTo(sum) != 0) {
            problem(at, "scorecard.pointsMismatch", at, plain(area.maxPoints()), plain(sum));
        }
        return survey;
    }

    private BigDecimal criterion(String at, Criterion criterion) {
        if (criterion.subCriteria().isEmpty()) {
            problem(at, "scorecard.emptyNode", at);
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal survey = BigDecimal.ZERO;
        boolean known = true;
        for (SubCriterion sub : criterion.subCriteria()) {
            if (sub == null) {
                problem(at, "scorecard.missing", "sub-criterion");
                known = false;
                continue;
            }
            String code = code(sub.code(), criterion.code());
            boolean max = node(code, sub.title(), sub.maxPoints());
            known &= max;
            sum = sum.add(max ? sub.maxPoints() : BigDecimal.ZERO);
            rule(code, sub.rule(), max ? sub.maxPoints() : null);
            if (max && sub.rule() instanceof ScoringRule.Survey) {
                survey = survey.add(sub.maxPoints());
            }
        }
        if (known && criterion.maxPoints() != null && criterion.maxPoints().compareTo(sum) != 0) {
            problem(at, "scorecard.pointsMismatch", at, plain(criterion.maxPoints()), plain(sum));
        }
        return survey;
    }

    /** Checks a node's code (unique, continuing its parent's) and returns the place problems name. */
    private String code(String code, String parent) {
        if (code == null || code.length() > MAX_CODE || !code.matches("[1-9][0-9]{0,2}(\\.[1-9][0-9]{0,2}){0,2}")) {
            problem(String.valueOf(code), "scorecard.badCode", String.valueOf(code));
            return String.valueOf(code);
        }
        if (!codes.add(code)) {
            problem(code, "scorecard.duplicateCode", code);
        }
        String expectedParent = code.contains(".") ? code.substring(0, code.lastIndexOf('.')) : "";
        if (parent != null && !expectedParent.equals(parent)) {
            problem(code, "scorecard.codeNotUnderParent", code, parent.isEmpty() ? "(scorecard)" : parent);
        }
        return code;
    }

    private boolean node(String at, Object title, BigDecimal maxPoints) {
        if (title == null) {
            problem(at, "scorecard.missing", "title");
        }
        return points(at, "maxPoints", maxPoints);
    }

    /** Points must be positive, at most 1,000, and in hundredths at most. */
    private boolean points(String at, String what, BigDecimal points) {
        if (points == null) {
            problem(at, "scorecard.missing", what);
            return false;
        }
        if (points.signum() <= 0 || points.compareTo(MAX_POINTS) > 0 || points.stripTrailingZeros().scale() > 2) {
            problem(at, "scorecard.badPoints", what, plain(points));
            return false;
        }
        return true;
    }

    private void rule(String at, ScoringRule rule, BigDecimal max) {
        if (rule == null) {
            problem(at, "scorecard.noRule");
        } else if (rule instanceof ScoringRule.Tiered tiered) {
            tiered(at, tiered, max);
        } else if (rule instanceof ScoringRule.Formula formula) {
            formula(at, formula, max);
        } else if (rule instanceof ScoringRule.Survey survey) {
            survey(at, survey);
        }
    }

    private void tiered(String at, ScoringRule.Tiered tiered, BigDecimal max) {
        List<ScoringRule.Level> levels = tiered.levels();
        if (levels.size() < 2) {
            problem(at, "scorecard.noLevels");
            return;
        }
        if (levels.size() > MAX_LEVELS) {
            problem(at, "scorecard.tooMany", "levels", MAX_LEVELS, levels.size());
            return;
        }
        Set<String> keys = new HashSet<>();
        boolean reachesMax = false;
        for (ScoringRule.Level level : levels) {
            if (level == null) {
                problem(at, "scorecard.missing", "level");
                continue;
            }
            String key = level.key();
            if (key == null || key.length() > 32 || !key.matches("[a-zA-Z][a-zA-Z0-9-]*")) {
                problem(at, "scorecard.badKey", String.valueOf(key));
            } else if (!keys.add(key)) {
                problem(at, "scorecard.duplicateLevel", key);
            }
            if (level.label() == null) {
                problem(at, "scorecard.missing", "label of level " + key);
            }
            BigDecimal points = level.points();
            if (points == null) {
                problem(at, "scorecard.missing", "points of level " + key);
            } else if (points.signum() < 0) {
                problem(at, "scorecard.negativePoints", "level " + key, plain(points));
            } else if (points.stripTrailingZeros().scale() > 2) {
                problem(at, "scorecard.badPoints", "level " + key, plain(points));
            } else if (max != null && points.compareTo(max) > 0) {
                problem(at, "scorecard.levelAboveMax", key, plain(points), plain(max));
            } else if (max != null && points.compareTo(max) == 0) {
                reachesMax = true;
            }
        }
        if (max != null && !reachesMax) {
            problem(at, "scorecard.noLevelAtMax", plain(max));
        }
    }

    private void formula(String at, ScoringRule.Formula formula, BigDecimal max) {
        List<ScoringRule.Figure> figures = formula.figures();
        if (figures.isEmpty()) {
            problem(at, "scorecard.noFigures");
        } else if (figures.size() > MAX_FIGURES) {
            problem(at, "scorecard.tooMany", "figures", MAX_FIGURES, figures.size());
            return;
        }
        Set<String> ids = new HashSet<>();
        for (ScoringRule.Figure figure : figures) {
            if (figure == null) {
                problem(at, "scorecard.missing", "figure");
                continue;
            }
            String id = figure.id();
            if (id == null || id.length() > 32 || !id.matches("[a-zA-Z][a-zA-Z0-9]*")) {
                problem(at, "scorecard.badFigureId", String.valueOf(id));
            } else if (!ids.add(id)) {
                problem(at, "scorecard.duplicateFigure", id);
            }
            if (figure.label() == null) {
                problem(at, "scorecard.missing", "label of figure " + id);
            }
            if (figure.kind() == null) {
                problem(at, "scorecard.missing", "kind of figure " + id);
            }
            if (figure.max() != null && figure.max().signum() <= 0) {
                problem(at, "scorecard.badFigureMax", id, plain(figure.max()));
            }
        }
        calculation(at, "value", formula.value(), ids);
        if (formula.checkList().size() > MAX_CHECKS) {
            problem(at, "scorecard.tooMany", "checks", MAX_CHECKS, formula.checkList().size());
        } else {
            for (ScoringRule.Check check : formula.checkList()) {
                if (check == null) {
                    problem(at, "scorecard.missing", "check");
                    continue;
                }
                calculation(at, "check", check.rule(), ids);
                if (check.message() == null) {
                    problem(at, "scorecard.missing", "message of check " + check.rule());
                }
            }
        }
        if (formula.scoring() == null) {
            problem(at, "scorecard.missing", "scoring");
        } else if (formula.scoring() == ScoringRule.Formula.Method.BANDS) {
            bands(at, formula.bandList(), max);
        } else if (formula.bands() != null) {
            problem(at, "scorecard.bandsNotUsed");
        }
        if (formula.whenUndefined() != null) {
            BigDecimal points = formula.whenUndefined();
            if (points.signum() < 0) {
                problem(at, "scorecard.negativePoints", "whenUndefined", plain(points));
            } else if (max != null && points.compareTo(max) > 0) {
                problem(at, "scorecard.levelAboveMax", "whenUndefined", plain(points), plain(max));
            }
        }
    }

    private void calculation(String at, String property, String text, Set<String> figures) {
        if (text == null) {
            problem(at, "scorecard.missing", property);
            return;
        }
        try {
            Calculation.parse(text, figures);
        } catch (Calculation.Invalid e) {
            String reason = new java.text.MessageFormat(ScorecardProblem.EXPRESSIONS.getOrDefault(e.code(), e.code())
                    .replace("'", "''"), java.util.Locale.ENGLISH).format(e.args().toArray());
            // The expression's own code and figures follow, so a screen can word the reason in Vietnamese.
            List<Object> args = new ArrayList<>(List.of(property, reason, e.code()));
            args.addAll(e.args());
            problem(at, "scorecard.formulaProblem", args.toArray());
        }
    }

    private void bands(String at, List<ScoringRule.Band> bands, BigDecimal max) {
        if (bands.isEmpty()) {
            problem(at, "scorecard.noBands");
            return;
        }
        if (bands.size() > MAX_BANDS) {
            problem(at, "scorecard.tooMany", "bands", MAX_BANDS, bands.size());
            return;
        }
        Set<BigDecimal> starts = new HashSet<>();
        for (ScoringRule.Band band : bands) {
            if (band == null || band.atLeast() == null || band.points() == null) {
                problem(at, "scorecard.missing", "band's atLeast and points");
                continue;
            }
            if (!starts.add(band.atLeast().stripTrailingZeros())) {
                problem(at, "scorecard.duplicateBand", plain(band.atLeast()));
            }
            if (band.points().signum() < 0) {
                problem(at, "scorecard.negativePoints", "band " + plain(band.atLeast()), plain(band.points()));
            } else if (max != null && band.points().compareTo(max) > 0) {
                problem(at, "scorecard.levelAboveMax", "band " + plain(band.atLeast()), plain(band.points()),
                        plain(max));
            }
        }
    }

    private void survey(String at, ScoringRule.Survey survey) {
        String measure = survey.measure();
        if (measure == null || measure.isBlank()) {
            problem(at, "scorecard.noMeasure");
        } else if (!isMeasure(measure)) {
            problem(at, "scorecard.badMeasure", measure);
        }
    }

    /** A survey measure the index computation knows how to give; length checked before the pattern. */
    static boolean isMeasure(String measure) {
        return measure.length() <= MAX_MEASURE
                && measure.matches("sipas:overall|sipas:(part|element):[a-z][a-zA-Z0-9_-]{0,63}"
                + "|officials:overall|officials:[a-z][a-zA-Z0-9_-]{0,63}");
    }

    /** A number as problems carry it: canonical, so each language formats it its own way (3,5 or 3.5). */
    static BigDecimal plain(BigDecimal value) {
        return Decimals.canonical(value);
    }
}
