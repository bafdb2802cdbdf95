package vn.thuocdo.fieldwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Response;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.survey.response.ResponseStore;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Paper forms typed twice (nhập liệu hai lần): a drawn paper form ({@link DoubleEntryDraw}) is typed again by
 * another person of its branch, never its first typist, and read by the questionnaire as a completion is; the
 * questions whose values differ are listed until the branch's supervisor settles each, keeping the first or the
 * second value with a reason. A second value kept changes the interview's answers, recorded as EDITED.
 */
@Service
public class DoubleEntries {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final String FORM_COLUMNS = """
            select s.interview_id, i.round_id, i.sample_unit_id, u.commune_name, u.village_name, u.draw_order,
              coalesce(m.display_name, i.enumerator) first_typist, i.questionnaire, i.created_at,
              s.entered_by, s.entered_at, s.differences, coalesce(m2.display_name, s.entered_by) second_typist
            from fieldwork_second_entry s
            join fieldwork_interview i on i.id = s.interview_id
            join survey_sample_unit u on u.id = i.sample_unit_id
            left join fieldwork_member m on m.branch_id = i.branch_id and m.username = i.enumerator
            left join fieldwork_member m2 on m2.branch_id = i.branch_id and m2.username = s.entered_by
            """;

    private final JdbcTemplate jdbc;
    private final InterviewStore store;
    private final FieldworkAccess access;
    private final FieldworkRounds rounds;
    private final FieldworkEvents events;
    private final Clock clock;

    DoubleEntries(JdbcTemplate jdbc, InterviewStore store, FieldworkAccess access, FieldworkRounds rounds,
                  FieldworkEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.rounds = rounds;
        this.events = events;
        this.clock = clock;
    }

    /** The rounds the person works in as a member of a branch, for their choice of round. */
    @Transactional(readOnly = true)
    public List<String> roundsOf(Actor actor) {
        FieldworkAccess.requireFieldworker(actor);
        return jdbc.queryForList("""
                select b.round_id from fieldwork_member m join fieldwork_branch b on b.id = m.branch_id
                where m.username = ?""", String.class, actor.username());
    }

    /** The round's pinned citizen questionnaire, which both entries are read against ({@code id@version}). */
    @Transactional(readOnly = true)
    public String questionnaireOf(String roundId) {
        return rounds.citizenQuestionnaire(roundId);
    }

    /** The branch's drawn paper forms waiting for their second entry, except the person's own: oldest first. */
    @Transactional(readOnly = true)
    public List<PaperForm> waiting(Actor actor, String roundId) {
        FieldworkAccess.requireFieldworker(actor);
        return access.in(roundId, actor.username()).map(m -> jdbc.query(FORM_COLUMNS + """
                        where s.branch_id = ? and s.entered_by is null and i.enumerator <> ? and i.state <> 'ACCEPTED'
                        order by i.created_at, i.id""", (rs, n) -> form(rs), m.branchId(), actor.username()))
                .orElse(List.of());
    }

    /** One waiting form, for the person about to type it; anyone else is refused. */
    @Transactional(readOnly = true)
    public PaperForm form(Actor actor, String interviewId) {
        Entry entry = entry(Interviews.uuid(interviewId), false);
        requireSecondTypist(actor, entry);
        return waiting(actor, entry.interview().roundId()).stream().filter(f -> f.interviewId().equals(entry.id()))
                .findFirst().orElseThrow(() -> new Rejected("fwproc.secondEntry.alreadyEntered"));
    }

    /**
     * The second entry of a drawn paper form: answers read in full against the round's questionnaire (refused
     * field by field, nothing stored), then compared question by question with the first entry. A resend of the
     * same answers by the same person returns the same comparison.
     */
    @Transactional
    public List<EntryDifference> enter(Actor actor, String interviewId, Map<String, ?> rawAnswers) {
        Entry entry = entry(Interviews.uuid(interviewId), true);
        requireSecondTypist(actor, entry);
        Map<String, Object> second = read(entry.interview(), rawAnswers);
        if (entry.enteredBy() != null) {
            if (entry.enteredBy().equals(actor.username()) && Objects.equals(InterviewStore.canonical(second),
                    entry.answers())) {
                return entry.differences();
            }
            throw new Rejected("fwproc.secondEntry.alreadyEntered");
        }
        if (entry.interview().state() == InterviewState.ACCEPTED) {
            throw new Rejected("fieldwork.interviewAccepted");
        }
        List<EntryDifference> differences = compare(entry.interview().answers(), second);
        Instant now = clock.instant();
        jdbc.update("""
                        update fieldwork_second_entry set answers = ?, entered_by = ?, entered_at = ?, differences = ?,
                        settled_at = ?, version = version + 1 where interview_id = ? and version = ?""",
                InterviewStore.canonical(second), actor.username(), Timestamp.from(now), json(differences),
                differences.isEmpty() ? Timestamp.from(now) : null, entry.id(), entry.version());
        events.record(entry.id(), entry.interview().slot(), "SECOND_ENTRY", entry.interview().state().name(),
                entry.interview().state().name(), actor.username(), differences.size() + " differences");
        return differences;
    }

    /** The supervisor's list: the branch's forms typed twice with differences not yet all settled, oldest first. */
    @Transactional(readOnly = true)
    public List<EntryComparison> toSettle(Actor actor, String roundId) {
        FieldworkAccess.requireSupervisorRole(actor);
        long branchId = access.supervisedBranch(actor, roundId);
        return jdbc.query(FORM_COLUMNS + """
                        where s.branch_id = ? and s.entered_by is not null and s.settled_at is null
                        order by s.entered_at, s.interview_id""", (rs, n) -> new EntryComparison(
                        rs.getString("interview_id"), rs.getString("commune_name"), rs.getString("village_name"),
                        rs.getObject("draw_order", Integer.class), rs.getString("first_typist"),
                        rs.getString("second_typist"), rs.getTimestamp("entered_at").toInstant(),
                        differences(rs.getString("differences"))), branchId);
    }

    /**
     * The supervisor settles one difference: the first value stands, or the second replaces it in the interview's
     * answers (read again in full by the questionnaire, so skip logic still holds). Never on their own interview,
     * never after the ministry's acceptance.
     */
    @Transactional
    public List<EntryDifference> settle(Actor actor, String interviewId, String questionId, EntryDifference.Keep keep,
                                        String reason) {
        FieldworkAccess.requireSupervisorRole(actor);
        Entry entry = entry(Interviews.uuid(interviewId), true);
        Interview interview = entry.interview();
        access.requireSupervisor(actor, interview.roundId(), interview.branchId());
        if (interview.enumerator().equals(actor.username())) {
            throw new Rejected("fieldwork.selfReview");
        }
        String why = Bounded.text(reason, FieldworkEvents.MAX_REASON, "fwproc.secondEntry.reasonRequired");
        if (keep == null) {
            throw new Rejected("fwproc.secondEntry.keepRequired");
        }
        List<EntryDifference> differences = new ArrayList<>(entry.differences());
        int at = -1;
        for (int i = 0; i < differences.size(); i++) {
            if (differences.get(i).questionId().equals(questionId) && !differences.get(i).settled()) {
                at = i;
            }
        }
        if (at < 0) {
            throw new Rejected("fwproc.secondEntry.noSuchDifference");
        }
        if (interview.state() == InterviewState.ACCEPTED) {
            throw new Rejected("fieldwork.interviewAccepted");
        }
        EntryDifference difference = differences.get(at);
        Instant now = clock.instant();
        if (keep == EntryDifference.Keep.SECOND) {
            Map<String, Object> answers = new LinkedHashMap<>(interview.answers() == null ? Map.of()
                    : interview.answers());
            if (difference.second() == null) {
                answers.remove(questionId);
            } else {
                answers.put(questionId, difference.second());
            }
            store.replaceAnswers(interview, InterviewStore.canonical(read(interview, answers)), now);
            events.record(interview.id(), interview.slot(), "EDITED", interview.state().name(),
                    interview.state().name(), actor.username(), "second entry " + questionId + ": " + why);
        }
        differences.set(at, new EntryDifference(questionId, difference.first(), difference.second(), keep, why,
                actor.username(), now));
        boolean all = differences.stream().allMatch(EntryDifference::settled);
        jdbc.update("""
                        update fieldwork_second_entry set differences = ?, settled_by = ?, settled_at = ?,
                        version = version + 1 where interview_id = ? and version = ?""", json(differences),
                all ? actor.username() : null, all ? Timestamp.from(now) : null, entry.id(), entry.version());
        return differences;
    }

    /** The questions whose two entries differ, in id order, with both values as stored. */
    static List<EntryDifference> compare(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Object> a = first == null ? Map.of() : first;
        TreeSet<String> questions = new TreeSet<>(a.keySet());
        questions.addAll(second.keySet());
        List<EntryDifference> differences = new ArrayList<>();
        for (String q : questions) {
            if (!Objects.equals(a.get(q), second.get(q))) {
                differences.add(new EntryDifference(q, a.get(q), second.get(q), null, null, null, null));
            }
        }
        return differences;
    }

    private record Entry(String id, Interview interview, String answers, String enteredBy,
                         List<EntryDifference> differences, int version) {
    }

    private Entry entry(String id, boolean lock) {
        return jdbc.query("select * from fieldwork_second_entry where interview_id = ?" + (lock ? " for update" : ""),
                (rs, n) -> new Entry(id, store.find(id).orElseThrow(), rs.getString("answers"),
                        rs.getString("entered_by"), differences(rs.getString("differences")), rs.getInt("version")),
                id).stream().findFirst().orElseThrow(() -> new Rejected("fwproc.secondEntry.notDrawn"));
    }

    /** Another person of the form's branch: its first typist is refused, and so is anyone outside the branch. */
    private void requireSecondTypist(Actor actor, Entry entry) {
        FieldworkAccess.requireFieldworker(actor);
        boolean member = access.in(entry.interview().roundId(), actor.username())
                .filter(m -> m.branchId() == entry.interview().branchId()).isPresent();
        if (!member) {
            throw new AccessDenied(actor.username(), Role.ENUMERATOR.key() + ":branch-" + entry.interview().branchId());
        }
        if (entry.interview().enumerator().equals(actor.username())) {
            throw new Rejected("fwproc.secondEntry.ownForm");
        }
    }

    /** Answers read as a completion reads them, then as storage gives them back, to compare like with like. */
    private Map<String, Object> read(Interview interview, Map<String, ?> raw) {
        Response read = rounds.questionnaire(interview.roundId()).read(raw == null ? Map.of() : raw,
                Completeness.FINAL, TimeZones.today(clock));
        if (!read.valid()) {
            throw new InvalidResponse(read.errors());
        }
        return ResponseStore.read(ResponseStore.write(read.stored()));
    }

    private static PaperForm form(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PaperForm(rs.getString("interview_id"), rs.getString("round_id"), rs.getLong("sample_unit_id"),
                rs.getString("commune_name"), rs.getString("village_name"), rs.getObject("draw_order", Integer.class),
                rs.getString("first_typist"), rs.getString("questionnaire"), rs.getTimestamp("created_at").toInstant());
    }

    private static String json(List<EntryDifference> differences) {
        try {
            return JSON.writeValueAsString(differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Differences are always JSON", e);
        }
    }

    private static List<EntryDifference> differences(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<EntryDifference>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored differences are always JSON", e);
        }
    }
}
