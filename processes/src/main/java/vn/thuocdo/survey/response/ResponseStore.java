package vn.thuocdo.survey.response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Drafts and final responses. The answers are the canonical JSON of what the questionnaire accepted. In the named
 * interface "answers" (with {@link InvalidResponse}): in-person fieldwork stores the same JSON and refuses answers the
 * same way, with no second reader.
 */
@Repository
@NamedInterface("answers")
public class ResponseStore {

    /** Numbers come back as they were stored (whole numbers as longs, decimals exact), for the questionnaire to read. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private final JdbcTemplate jdbc;

    ResponseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A final response about to be stored. */
    public record NewResponse(String id, String roundId, Long invitationId, String questionnaire, Channel channel,
                              String unitId, String communeCode, String positionGroup, String clientId,
                              String answers, Instant startedAt, Instant receivedAt) {
    }

    /** Who sent a response with this id, and for which invitation: to tell a resend from a clash of ids. */
    public record Sent(String id, Long invitationId, String clientId) {
    }

    public Optional<Sent> sent(String id) {
        return jdbc.query("select id, invitation_id, client_id from survey_response where id = ?",
                (rs, n) -> new Sent(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3)),
                id).stream().findFirst();
    }

    public boolean answered(long invitationId) {
        return !jdbc.queryForList("select 1 from survey_response where invitation_id = ?", Integer.class,
                invitationId).isEmpty();
    }

    /** Inserts a final response and drops its draft. A second one for the invitation breaks the unique key. */
    public void insert(NewResponse r) {
        jdbc.update("insert into survey_response (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                        + " commune_code, position_group, client_id, answers, started_at, received_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                r.id(), r.roundId(), r.invitationId(), r.questionnaire(), r.channel().name(), r.unitId(),
                r.communeCode(), r.positionGroup(), r.clientId(), r.answers(),
                r.startedAt() == null ? null : Timestamp.from(r.startedAt()), Timestamp.from(r.receivedAt()));
        if (r.invitationId() != null) {
            jdbc.update("delete from survey_draft where invitation_id = ?", r.invitationId());
        }
    }

    /** The draft as stored, and the section the respondent was on. */
    public record Draft(Map<String, Object> answers, String section, Instant startedAt) {
    }

    public Optional<Draft> draft(long invitationId) {
        return jdbc.query("select answers, section, started_at from survey_draft where invitation_id = ?",
                (rs, n) -> new Draft(read(rs.getString(1)), rs.getString(2), rs.getTimestamp(3).toInstant()),
                invitationId).stream().findFirst();
    }

    public void saveDraft(long invitationId, Map<String, Object> answers, String section, Instant now) {
        String json = write(answers);
        int updated = jdbc.update("update survey_draft set answers = ?, section = ?, updated_at = ?"
                + " where invitation_id = ?", json, section, Timestamp.from(now), invitationId);
        if (updated == 0) {
            jdbc.update("insert into survey_draft (invitation_id, answers, section, started_at, updated_at)"
                    + " values (?, ?, ?, ?, ?)", invitationId, json, section, Timestamp.from(now), Timestamp.from(now));
        }
    }

    /** The canonical JSON of typed answers: the one form both survey channels store. */
    public static String write(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Typed answers are always JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> read(String json) {
        try {
            return JSON.readValue(json, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft is always JSON", e);
        }
    }
}
