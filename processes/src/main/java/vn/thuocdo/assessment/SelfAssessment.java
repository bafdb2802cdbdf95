package vn.thuocdo.assessment;

import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.Scoring;
import vn.thuocdo.forms.scorecard.SubCriterion;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A unit's self-assessment in a round as a screen opens it: the pinned scorecard, the state, who signed off and
 * submitted, the deadlines, and the current values of every sub-criterion (by code, in the scorecard's order).
 */
public record SelfAssessment(String roundId, int year, String unitId, String unitName, Scorecard scorecard,
                             AssessmentState state, String signedOffBy, String signedOffByName, Instant signedOffAt,
                             String sentBackComment, String submittedBy, Instant submittedAt, LocalDate due,
                             LocalDate explanationDue, Map<String, SubCriterionValue> values) {

    /** How many of an area's self-scored sub-criteria have a score. */
    public record AreaProgress(String area, int scored, int total) {
    }

    public SubCriterionValue value(String code) {
        return values.get(code);
    }

    /** Sums of the unit's own points per criterion, per area and in all (key ""), as {@link Scoring#totals}. */
    public Map<String, BigDecimal> selfTotals() {
        return totals(SubCriterionValue::points);
    }

    /** Sums of the points that count now: final, else appraised, else the unit's own. */
    public Map<String, BigDecimal> effectiveTotals() {
        return totals(SubCriterionValue::effective);
    }

    private Map<String, BigDecimal> totals(Function<SubCriterionValue, BigDecimal> which) {
        return totals(scorecard, values, which);
    }

    /** Sums of one kind of points (own, appraised, final) per criterion, per area and in all (key ""). */
    static Map<String, BigDecimal> totals(Scorecard scorecard, Map<String, SubCriterionValue> values,
                                          Function<SubCriterionValue, BigDecimal> which) {
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        values.forEach((code, value) -> {
            BigDecimal p = which.apply(value);
            if (p != null) {
                points.put(code, p);
            }
        });
        return Scoring.totals(scorecard, points);
    }

    /** Scored over self-scored sub-criteria, per area (survey ones are filled later and not counted). */
    public List<AreaProgress> progress() {
        List<AreaProgress> progress = new ArrayList<>();
        for (Area area : scorecard.areas()) {
            int total = 0;
            int scored = 0;
            for (SubCriterion sub : area.criteria().stream().flatMap(c -> c.subCriteria().stream()).toList()) {
                if (sub.selfScored()) {
                    total++;
                    SubCriterionValue value = values.get(sub.code());
                    if (value != null && value.scored()) {
                        scored++;
                    }
                }
            }
            progress.add(new AreaProgress(area.code(), scored, total));
        }
        return progress;
    }

    /**
     * What stops sign-off and submission: a self-scored sub-criterion without a score, or a score on one that needs
     * evidence with no file attached and no note explaining why.
     */
    public List<AssessmentProblem> problems() {
        List<AssessmentProblem> problems = new ArrayList<>();
        for (SubCriterion sub : scorecard.subCriteria()) {
            if (!sub.selfScored()) {
                continue;
            }
            SubCriterionValue value = values.get(sub.code());
            if (value == null || !value.scored()) {
                problems.add(new AssessmentProblem(sub.code(), AssessmentProblem.NOT_SCORED));
            } else if (sub.requiresEvidence() && value.evidence() == 0
                    && (value.note() == null || value.note().isBlank())) {
                problems.add(new AssessmentProblem(sub.code(), AssessmentProblem.NO_EVIDENCE));
            }
        }
        return problems;
    }
}
