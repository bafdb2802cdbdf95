package vn.thuocdo.survey.invitation;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The invitations of every round, found by their code's hash; answered ones are those with a final response. */
@Repository
public class InvitationStore {

    private static final String COLUMNS = "id, round_id, kind, questionnaire, unit_id, commune_code, commune_name,"
            + " village_name, household_position, sample_unit_id, official_id, position_group, batch, state,"
            + " issued_by, issued_at";
    /** The same columns read from a join where {@code i} is survey_invitation. */
    private static final String PREFIXED = "i." + COLUMNS.replace(", ", ", i.");

    private final JdbcTemplate jdbc;

    InvitationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the invitations in one batch and returns them with their ids, in the order given. */
    public List<Invitation> insert(List<NewInvitation> invitations, String issuedBy, Instant issuedAt) {
        if (invitations.isEmpty()) {
            return List.of();
        }
        Timestamp at = Timestamp.from(issuedAt);
        jdbc.batchUpdate("insert into survey_invitation (round_id, kind, questionnaire, code_hash, unit_id,"
                        + " commune_code, commune_name, village_name, household_position, sample_unit_id, official_id,"
                        + " position_group, batch, state, issued_by, issued_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ISSUED', ?, ?)",
                invitations, 500, (ps, n) -> {
                    ps.setString(1, n.roundId());
                    ps.setString(2, n.kind().name());
                    ps.setString(3, n.questionnaire());
                    ps.setString(4, n.codeHash());
                    ps.setString(5, n.unitId());
                    ps.setString(6, n.communeCode());
                    ps.setString(7, n.communeName());
                    ps.setString(8, n.villageName());
                    setLong(ps, 9, n.householdPosition());
                    setLong(ps, 10, n.sampleUnitId());
                    setLong(ps, 11, n.officialId());
                    ps.setString(12, n.positionGroup());
                    ps.setString(13, n.batch());
                    ps.setString(14, issuedBy);
                    ps.setTimestamp(15, at);
                });
        // Read back by hash (unique): portable across PostgreSQL and H2, where batch generated keys are not.
        Map<String, Invitation> byHash = new HashMap<>();
        for (int from = 0; from < invitations.size(); from += 500) {
            List<String> hashes = invitations.subList(from, Math.min(invitations.size(), from + 500)).stream()
                    .map(NewInvitation::codeHash).toList();
            String marks = String.join(",", java.util.Collections.nCopies(hashes.size(), "?"));
            jdbc.query("select code_hash, " + COLUMNS + " from survey_invitation where code_hash in (" + marks + ")",
                    rs -> {
                        byHash.put(rs.getString("code_hash"), invitation(rs, 0));
                    }, hashes.toArray());
        }
        return invitations.stream().map(n -> byHash.get(n.codeHash())).toList();
    }

    /**
     * A code's invitation with the final response it already has (null when none): all the gate needs to know of
     * an item, so that a partner's batch costs one round trip to the database, not three per item.
     */
    public record Standing(Invitation invitation, String responseId, String responseClient) {
    }

    /** The standing of each of these hashes that is an invitation, by hash: one query per 500 hashes. */
    public Map<String, Standing> standing(java.util.Collection<String> hashes) {
        List<String> all = List.copyOf(hashes);
        Map<String, Standing> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> some = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", java.util.Collections.nCopies(some.size(), "?"));
            jdbc.query("select i.code_hash, " + PREFIXED + ", r.id as response_id, r.client_id as response_client"
                    + " from survey_invitation i left join survey_response r on r.invitation_id = i.id"
                    + " where i.code_hash in (" + marks + ")", rs -> {
                found.put(rs.getString("code_hash"), new Standing(invitation(rs, 0), rs.getString("response_id"),
                        rs.getString("response_client")));
            }, some.toArray());
        }
        return found;
    }

    public Optional<Invitation> byHash(String codeHash) {
        return jdbc.query("select " + COLUMNS + " from survey_invitation where code_hash = ?",
                InvitationStore::invitation, codeHash).stream().findFirst();
    }

    public Optional<Invitation> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from survey_invitation where id = ?",
                InvitationStore::invitation, id).stream().findFirst();
    }

    /** A batch's working invitations, of one unit or all ({@code unitId} null), in the order issued. */
    public List<Invitation> ofRound(String roundId, String unitId) {
        return unitId == null
                ? jdbc.query("select " + COLUMNS + " from survey_invitation where round_id = ? and state = 'ISSUED'"
                + " order by id", InvitationStore::invitation, roundId)
                : jdbc.query("select " + COLUMNS + " from survey_invitation where round_id = ? and unit_id = ?"
                + " and state = 'ISSUED' order by id", InvitationStore::invitation, roundId, unitId);
    }

    /** Voids a batch's unanswered invitations (their letters stop working); answered ones stay as they are. */
    public int voidBatch(String roundId, String batch) {
        return jdbc.update("update survey_invitation set state = 'VOID' where round_id = ? and batch = ?"
                + " and state = 'ISSUED' and not exists (select 1 from survey_response r"
                + " where r.invitation_id = survey_invitation.id)", roundId, batch);
    }

    /** Voids an official's unanswered invitation (withdrawn from the list, or a new link sent). */
    public int voidOfficial(long officialId) {
        return jdbc.update("update survey_invitation set state = 'VOID' where official_id = ? and state = 'ISSUED'"
                + " and not exists (select 1 from survey_response r where r.invitation_id = survey_invitation.id)",
                officialId);
    }

    /** The household slots of a batch already answered: a reissue leaves them out. */
    public Set<Long> answeredSlots(String roundId, String batch) {
        return new HashSet<>(jdbc.queryForList("select i.sample_unit_id from survey_invitation i"
                + " join survey_response r on r.invitation_id = i.id"
                + " where i.round_id = ? and i.batch = ? and i.sample_unit_id is not null", Long.class, roundId, batch));
    }

    /** How many invitations of the round work, by unit: the denominators of response rates. */
    public Map<String, Long> issuedByUnit(String roundId, InvitationKind kind) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select unit_id, count(*) from survey_invitation where round_id = ? and kind = ? and state = 'ISSUED'"
                + " group by unit_id", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, roundId, kind.name());
        return counts;
    }

    private static void setLong(java.sql.PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    static Invitation invitation(ResultSet rs, int n) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getString("round_id"), InvitationKind.valueOf(rs.getString("kind")),
                rs.getString("questionnaire"), rs.getString("unit_id"), rs.getString("commune_code"),
                rs.getString("commune_name"), rs.getString("village_name"), nullableLong(rs, "household_position"),
                nullableLong(rs, "sample_unit_id"), nullableLong(rs, "official_id"), rs.getString("position_group"),
                rs.getString("batch"), InvitationState.valueOf(rs.getString("state")), rs.getString("issued_by"),
                rs.getTimestamp("issued_at").toInstant());
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
