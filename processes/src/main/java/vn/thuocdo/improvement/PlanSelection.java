package vn.thuocdo.improvement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.improvement.Candidate;
import vn.thuocdo.forms.improvement.ItemKind;
import vn.thuocdo.forms.improvement.SelectionRule;
import vn.thuocdo.forms.improvement.SelectionRules;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.scorecard.ScorecardLibrary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A unit's candidates and the items the rule chooses from them. Areas and SIPAS elements are the publication's frozen
 * numbers ({@code publication_result}); criteria are not published one by one, so their shares are the unit's final
 * appraised points (final, else appraised, else its own) over the criterion's maximum in the scorecard the unit was
 * assessed against, for criteria scored wholly by the unit (survey-assessed ones come from the survey).
 */
@Component
class PlanSelection {

    record Chosen(Candidate candidate, BigDecimal points, BigDecimal maxPoints) {
    }

    private static final String AREA = "par:area:";
    private static final String ELEMENT = "sipas:element:";

    private final JdbcClient db;
    private final ScorecardLibrary scorecards;
    private final Map<String, String> elementNames = new HashMap<>();

    PlanSelection(JdbcClient db, ScorecardLibrary scorecards) {
        this.db = db;
        this.scorecards = scorecards;
        IndexCatalogue.load().latest("sipas").ifPresent(sipas -> {
            for (IndexDefinition.Group element : sipas.elements()) {
                elementNames.put(element.id(), element.label() == null ? element.id() : element.label().vi());
            }
        });
    }

    /** The units of a publication that have PAR results (the national row is no unit). */
    List<String> unitsWithParResults(String publicationId) {
        return db.sql("select distinct r.unit_id from publication_result r join unit u on u.id = r.unit_id"
                        + " where r.publication_id = ? and r.measure like 'par:%' order by r.unit_id")
                .param(publicationId).query(String.class).list();
    }

    List<Chosen> choose(SelectionRule rule, String publicationId, String roundId, String unitId) {
        Optional<Scorecard> scorecard = db.sql("select scorecard_id from self_assessment where round_id = ? and unit_id = ?")
                .params(roundId, unitId).query(String.class).optional().flatMap(scorecards::find);
        Map<String, Chosen> byKey = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        db.sql("select measure, estimate, points, max_points from publication_result where publication_id = ?"
                        + " and unit_id = ? and (measure like 'par:area:%' or measure like 'sipas:element:%')")
                .params(publicationId, unitId).query((rs, n) -> {
                    String measure = rs.getString(1);
                    if (measure.startsWith(AREA)) {
                        String code = measure.substring(AREA.length());
                        BigDecimal points = rs.getBigDecimal(3);
                        BigDecimal max = rs.getBigDecimal(4);
                        add(byKey, candidates, new Candidate(ItemKind.AREA, code, areaName(scorecard, code),
                                share(points, max)), points, max);
                    } else {
                        String id = measure.substring(ELEMENT.length());
                        double estimate = rs.getDouble(2);
                        add(byKey, candidates, new Candidate(ItemKind.ELEMENT, id, elementNames.getOrDefault(id, id),
                                rs.wasNull() ? null : BigDecimal.valueOf(estimate).setScale(4, RoundingMode.HALF_UP)),
                                null, null);
                    }
                    return measure;
                }).list();
        scorecard.ifPresent(card -> criteria(card, roundId, unitId, byKey, candidates));
        return SelectionRules.choose(rule, candidates).stream()
                .map(c -> byKey.get(c.kind() + ":" + c.code())).toList();
    }

    private void criteria(Scorecard card, String roundId, String unitId, Map<String, Chosen> byKey,
                          List<Candidate> candidates) {
        Map<String, BigDecimal> points = new HashMap<>();
        db.sql("select code, coalesce(final_points, appraised_points, points) from self_assessment_value"
                        + " where round_id = ? and unit_id = ?")
                .params(roundId, unitId).query((rs, n) -> points.put(rs.getString(1),
                        rs.getBigDecimal(2) == null ? BigDecimal.ZERO : rs.getBigDecimal(2))).list();
        for (Criterion criterion : card.criteria()) {
            if (criterion.subCriteria().isEmpty() || !criterion.subCriteria().stream().allMatch(SubCriterion::selfScored)) {
                continue;
            }
            BigDecimal got = criterion.subCriteria().stream()
                    .map(s -> points.getOrDefault(s.code(), BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add);
            add(byKey, candidates, new Candidate(ItemKind.CRITERION, criterion.code(), criterion.title().vi(),
                    share(got, criterion.maxPoints())), got, criterion.maxPoints());
        }
    }

    private static void add(Map<String, Chosen> byKey, List<Candidate> candidates, Candidate candidate,
                            BigDecimal points, BigDecimal max) {
        candidates.add(candidate);
        byKey.put(candidate.kind() + ":" + candidate.code(), new Chosen(candidate, points, max));
    }

    private static String areaName(Optional<Scorecard> scorecard, String code) {
        return scorecard.flatMap(card -> card.areas().stream().filter(a -> a.code().equals(code)).findFirst())
                .map(Area::title).map(t -> t.vi()).orElse(code);
    }

    private static BigDecimal share(BigDecimal points, BigDecimal max) {
        if (points == null || max == null || max.signum() <= 0) {
            return null;
        }
        return points.divide(max, 4, RoundingMode.HALF_UP);
    }
}
