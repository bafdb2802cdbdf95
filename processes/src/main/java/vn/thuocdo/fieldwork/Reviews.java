package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The review of interviews: the branch's supervisor approves or rejects a completed one (never their own), the
 * ministry's survey team accepts or rejects an approved one. A rejection pins comments to questions and goes back
 * to the enumerator, who fixes and completes again.
 */
@Service
public class Reviews {

    static final int MAX_COMMENTS = 100;
    static final int MAX_QUESTION_ID = 64;
    static final int MAX_PAGE = 200;

    private final InterviewStore store;
    private final FieldworkAccess access;
    private final FieldworkRounds rounds;
    private final FieldworkEvents events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    Reviews(InterviewStore store, FieldworkAccess access, FieldworkRounds rounds, FieldworkEvents events,
            JdbcTemplate jdbc, Clock clock) {
        this.store = store;
        this.access = access;
        this.rounds = rounds;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The supervisor approves a completed interview of their branch that someone else did. */
    @Transactional
    public Interview approve(Actor actor, String interviewId) {
        Interview interview = supervised(actor, interviewId);
        interview.state().requireIn(InterviewState.COMPLETED, InterviewState.APPROVED);
        return move(actor, interview, InterviewState.APPROVED, "APPROVED", null);
    }

    /**
     * Sends an interview back: the supervisor a completed one of their branch, the survey team an approved one.
     * The reason is required; comments pin what to fix to questions of the questionnaire (or the whole interview).
     */
    @Transactional
    public Interview reject(Actor actor, String interviewId, List<ReviewComment.New> comments, String reason) {
        String why = Bounded.text(reason, FieldworkEvents.MAX_REASON, "fieldwork.reasonRequired");
        List<ReviewComment.New> pinned = comments == null ? List.of() : comments;
        if (pinned.size() > MAX_COMMENTS) {
            throw new Rejected("fieldwork.tooManyComments", MAX_COMMENTS);
        }
        Interview interview;
        if (actor.has(Role.SURVEY_STATISTICIAN)) {
            interview = ministerial(actor, interviewId);
            interview.state().requireIn(InterviewState.APPROVED, InterviewState.REJECTED);
        } else {
            interview = supervised(actor, interviewId);
            interview.state().requireIn(InterviewState.COMPLETED, InterviewState.REJECTED);
        }
        Questionnaire questionnaire = rounds.questionnaire(interview.roundId());
        Instant now = clock.instant();
        for (ReviewComment.New comment : pinned) {
            String question = comment.questionId();
            if (question != null && (question.length() > MAX_QUESTION_ID
                    || questionnaire.question(question).isEmpty())) {
                throw new Rejected("fieldwork.commentQuestionUnknown", question.substring(0,
                        Math.min(question.length(), MAX_QUESTION_ID)));
            }
            String body = Bounded.text(comment.body(), FieldworkEvents.MAX_REASON, "fieldwork.commentInvalid");
            jdbc.update("""
                    insert into fieldwork_review_comment (interview_id, question_id, body, author, created_at, resolved)
                    values (?, ?, ?, ?, ?, false)""", interview.id(), question, body, actor.username(),
                    Timestamp.from(now));
        }
        return move(actor, interview, InterviewState.REJECTED, "REJECTED", why);
    }

    /** The survey team accepts an approved interview for good: no one edits it after this. */
    @Transactional
    public Interview accept(Actor actor, String interviewId) {
        Interview interview = ministerial(actor, interviewId);
        interview.state().requireMoveTo(InterviewState.ACCEPTED);
        return move(actor, interview, InterviewState.ACCEPTED, "ACCEPTED", null);
    }

    /**
     * The supervisor's queue: their branch's completed interviews by others, oldest first, a page at a time, in one
     * query (index fieldwork_interview_queue).
     */
    @Transactional(readOnly = true)
    public List<QueueItem> queue(Actor actor, String roundId, int page, int size) {
        FieldworkAccess.requireSupervisorRole(actor);
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new Rejected("fieldwork.pageInvalid", MAX_PAGE);
        }
        long branchId = access.supervisedBranch(actor, roundId);
        return jdbc.query(QUEUE_COLUMNS + """
                        where i.branch_id = ? and i.state = 'COMPLETED' and i.enumerator <> ?
                        order by i.updated_at, i.id
                        limit ? offset ?""", Reviews::queueItem, branchId, actor.username(), size, (long) page * size);
    }

    private static final String QUEUE_COLUMNS = """
            select i.id, i.sample_unit_id, i.enumerator, m.display_name, u.commune_name, u.village_name,
              i.outcome, i.visits, i.entry_mode, i.edits_after_completion, i.updated_at, u.draw_order,
              u.replacement_rank, u.household
            from fieldwork_interview i
            join survey_sample_unit u on u.id = i.sample_unit_id
            left join fieldwork_member m on m.branch_id = i.branch_id and m.username = i.enumerator
            """;

    private static QueueItem queueItem(ResultSet rs, int n) throws SQLException {
        return new QueueItem(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Outcome.valueOf(rs.getString(7)), rs.getInt(8), EntryMode.valueOf(rs.getString(9)),
                rs.getInt(10), rs.getTimestamp(11).toInstant(), rs.getObject(12, Integer.class),
                rs.getObject(13, Integer.class), rs.getString(14));
    }

    /**
     * The survey team's list: a round's APPROVED interviews, oldest approval first, a page at a time, for the
     * statisticians of the round's organiser.
     */
    @Transactional(readOnly = true)
    public List<QueueItem> approved(Actor actor, String roundId, int page, int size) {
        if (!actor.has(Role.SURVEY_STATISTICIAN)) {
            throw new AccessDenied(actor.username(), Role.SURVEY_STATISTICIAN.key());
        }
        String organiser = rounds.organiser(roundId);
        if (!actor.actsFor(organiser)) {
            throw new AccessDenied(actor.username(), Role.SURVEY_STATISTICIAN.groupIn(organiser));
        }
        if (page < 0 || size < 1 || size > MAX_PAGE) {
            throw new Rejected("fieldwork.pageInvalid", MAX_PAGE);
        }
        return jdbc.query(QUEUE_COLUMNS + """
                        where i.round_id = ? and i.state = 'APPROVED'
                        order by i.updated_at, i.id
                        limit ? offset ?""", Reviews::queueItem, roundId, size, (long) page * size);
    }

    /**
     * Everything that happened to an interview and its household slot, oldest first (assignments included), for
     * whoever may review it.
     */
    @Transactional(readOnly = true)
    public List<InterviewEvent> history(Actor actor, String interviewId) {
        Interview interview = interview(actor, interviewId);
        return jdbc.query("""
                        select e.kind, e.from_state, e.to_state, e.actor, m.display_name, e.reason, e.at
                        from fieldwork_event e
                        left join fieldwork_member m on m.branch_id = ? and m.username = e.actor
                        where e.interview_id = ? or (e.interview_id is null and e.sample_unit_id = ?)
                        order by e.at, e.id""",
                (rs, n) -> new InterviewEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()),
                interview.branchId(), interview.id(), interview.slot());
    }

    /** Where an interview was made and by whom, for whoever may review it. */
    @Transactional(readOnly = true)
    public InterviewPlace place(Actor actor, String interviewId) {
        Interview interview = interview(actor, interviewId);
        return jdbc.queryForObject("""
                        select u.commune_name, u.village_name, u.draw_order, u.replacement_rank, u.household,
                          m.display_name
                        from survey_sample_unit u
                        left join fieldwork_member m on m.branch_id = ? and m.username = ?
                        where u.id = ?""",
                (rs, n) -> new InterviewPlace(rs.getString(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getObject(4, Integer.class), rs.getString(5), rs.getString(6)),
                interview.branchId(), interview.enumerator(), interview.slot());
    }

    /** An interview for a reviewer: the branch's supervisor or the survey team. */
    @Transactional(readOnly = true)
    public Interview interview(Actor actor, String interviewId) {
        return actor.has(Role.SURVEY_STATISTICIAN) ? ministerial(actor, interviewId) : supervised(actor, interviewId);
    }

    /** The comments on an interview, oldest first: for its enumerator, its branch's supervisors and the survey team. */
    @Transactional(readOnly = true)
    public List<ReviewComment> comments(Actor actor, String interviewId) {
        if (!actor.has(Role.ENUMERATOR) && !actor.has(Role.FIELDWORK_SUPERVISOR)
                && !actor.has(Role.SURVEY_STATISTICIAN)) {
            throw new AccessDenied(actor.username(), Role.ENUMERATOR.key());
        }
        Interview interview = found(interviewId);
        boolean own = (actor.has(Role.ENUMERATOR) || actor.has(Role.FIELDWORK_SUPERVISOR))
                && interview.enumerator().equals(actor.username());
        if (!own) {
            interview(actor, interviewId);
        }
        return jdbc.query("select * from fieldwork_review_comment where interview_id = ? order by id",
                (rs, n) -> new ReviewComment(rs.getLong("id"), rs.getString("interview_id"),
                        rs.getString("question_id"), rs.getString("body"), rs.getString("author"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("resolved")), interview.id());
    }

    private Interview move(Actor actor, Interview interview, InterviewState to, String kind, String reason) {
        store.move(interview, to, clock.instant());
        events.record(interview.id(), interview.slot(), kind, interview.state().name(), to.name(), actor.username(),
                reason);
        return store.find(interview.id()).orElseThrow();
    }

    /** An interview of the supervisor's branch; their own is refused: no one reviews their own work. */
    private Interview supervised(Actor actor, String interviewId) {
        FieldworkAccess.requireSupervisorRole(actor);
        Interview interview = found(interviewId);
        access.requireSupervisor(actor, interview.roundId(), interview.branchId());
        if (interview.enumerator().equals(actor.username())) {
            throw new Rejected("fieldwork.selfReview");
        }
        return interview;
    }

    /** An interview for the survey team of the round's organiser. */
    private Interview ministerial(Actor actor, String interviewId) {
        if (!actor.has(Role.SURVEY_STATISTICIAN)) {
            throw new AccessDenied(actor.username(), Role.SURVEY_STATISTICIAN.key());
        }
        Interview interview = found(interviewId);
        String organiser = rounds.organiser(interview.roundId());
        if (!actor.actsFor(organiser)) {
            throw new AccessDenied(actor.username(), Role.SURVEY_STATISTICIAN.groupIn(organiser));
        }
        return interview;
    }

    private Interview found(String interviewId) {
        // Read, not locked: every move names the version and state it read, so a review made meanwhile wins.
        return store.find(Interviews.uuid(interviewId)).orElseThrow(() -> new Rejected("fieldwork.interviewNotFound"));
    }
}
