package vn.thuocdo.round;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Persistence of rounds, their participants and history. */
@Repository
class RoundStore {

    private final JdbcClient db;

    RoundStore(JdbcClient db) {
        this.db = db;
    }

    void insert(Round round, int reminderDaysBefore) {
        db.sql("""
                        insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,
                        sampling_due, state, created_by, created_at, reminder_days_before)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(round.id(), round.year(), round.name(), round.level().name(), round.organiserUnitId(),
                        round.samplingForm(), java.sql.Date.valueOf(round.samplingDue()), round.state().name(),
                        round.createdBy(), Timestamp.from(round.createdAt()), reminderDaysBefore)
                .update();
        for (String unit : round.participants()) {
            db.sql("insert into round_participant (round_id, unit_id) values (?, ?)").params(round.id(), unit).update();
        }
    }

    /** Moves a draft to launched; false if it was no longer a draft (launched twice, by a second click). */
    boolean markLaunched(String id, String processInstanceId, String actor, Instant at) {
        return db.sql("""
                        update evaluation_round set state = ?, process_instance_id = ?, launched_by = ?, launched_at = ?
                        where id = ? and state = ?""")
                .params(RoundState.LAUNCHED.name(), processInstanceId, actor, Timestamp.from(at), id,
                        RoundState.DRAFT.name())
                .update() == 1;
    }

    boolean changeState(String id, RoundState from, RoundState to) {
        return db.sql("update evaluation_round set state = ? where id = ? and state = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    Optional<Round> find(String id) {
        return db.sql("select * from evaluation_round where id = ?").param(id).query(this::map).optional()
                .map(r -> withParticipants(r, participants(List.of(id)).getOrDefault(id, List.of())));
    }

    /** Rounds organised by a unit, newest year first. */
    List<Round> organisedBy(String unitId) {
        return withParticipants(db.sql("""
                        select * from evaluation_round where organiser_unit_id = ?
                        order by round_year desc, created_at desc""")
                .param(unitId).query(this::map).list());
    }

    /** Launched rounds a unit takes part in. */
    List<Round> joinedBy(String unitId) {
        return withParticipants(db.sql("""
                        select r.* from evaluation_round r join round_participant p on p.round_id = r.id
                        where p.unit_id = ? and r.state <> 'DRAFT' order by r.round_year desc, r.created_at desc""")
                .param(unitId).query(this::map).list());
    }

    boolean exists(int year, RoundLevel level, String organiser) {
        return db.sql("""
                        select count(*) from evaluation_round where round_year = ? and level = ?
                        and organiser_unit_id = ? and state <> 'CANCELLED'""")
                .params(year, level.name(), organiser).query(Long.class).single() > 0;
    }

    /** The schedule by stage key ({@link RoundStage#key()}); V13 turned the enum names stored before into keys. */
    void insertSchedule(String roundId, Map<String, java.time.LocalDate> schedule) {
        schedule.forEach((stage, due) -> db.sql("insert into round_stage_due (round_id, stage, due) values (?, ?, ?)")
                .params(roundId, stage, java.sql.Date.valueOf(due)).update());
    }

    void reschedule(String roundId, String stage, java.time.LocalDate due) {
        if (db.sql("update round_stage_due set due = ? where round_id = ? and stage = ?")
                .params(java.sql.Date.valueOf(due), roundId, stage).update() == 0) {
            insertSchedule(roundId, Map.of(stage, due));
        }
    }

    Map<String, java.time.LocalDate> schedule(String roundId) {
        Map<String, java.time.LocalDate> schedule = new java.util.HashMap<>();
        db.sql("select stage, due from round_stage_due where round_id = ?").param(roundId)
                .query((rs, n) -> schedule.put(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list();
        return schedule;
    }

    int reminderDaysBefore(String roundId) {
        return db.sql("select reminder_days_before from evaluation_round where id = ?").param(roundId)
                .query(Integer.class).single();
    }

    void event(String roundId, Instant at, String actor, String action, String detail) {
        db.sql("insert into round_event (round_id, at, actor, action, detail) values (?, ?, ?, ?, ?)")
                .params(roundId, Timestamp.from(at), actor, action, detail).update();
    }

    List<RoundEvent> events(String roundId) {
        // People by name (as they last signed in), the login when no name is known.
        return db.sql("""
                        select e.*, coalesce(p.display_name, e.actor) actor_name from round_event e
                        left join audit_person p on p.username = e.actor where e.round_id = ? order by e.at, e.id""")
                .param(roundId)
                .query((rs, n) -> new RoundEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("detail")))
                .list();
    }

    private List<Round> withParticipants(List<Round> rounds) {
        Map<String, List<String>> units = participants(rounds.stream().map(Round::id).toList());
        return rounds.stream().map(r -> withParticipants(r, units.getOrDefault(r.id(), List.of()))).toList();
    }

    private Map<String, List<String>> participants(List<String> roundIds) {
        if (roundIds.isEmpty()) {
            return Map.of();
        }
        return db.sql("select round_id, unit_id from round_participant where round_id in (:ids) order by unit_id")
                .param("ids", roundIds)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Round withParticipants(Round r, List<String> units) {
        return new Round(r.id(), r.year(), r.name(), r.level(), r.organiserUnitId(), r.samplingForm(),
                r.samplingDue(), r.state(), r.processInstanceId(), r.createdBy(), r.createdAt(), r.launchedBy(),
                r.launchedAt(), List.copyOf(units));
    }

    private Round map(ResultSet rs, int row) throws SQLException {
        Timestamp launched = rs.getTimestamp("launched_at");
        return new Round(rs.getString("id"), rs.getInt("round_year"), rs.getString("name"),
                RoundLevel.valueOf(rs.getString("level")), rs.getString("organiser_unit_id"),
                rs.getString("sampling_form"), rs.getDate("sampling_due").toLocalDate(),
                RoundState.valueOf(rs.getString("state")), rs.getString("process_instance_id"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("launched_by"),
                launched == null ? null : launched.toInstant(), List.of());
    }
}
