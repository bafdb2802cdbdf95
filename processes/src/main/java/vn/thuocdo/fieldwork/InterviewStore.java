package vn.thuocdo.fieldwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.response.ResponseStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Interviews as rows: every update names the version it read, so a change made meanwhile is never overwritten. */
@Repository
class InterviewStore {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    InterviewStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The interview with its row locked for the rest of the transaction. */
    Optional<Interview> lock(String id) {
        return jdbc.query("select * from fieldwork_interview where id = ? for update", InterviewStore::interview, id)
                .stream().findFirst();
    }

    Optional<Interview> find(String id) {
        return jdbc.query("select * from fieldwork_interview where id = ?", InterviewStore::interview, id).stream()
                .findFirst();
    }

    /** An interview's row as it is about to be written: the answers already canonical JSON (or null). */
    record Row(String id, String roundId, long slot, String enumerator, long branchId, InterviewState state,
               Outcome outcome, Long replacedBy, int visits, String answers, String questionnaire,
               EntryMode entryMode, Paradata paradata, int edits) {
    }

    /** A new interview; the unique slot refuses a second one that raced past the checks (two devices at once). */
    void insert(Row r, Instant now) {
        try {
            insertRow(r, now);
        } catch (DuplicateKeyException raced) {
            throw new Rejected("fieldwork.slotHasInterview");
        }
    }

    private void insertRow(Row r, Instant now) {
        jdbc.update("""
                        insert into fieldwork_interview (id, round_id, sample_unit_id, enumerator, branch_id, state,
                        outcome, replaced_by, visits, answers, questionnaire, entry_mode, started_at, ended_at,
                        section_seconds, device, edits_after_completion, version, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""",
                r.id(), r.roundId(), r.slot(), r.enumerator(), r.branchId(), r.state().name(), name(r.outcome()),
                r.replacedBy(), r.visits(), r.answers(), r.questionnaire(), r.entryMode().name(),
                time(r.paradata().startedAt()), time(r.paradata().endedAt()), sections(r.paradata()),
                r.paradata().device(), r.edits(), Timestamp.from(now), Timestamp.from(now));
    }

    /** Writes what an enumerator sent over the version read; refused when someone changed it meanwhile. */
    void update(Row r, int readVersion, Instant now) {
        int updated = jdbc.update("""
                        update fieldwork_interview set state = ?, outcome = ?, replaced_by = ?, visits = ?, answers = ?,
                        entry_mode = ?, started_at = ?, ended_at = ?, section_seconds = ?, device = ?,
                        edits_after_completion = ?, version = version + 1, updated_at = ?
                        where id = ? and version = ?""", r.state().name(), name(r.outcome()), r.replacedBy(),
                r.visits(), r.answers(), r.entryMode().name(), time(r.paradata().startedAt()),
                time(r.paradata().endedAt()), sections(r.paradata()), r.paradata().device(), r.edits(),
                Timestamp.from(now), r.id(), readVersion);
        if (updated != 1) {
            throw new Rejected("fieldwork.changedMeanwhile");
        }
    }

    /** A reviewer's move: only the state changes. */
    void move(Interview interview, InterviewState to, Instant now) {
        int updated = jdbc.update("""
                        update fieldwork_interview set state = ?, version = version + 1, updated_at = ?
                        where id = ? and version = ? and state = ?""", to.name(), Timestamp.from(now), interview.id(),
                interview.version(), interview.state().name());
        if (updated != 1) {
            throw new Rejected("fieldwork.changedMeanwhile");
        }
    }

    /** A settled difference of a paper form's two entries: only the answers change, over the version read. */
    void replaceAnswers(Interview interview, String answers, Instant now) {
        int updated = jdbc.update("""
                        update fieldwork_interview set answers = ?, version = version + 1, updated_at = ?
                        where id = ? and version = ?""", answers, Timestamp.from(now), interview.id(),
                interview.version());
        if (updated != 1) {
            throw new Rejected("fieldwork.changedMeanwhile");
        }
    }

    /** Whether some interview of the round already named this replacement slot. */
    boolean named(long replacementSlot) {
        return !jdbc.queryForList("select 1 from fieldwork_interview where replaced_by = ?", Integer.class,
                replacementSlot).isEmpty();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Timestamp time(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String sections(Paradata paradata) {
        if (paradata.sectionSeconds().isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new TreeMap<>(paradata.sectionSeconds()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Seconds per section are always JSON", e);
        }
    }

    static Interview interview(ResultSet rs, int n) throws SQLException {
        String answers = rs.getString("answers");
        String sections = rs.getString("section_seconds");
        Map<String, Integer> seconds;
        try {
            seconds = sections == null ? Map.of() : JSON.readValue(sections, new TypeReference<Map<String, Integer>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored seconds per section are always JSON", e);
        }
        Timestamp started = rs.getTimestamp("started_at");
        Timestamp ended = rs.getTimestamp("ended_at");
        String outcome = rs.getString("outcome");
        return new Interview(rs.getString("id"), rs.getString("round_id"), rs.getLong("sample_unit_id"),
                rs.getString("enumerator"), rs.getLong("branch_id"), InterviewState.valueOf(rs.getString("state")),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getObject("replaced_by", Long.class),
                rs.getInt("visits"), answers == null ? null : ResponseStore.read(answers),
                rs.getString("questionnaire"), EntryMode.valueOf(rs.getString("entry_mode")),
                new Paradata(started == null ? null : started.toInstant(), ended == null ? null : ended.toInstant(),
                        seconds, rs.getString("device")), rs.getInt("edits_after_completion"), rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    /** The canonical JSON of stored answers, to tell a resend from an edit. */
    static String canonical(Map<String, Object> answers) {
        return answers == null ? null : ResponseStore.write(answers);
    }
}
