package vn.thuocdo.fieldwork;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Response;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.survey.response.ResponseStore;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The supervisor's call-backs (phúc tra): the branch's interviews drawn by the design's share, each called back
 * once reached. The household's answers to the design's key questions are read by the round's questionnaire as
 * strictly as the interview's were, and compared with the interview's; a denied visit or any difference is a
 * MISMATCH, which flags the interview for review.
 */
@Service
public class CallBackList {

    static final int MAX_LIST = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = """
            select c.*, i.sample_unit_id, m.display_name, u.commune_name, u.village_name, u.household_position,
              u.household
            from fieldwork_callback c
            join fieldwork_interview i on i.id = c.interview_id
            join survey_sample_unit u on u.id = i.sample_unit_id
            left join fieldwork_member m on m.branch_id = c.branch_id and m.username = c.enumerator
            """;

    private final JdbcTemplate jdbc;
    private final FieldworkAccess access;
    private final ChecksAccess checks;
    private final RoundChecks rounds;
    private final FieldworkRounds fieldworkRounds;
    private final InterviewStore interviews;
    private final FlagStore flags;
    private final FieldworkEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CallBackList(JdbcTemplate jdbc, FieldworkAccess access, ChecksAccess checks, RoundChecks rounds,
                 FieldworkRounds fieldworkRounds, InterviewStore interviews, FlagStore flags, FieldworkEvents events,
                 ApplicationEventPublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.checks = checks;
        this.rounds = rounds;
        this.fieldworkRounds = fieldworkRounds;
        this.interviews = interviews;
        this.flags = flags;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The rounds the supervisor has a branch in. */
    @Transactional(readOnly = true)
    public List<FieldworkRound> rounds(Actor actor) {
        return checks.supervised(actor);
    }

    /**
     * The branch's call-backs but the supervisor's own interviews: still to call first (oldest drawn first), then
     * the recorded ones; at most {@value #MAX_LIST}.
     */
    @Transactional(readOnly = true)
    public List<CallBackItem> ofBranch(Actor actor, String roundId) {
        FieldworkAccess.requireSupervisorRole(actor);
        long branchId = access.supervisedBranch(actor, roundId);
        return jdbc.query(SELECT + """
                        where c.branch_id = ? and c.enumerator <> ?
                        order by case when c.outcome is null or c.outcome = 'UNREACHABLE' then 0 else 1 end,
                          c.drawn_at, c.interview_id
                        fetch first %d rows only""".formatted(MAX_LIST), CallBackList::item, branchId,
                actor.username());
    }

    /** The key questions a call-back asks in this round, for the supervisor's form. */
    @Transactional(readOnly = true)
    public KeyQuestions keyQuestions(Actor actor, String roundId) {
        FieldworkAccess.requireSupervisorRole(actor);
        access.supervisedBranch(actor, roundId);
        Questionnaire questionnaire = fieldworkRounds.questionnaire(roundId);
        return new KeyQuestions(questionnaire, rounds.callBackQuestions(roundId).stream()
                .map(id -> questionnaire.question(id).orElse(null)).filter(Objects::nonNull).toList());
    }

    /**
     * Records what the household said, over the version the supervisor read. Unreached, it stays on the list to try
     * again; reached, the outcome is decided here (CONFIRMED or MISMATCH) and is final.
     */
    @Transactional
    public CallBackItem record(Actor actor, String interviewId, int version, CallBackAnswer answer) {
        FieldworkAccess.requireSupervisorRole(actor);
        String id = Interviews.uuid(interviewId);
        CallBackItem item = jdbc.query(SELECT + " where c.interview_id = ?", CallBackList::item, id).stream()
                .findFirst().orElseThrow(() -> new Rejected("fwchk.callBackNotFound"));
        Interview interview = interviews.find(id).orElseThrow();
        access.requireSupervisor(actor, interview.roundId(), interview.branchId());
        if (item.enumerator().equals(actor.username())) {
            throw new Rejected("fieldwork.selfReview");
        }
        if (!item.pending()) {
            throw new Rejected("fwchk.callBackDone");
        }
        if (answer == null) {
            throw new Rejected("fwchk.reachedMissing");
        }
        String note = Bounded.optional(answer.note(), FieldworkEvents.MAX_REASON, "fieldwork.reasonTooLong");
        CallBackOutcome outcome = CallBackOutcome.UNREACHABLE;
        Map<String, Object> heard = null;
        List<CallBackDifference> differences = List.of();
        if (answer.reached()) {
            if (answer.visitConfirmed() == null) {
                throw new Rejected("fwchk.visitConfirmedMissing");
            }
            heard = read(interview.roundId(), answer);
            differences = differences(rounds.callBackQuestions(interview.roundId()), interview.answers(), heard);
            outcome = answer.visitConfirmed() && differences.isEmpty() ? CallBackOutcome.CONFIRMED
                    : CallBackOutcome.MISMATCH;
        }
        Instant now = clock.instant();
        if (jdbc.update("""
                        update fieldwork_callback set outcome = ?, visit_confirmed = ?, answers = ?, differences = ?,
                        note = ?, recorded_by = ?, recorded_at = ?, version = version + 1
                        where interview_id = ? and version = ?""", outcome.name(),
                answer.reached() ? answer.visitConfirmed() : null, heard == null ? null : ResponseStore.write(heard),
                answer.reached() ? json(differences) : null, note, actor.username(), Timestamp.from(now), id,
                version) != 1) {
            throw new Rejected("fieldwork.changedMeanwhile");
        }
        events.record(id, interview.slot(), "CALLBACK", null, outcome.name(), actor.username(), note);
        if (outcome == CallBackOutcome.MISMATCH) {
            List<Object> evidence = new ArrayList<>();
            evidence.add(answer.visitConfirmed());
            differences.forEach(d -> evidence.add(d.questionId()));
            flags.insert(interview, FlagItem.CALL_BACK, FlagDetail.of("fwchk.evidence.callBack", evidence), now);
            publisher.publishEvent(new InterviewFlagged(interview.roundId(), id, interview.branchId(),
                    interview.enumerator(), List.of(FlagItem.CALL_BACK)));
        }
        return jdbc.query(SELECT + " where c.interview_id = ?", CallBackList::item, id).get(0);
    }

    /** The key answers read strictly: only key questions, each valid, every one the household was asked answered. */
    private Map<String, Object> read(String roundId, CallBackAnswer answer) {
        List<String> keys = rounds.callBackQuestions(roundId);
        Map<String, ?> raw = answer.answers() == null ? Map.of() : answer.answers();
        List<FieldError> errors = new ArrayList<>();
        raw.keySet().stream().filter(k -> !keys.contains(k)).limit(10)
                .forEach(k -> errors.add(new FieldError(k.length() > 64 ? k.substring(0, 64) : k,
                        "fwchk.notKeyQuestion", List.of())));
        if (!errors.isEmpty()) {
            throw new InvalidResponse(errors);
        }
        Questionnaire questionnaire = fieldworkRounds.questionnaire(roundId);
        Response read = questionnaire.read(raw, Completeness.DRAFT, TimeZones.today(clock));
        if (!read.valid()) {
            throw new InvalidResponse(read.errors());
        }
        if (answer.visitConfirmed()) {
            for (String key : keys) {
                if (!read.answers().containsKey(key) && questionnaire.question(key).isPresent()
                        && questionnaire.relevant(key, read.answers(), TimeZones.today(clock))) {
                    errors.add(new FieldError(key, "question.required", List.of()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidResponse(errors);
        }
        return read.stored();
    }

    /** The key questions answered on the call-back whose answer differs from the interview's, in the design's order. */
    static List<CallBackDifference> differences(List<String> keys, Map<String, Object> interview,
                                                Map<String, Object> heard) {
        List<CallBackDifference> found = new ArrayList<>();
        Map<String, Object> given = interview == null ? Map.of() : interview;
        for (String key : keys) {
            Object said = heard.get(key);
            Object was = given.get(key);
            if (said != null && !canonical(key, said).equals(was == null ? "" : canonical(key, was))) {
                found.add(new CallBackDifference(key, was, said));
            }
        }
        return found;
    }

    private static String canonical(String key, Object value) {
        return ResponseStore.write(Map.of(key, value));
    }

    private static String json(List<CallBackDifference> differences) {
        try {
            return JSON.writeValueAsString(differences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Differences are always JSON", e);
        }
    }

    private static CallBackItem item(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        String answers = rs.getString("answers");
        String differences = rs.getString("differences");
        Timestamp recorded = rs.getTimestamp("recorded_at");
        List<CallBackDifference> found;
        try {
            found = differences == null ? List.of() : JSON.readValue(differences,
                    new TypeReference<List<CallBackDifference>>() {
                    });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored differences are always JSON", e);
        }
        return new CallBackItem(rs.getString("interview_id"), rs.getLong("sample_unit_id"), rs.getString("enumerator"),
                rs.getString("display_name"), rs.getString("commune_name"), rs.getString("village_name"),
                rs.getObject("household_position", Long.class), rs.getString("household"),
                rs.getTimestamp("drawn_at").toInstant(), rs.getBigDecimal("drawn_share"),
                outcome == null ? null : CallBackOutcome.valueOf(outcome), rs.getObject("visit_confirmed",
                Boolean.class), answers == null ? null : ResponseStore.read(answers), found, rs.getString("note"),
                rs.getString("recorded_by"), recorded == null ? null : recorded.toInstant(), rs.getInt("version"));
    }
}
