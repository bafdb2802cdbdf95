package vn.thuocdo.survey;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Persistence of survey plans and sample versions: a version's units are written once, never changed. */
@Repository
class SampleStore {

    /** Rows per JDBC batch, as for the frames: few round trips, modest driver buffers. */
    static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    SampleStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the round's row so two draws or approvals of its sample cannot interleave. */
    void lock(String roundId) {
        jdbc.queryForObject("select id from evaluation_round where id = ? for update", String.class, roundId);
    }

    void savePlan(SurveyPlan plan) {
        jdbc.update("delete from survey_plan where round_id = ?", plan.roundId());
        jdbc.update("""
                        insert into survey_plan (round_id, citizen_questionnaire, officials_questionnaire, design,
                        chosen_by, chosen_at) values (?, ?, ?, ?, ?, ?)""", plan.roundId(),
                plan.choice().citizenQuestionnaire(), plan.choice().officialsQuestionnaire(), plan.choice().design(),
                plan.chosenBy(), Timestamp.from(plan.chosenAt()));
    }

    Optional<SurveyPlan> plan(String roundId) {
        return jdbc.query("select * from survey_plan where round_id = ?", (rs, n) -> new SurveyPlan(
                rs.getString("round_id"), new SurveyChoice(rs.getString("citizen_questionnaire"),
                rs.getString("officials_questionnaire"), rs.getString("design")), rs.getString("chosen_by"),
                rs.getTimestamp("chosen_at").toInstant()), roundId).stream().findFirst();
    }

    int nextVersion(String roundId) {
        return jdbc.queryForObject("select coalesce(max(version), 0) + 1 from survey_sample where round_id = ?",
                Integer.class, roundId);
    }

    void insert(SampleVersion v, List<SampleUnit> units) {
        jdbc.update("""
                        insert into survey_sample (id, round_id, version, seed, design, frames_fingerprint,
                        sample_fingerprint, state, drawn_by, drawn_at, redraw_reason)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", v.id(), v.roundId(), v.version(), v.seed(),
                v.design(), v.framesFingerprint(), v.sampleFingerprint(), v.state().name(), v.drawnBy(),
                Timestamp.from(v.drawnAt()), v.redrawReason());
        jdbc.batchUpdate("""
                        insert into survey_sample_unit (sample_id, unit_id, stage, commune_code, commune_name,
                        village_name, draw_order, replacement_rank, size, household_position, household, certainty,
                        stage_probability, overall_probability, weight, random_start, sampling_interval)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                units, BATCH, (ps, u) -> {
                    ps.setString(1, v.id());
                    ps.setString(2, u.unitId());
                    ps.setString(3, u.stage().name());
                    ps.setString(4, u.communeCode());
                    ps.setString(5, u.communeName());
                    ps.setString(6, u.villageName());
                    ps.setObject(7, u.order(), Types.INTEGER);
                    ps.setObject(8, u.replacementRank(), Types.INTEGER);
                    ps.setObject(9, u.size(), Types.BIGINT);
                    ps.setObject(10, u.position(), Types.BIGINT);
                    ps.setString(11, u.household());
                    ps.setBoolean(12, u.certainty());
                    ps.setObject(13, u.stageProbability(), Types.DOUBLE);
                    ps.setObject(14, u.overallProbability(), Types.DOUBLE);
                    ps.setObject(15, u.weight(), Types.DOUBLE);
                    ps.setObject(16, u.randomStart(), Types.DOUBLE);
                    ps.setObject(17, u.interval(), Types.DOUBLE);
                });
    }

    /** Moves a version from one state to another; false when it was no longer in {@code from} (raced). */
    boolean changeState(String sampleId, SampleState from, SampleState to) {
        return jdbc.update("update survey_sample set state = ? where id = ? and state = ?", to.name(), sampleId,
                from.name()) == 1;
    }

    boolean approve(String sampleId, String by, Instant at) {
        return jdbc.update("""
                        update survey_sample set state = ?, approved_by = ?, approved_at = ? where id = ? and state = ?""",
                SampleState.APPROVED.name(), by, Timestamp.from(at), sampleId, SampleState.DRAFT.name()) == 1;
    }

    /**
     * Versions with the names of who drew and approved them: the name the person last signed in with (kept by the
     * audit trail), the login when that is unknown, so screens and workbooks show people, not accounts.
     */
    private static final String VERSIONS = """
            select s.*, coalesce(d.display_name, s.drawn_by) drawn_by_name,
                   coalesce(a.display_name, s.approved_by) approved_by_name
            from survey_sample s
            left join audit_person d on d.username = s.drawn_by
            left join audit_person a on a.username = s.approved_by""";

    Optional<SampleVersion> find(String sampleId) {
        return jdbc.query(VERSIONS + " where s.id = ?", SampleStore::version, sampleId).stream()
                .findFirst();
    }

    /** Every version of the round's sample, newest first. */
    List<SampleVersion> versions(String roundId) {
        return jdbc.query(VERSIONS + " where s.round_id = ? order by s.version desc",
                SampleStore::version, roundId);
    }

    Optional<SampleVersion> inState(String roundId, SampleState state) {
        return jdbc.query(VERSIONS + " where s.round_id = ? and s.state = ? order by s.version desc",
                SampleStore::version, roundId, state.name()).stream().findFirst();
    }

    /** A version's rows, of one province or all ({@code unitId} null), down to a stage, in the order drawn. */
    List<SampleUnit> units(String sampleId, String unitId, SampleStage deepest) {
        List<Object> params = new java.util.ArrayList<>(List.of(sampleId));
        StringBuilder sql = new StringBuilder("select * from survey_sample_unit where sample_id = ?");
        if (unitId != null) {
            sql.append(" and unit_id = ?");
            params.add(unitId);
        }
        if (deepest != SampleStage.HOUSEHOLD) {
            // A province's own view stops here: the households drawn never leave the database for it.
            sql.append(deepest == SampleStage.VILLAGE ? " and stage in ('COMMUNE', 'VILLAGE')" : " and stage = 'COMMUNE'");
        }
        return jdbc.query(sql.append(" order by id").toString(), SampleStore::unit, params.toArray());
    }

    /**
     * Per province, the figures of a review, added up by the database so 12,000 household slots never travel:
     * selected units and certainty units per stage, replacements per stage, and the household slots' weights'
     * minimum, maximum, mean and mean square (for the coefficient of variation).
     */
    /** The provinces a version covers: read from the index alone, for the dashboard, which needs no figures. */
    List<String> provinces(String sampleId) {
        return jdbc.queryForList("select distinct unit_id from survey_sample_unit where sample_id = ?", String.class,
                sampleId);
    }

    List<Figures> figures(String sampleId) {
        return jdbc.query("""
                        select unit_id,
                          sum(case when stage = 'COMMUNE' and draw_order is not null then 1 else 0 end) communes,
                          sum(case when stage = 'VILLAGE' and draw_order is not null then 1 else 0 end) villages,
                          sum(case when stage = 'HOUSEHOLD' and draw_order is not null then 1 else 0 end) slots,
                          sum(case when stage = 'COMMUNE' and draw_order is not null and certainty then 1 else 0 end) sure_communes,
                          sum(case when stage = 'VILLAGE' and draw_order is not null and certainty then 1 else 0 end) sure_villages,
                          sum(case when stage = 'COMMUNE' and replacement_rank is not null then 1 else 0 end) spare_communes,
                          sum(case when stage = 'VILLAGE' and replacement_rank is not null then 1 else 0 end) spare_villages,
                          sum(case when stage = 'HOUSEHOLD' and replacement_rank is not null then 1 else 0 end) spare_households,
                          min(case when stage = 'HOUSEHOLD' and draw_order is not null then weight end) min_weight,
                          max(case when stage = 'HOUSEHOLD' and draw_order is not null then weight end) max_weight,
                          avg(case when stage = 'HOUSEHOLD' and draw_order is not null then weight end) mean_weight,
                          avg(case when stage = 'HOUSEHOLD' and draw_order is not null then weight * weight end) mean_square
                        from survey_sample_unit where sample_id = ? group by unit_id order by unit_id""",
                (rs, n) -> new Figures(rs.getString("unit_id"), rs.getInt("communes"), rs.getInt("villages"),
                        rs.getInt("slots"), rs.getInt("sure_communes"), rs.getInt("sure_villages"),
                        rs.getInt("spare_communes"), rs.getInt("spare_villages"), rs.getInt("spare_households"),
                        rs.getDouble("min_weight"), rs.getDouble("max_weight"), rs.getDouble("mean_weight"),
                        rs.getDouble("mean_square")), sampleId);
    }

    /** One province's sums, as {@link #figures} reads them. */
    record Figures(String unitId, int communes, int villages, int slots, int certaintyCommunes,
                   int certaintyVillages, int communeReplacements, int villageReplacements,
                   int householdReplacements, double minWeight, double maxWeight, double meanWeight,
                   double meanSquare) {

        /** Standard deviation over mean; 0 for equal weights (rounding can make the variance a hair below 0). */
        double weightCv() {
            double variance = Math.max(0, meanSquare - meanWeight * meanWeight);
            return meanWeight == 0 ? 0 : Math.sqrt(variance) / meanWeight;
        }
    }

    private static SampleVersion version(ResultSet rs, int n) throws SQLException {
        Timestamp approvedAt = rs.getTimestamp("approved_at");
        return new SampleVersion(rs.getString("id"), rs.getString("round_id"), rs.getInt("version"),
                rs.getLong("seed"), rs.getString("design"), rs.getString("frames_fingerprint"),
                rs.getString("sample_fingerprint"), SampleState.valueOf(rs.getString("state")),
                rs.getString("drawn_by_name"), rs.getTimestamp("drawn_at").toInstant(), rs.getString("approved_by_name"),
                approvedAt == null ? null : approvedAt.toInstant(), rs.getString("redraw_reason"));
    }

    private static SampleUnit unit(ResultSet rs, int n) throws SQLException {
        return new SampleUnit(rs.getString("unit_id"), SampleStage.valueOf(rs.getString("stage")),
                rs.getString("commune_code"), rs.getString("commune_name"), rs.getString("village_name"),
                rs.getObject("draw_order", Integer.class), rs.getObject("replacement_rank", Integer.class),
                rs.getObject("size", Long.class), rs.getObject("household_position", Long.class),
                rs.getString("household"), rs.getBoolean("certainty"), rs.getObject("stage_probability", Double.class),
                rs.getObject("overall_probability", Double.class), rs.getObject("weight", Double.class),
                rs.getObject("random_start", Double.class), rs.getObject("sampling_interval", Double.class));
    }
}
