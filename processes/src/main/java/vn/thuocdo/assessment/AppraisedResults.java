package vn.thuocdo.assessment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.council.CouncilAgenda.UnitResult;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.scorecard.ScorecardLibrary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What the appraisal council reviews until the indices are compiled: each unit's self-scored points as they stand,
 * the final value where the appraisers finalised, else the appraised one, else the unit's own, out of the
 * scorecard's self-scored maximum (the survey's points come with the index computation). A unit not yet final is
 * marked, so the council does not take a provisional figure for a decided one. The compilation's agenda falls back on
 * these until a version of the compiled results is handed to the council.
 */
@Component
public class AppraisedResults {

    /** Message key of the note on a unit whose appraisal is not final yet. */
    static final String NOT_FINAL = "council.note.notFinal";

    private final JdbcTemplate jdbc;
    private final ScorecardLibrary scorecards;

    AppraisedResults(JdbcTemplate jdbc, ScorecardLibrary scorecards) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
    }

    /**
     * One query for every unit (its name joined, its points summed) and the scorecards read once: asking the library
     * per unit would parse every imported scorecard again for each of the 48 units, and the names would be 48 more
     * round trips.
     */
    @Transactional(readOnly = true)
    public List<UnitResult> results(String roundId) {
        ScorecardCatalogue catalogue = scorecards.catalogue();
        return jdbc.query("""
                select a.unit_id, a.scorecard_id, a.state, u.name,
                       sum(coalesce(v.final_points, v.appraised_points, v.points)) as points
                from self_assessment a
                join unit u on u.id = a.unit_id
                left join self_assessment_value v on v.round_id = a.round_id and v.unit_id = a.unit_id
                where a.round_id = ?
                group by a.unit_id, a.scorecard_id, a.state, u.name
                order by a.unit_id""", (rs, n) -> {
            Scorecard scorecard = catalogue.find(rs.getString(2)).orElse(null);
            BigDecimal max = scorecard == null ? BigDecimal.ZERO : scorecard.selfScoredMaximum();
            BigDecimal points = rs.getBigDecimal(5) == null ? BigDecimal.ZERO : rs.getBigDecimal(5);
            BigDecimal percent = max.signum() == 0 ? BigDecimal.ZERO
                    : points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
            boolean decided = AssessmentState.FINAL.name().equals(rs.getString(3));
            return new UnitResult(rs.getString(1), rs.getString(4), points, max, percent, decided ? null : NOT_FINAL);
        }, roundId);
    }
}
