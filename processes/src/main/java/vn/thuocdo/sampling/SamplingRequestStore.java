package vn.thuocdo.sampling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.thuocdo.forms.Answers;
import vn.thuocdo.forms.FormCatalogue;
import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.shared.Rejected;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Persistence of sampling requests and their history. */
@Repository
class SamplingRequestStore {

    // Decimals read back exactly: 10.5 as a BigDecimal, never a double that prints as 10.499999.
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final JdbcClient db;
    private final FormCatalogue forms;

    SamplingRequestStore(JdbcClient db, FormCatalogue forms) {
        this.db = db;
        this.forms = forms;
    }

    /**
     * Creates the request unless the unit already has one in this round (a retried start must not duplicate);
     * true when it created one.
     */
    boolean openIfAbsent(String roundId, String unitId, String form, LocalDate due) {
        if (find(roundId, unitId).isEmpty()) {
            db.sql("insert into sampling_request (id, round_id, unit_id, form, state, due) values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID().toString(), roundId, unitId, form, SamplingState.REQUESTED.name(),
                            java.sql.Date.valueOf(due))
                    .update();
            return true;
        }
        return false;
    }

    /**
     * Requests with the names of who submitted and reviewed them: the name the person last signed in with (kept by
     * the audit trail), the login when none is known, so screens show people, not accounts.
     */
    private static final String REQUESTS = """
            select r.*, coalesce(s.display_name, r.submitted_by) submitted_by_name,
                   coalesce(v.display_name, r.reviewed_by) reviewed_by_name
            from sampling_request r
            left join audit_person s on s.username = r.submitted_by
            left join audit_person v on v.username = r.reviewed_by
            """;

    Optional<SamplingRequest> find(String roundId, String unitId) {
        return db.sql(REQUESTS + "where r.round_id = ? and r.unit_id = ?")
                .params(roundId, unitId).query(this::map).optional();
    }

    List<SamplingRequest> approvedIn(List<String> roundIds, List<String> unitIds) {
        if (roundIds.isEmpty() || unitIds.isEmpty()) {
            return List.of();
        }
        return db.sql(REQUESTS + """
                        where r.round_id in (:rounds) and r.unit_id in (:units)
                        and r.state = 'APPROVED' order by r.unit_id""")
                .param("rounds", roundIds).param("units", unitIds).query(this::map).list();
    }

    List<SamplingRequest> forRound(String roundId) {
        return db.sql(REQUESTS + "where r.round_id = ? order by r.unit_id")
                .param(roundId).query(this::map).list();
    }

    /**
     * Moves a request from {@code expected} to its new state; false when it was no longer in {@code expected}
     * (a concurrent change), so the caller can refuse instead of overwriting.
     */
    boolean submit(SamplingRequest request, SamplingState expected, Answers answers, String actor,
                   Instant at, boolean late) {
        return db.sql("""
                        update sampling_request set state = ?, answers = ?, submitted_by = ?, submitted_at = ?,
                        submitted_late = ?, revision = revision + 1 where id = ? and state = ? and revision = ?""")
                .params(SamplingState.SUBMITTED.name(), json(answers), actor, Timestamp.from(at), late,
                        request.id(), expected.name(), request.revision())
                .update() == 1;
    }

    boolean review(SamplingRequest request, SamplingState outcome, String actor, Instant at, String reason) {
        return db.sql("""
                        update sampling_request set state = ?, reviewed_by = ?, reviewed_at = ?, review_reason = ?
                        where id = ? and state = ? and revision = ?""")
                .params(outcome.name(), actor, Timestamp.from(at), reason, request.id(),
                        SamplingState.SUBMITTED.name(), request.revision())
                .update() == 1;
    }

    void changeDue(String requestId, LocalDate due) {
        db.sql("update sampling_request set due = ? where id = ?").params(java.sql.Date.valueOf(due), requestId).update();
    }

    void withdraw(String requestId) {
        db.sql("update sampling_request set state = ? where id = ?").params(SamplingState.WITHDRAWN.name(), requestId)
                .update();
    }

    void event(String requestId, Instant at, String actor, String action, String reason, Answers answers) {
        db.sql("""
                        insert into sampling_request_event (request_id, at, actor, action, reason, answers)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(requestId, Timestamp.from(at), actor, action, reason, answers == null ? null : json(answers))
                .update();
    }

    void saveNotes(String requestId, int revision, List<ReturnNote> notes) {
        int seq = 0;
        for (ReturnNote note : notes) {
            db.sql("""
                            insert into sampling_return_note (request_id, revision, seq, target, ref, subject, reason)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(requestId, revision, ++seq, note.target(), note.ref(), note.subject(), note.reason())
                    .update();
        }
    }

    List<ReturnNote> notes(String requestId, int revision) {
        return db.sql("""
                        select target, ref, subject, reason from sampling_return_note
                        where request_id = ? and revision = ? order by seq""")
                .params(requestId, revision)
                .query((rs, n) -> new ReturnNote(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<SamplingEvent> history(String requestId) {
        // People by name (as they last signed in), the login when no name is known.
        return db.sql("""
                        select e.*, coalesce(p.display_name, e.actor) actor_name from sampling_request_event e
                        left join audit_person p on p.username = e.actor where e.request_id = ? order by e.at, e.id""")
                .param(requestId)
                .query((rs, n) -> new SamplingEvent(rs.getTimestamp("at").toInstant(), rs.getString("actor_name"),
                        rs.getString("action"), rs.getString("reason")))
                .list();
    }

    private SamplingRequest map(ResultSet rs, int row) throws SQLException {
        String form = rs.getString("form");
        return new SamplingRequest(rs.getString("id"), rs.getString("round_id"), rs.getString("unit_id"),
                form, SamplingState.valueOf(rs.getString("state")),
                rs.getDate("due").toLocalDate(), answers(forms.get(form), rs.getString("answers")), rs.getString("submitted_by_name"),
                instant(rs.getTimestamp("submitted_at")), rs.getBoolean("submitted_late"),
                rs.getString("reviewed_by_name"), instant(rs.getTimestamp("reviewed_at")),
                rs.getString("review_reason"), rs.getInt("revision"));
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** Typed by the form; rows from before answers were typed (every value a text) read the same way. */
    private static Answers answers(FormDefinition form, String json) {
        if (json == null) {
            return Answers.none();
        }
        try {
            return Answers.fromStored(form, JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored answers are not JSON", e);
        }
    }

    /** Numbers as JSON numbers. The form's bounds keep this within the column; a refusal, never a 500, if not. */
    private static String json(Answers answers) {
        String json;
        try {
            json = JSON.writeValueAsString(answers.stored());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (json.length() > FormDefinition.STORED_LIMIT) {
            throw new Rejected("sampling.answersTooLong", FormDefinition.STORED_LIMIT);
        }
        return json;
    }
}
