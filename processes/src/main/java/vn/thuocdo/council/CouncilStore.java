package vn.thuocdo.council;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of councils: members, sessions, votes and the units a vote sends back. */
@Repository
class CouncilStore {

    private final JdbcClient db;

    CouncilStore(JdbcClient db) {
        this.db = db;
    }

    List<Member> members(String roundId) {
        return db.sql("select username, display_name, chair from council_member where round_id = ? order by chair desc, display_name")
                .param(roundId).query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    void addMember(String roundId, String username, String displayName, String by, Instant at) {
        db.sql("""
                insert into council_member (round_id, username, display_name, chair, named_by, named_at)
                values (?, ?, ?, false, ?, ?)""")
                .params(roundId, username, displayName, by, Timestamp.from(at)).update();
    }

    boolean removeMember(String roundId, String username) {
        return db.sql("delete from council_member where round_id = ? and username = ?").params(roundId, username)
                .update() > 0;
    }

    void chair(String roundId, String username) {
        db.sql("update council_member set chair = (username = ?) where round_id = ?").params(username, roundId).update();
    }

    void insertSession(Session session) {
        db.sql("""
                insert into council_session (id, round_id, session_no, opened_by, opened_at, closes_at, members)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(session.id(), session.roundId(), session.number(), session.openedBy(),
                        Timestamp.from(session.openedAt()), Timestamp.from(session.closesAt()), session.members())
                .update();
    }

    /** Records the outcome once: false when the session was already decided. */
    boolean decide(String sessionId, Outcome outcome, Instant at) {
        return db.sql("update council_session set outcome = ?, decided_at = ? where id = ? and decided_at is null")
                .params(outcome.name(), Timestamp.from(at), sessionId).update() > 0;
    }

    List<Session> sessions(String roundId) {
        return db.sql("select * from council_session where round_id = ? order by session_no").param(roundId)
                .query(CouncilStore::session).list();
    }

    Optional<Session> session(String sessionId) {
        return db.sql("select * from council_session where id = ?").param(sessionId).query(CouncilStore::session)
                .optional();
    }

    /** The round's newest session, decided or not. */
    Optional<Session> latest(String roundId) {
        List<Session> all = sessions(roundId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Inserts the vote; false when the member has already voted in the session (the key refuses a second row). */
    boolean insertVote(String sessionId, String username, String displayName, Ballot ballot, Instant at) {
        int added = db.sql("""
                insert into council_vote (session_id, username, display_name, choice, comment, cast_at)
                select ?, ?, ?, ?, ?, ? where not exists
                (select 1 from council_vote where session_id = ? and username = ?)""")
                .params(sessionId, username, displayName, ballot.choice().name(), ballot.comment(), Timestamp.from(at),
                        sessionId, username).update();
        if (added == 0) {
            return false;
        }
        for (String unit : ballot.unitIds()) {
            db.sql("insert into council_vote_unit (session_id, username, unit_id) values (?, ?, ?)")
                    .params(sessionId, username, unit).update();
        }
        return true;
    }

    List<Vote> votes(String sessionId) {
        Map<String, List<String>> units = new LinkedHashMap<>();
        db.sql("select username, unit_id from council_vote_unit where session_id = ? order by unit_id").param(sessionId)
                .query((rs, n) -> units.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
                .list();
        return db.sql("select * from council_vote where session_id = ? order by cast_at, username").param(sessionId)
                .query((rs, n) -> new Vote(rs.getString("username"), rs.getString("display_name"),
                        Choice.valueOf(rs.getString("choice")), rs.getString("comment"),
                        List.copyOf(units.getOrDefault(rs.getString("username"), List.of())),
                        rs.getTimestamp("cast_at").toInstant()))
                .list();
    }

    List<String> memberUsernames(String roundId) {
        return db.sql("select username from council_member where round_id = ? order by username").param(roundId)
                .query(String.class).list();
    }

    private static Session session(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        String outcome = rs.getString("outcome");
        return new Session(rs.getString("id"), rs.getString("round_id"), rs.getInt("session_no"),
                rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("closes_at").toInstant(), rs.getInt("members"),
                decided == null ? null : decided.toInstant(), outcome == null ? null : Outcome.valueOf(outcome));
    }
}
