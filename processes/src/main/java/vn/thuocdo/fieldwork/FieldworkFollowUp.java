package vn.thuocdo.fieldwork;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.identity.Role;
import vn.thuocdo.notification.Notifications;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.TimeZones;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * What the fieldwork process asks of the core, which stays the source of truth: whose assignment a change belongs
 * to, its deadline (the round's survey stage), who reviews it, whether the enumerator is done, and the reminder and
 * overdue notices. Called by the workflow, never by a screen, so it takes no {@code Actor}.
 */
@Service
public class FieldworkFollowUp {

    /** The round stage whose deadline is the fieldwork's: the survey (SurveyStage). */
    static final String STAGE = "survey";
    /** The inbox route of an enumerator's work, and of the supervisor's review. */
    public static final String ASSIGNMENTS = "fieldwork/assignments";
    public static final String REVIEW = "fieldwork/review";
    public static final String ACCEPTANCE = "fieldwork/acceptance";
    public static final String FLAGS = "fieldwork/flags";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Notifications notifications;
    private final Rounds rounds;
    private final int reviewDays;
    private final int defaultOpenDays;

    FieldworkFollowUp(JdbcTemplate jdbc, Clock clock, Notifications notifications,
                      @org.springframework.context.annotation.Lazy Rounds rounds,
                      @Value("${thuocdo.fieldwork.review-days:3}") int reviewDays,
                      @Value("${thuocdo.survey.default-open-days:30}") int defaultOpenDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.notifications = notifications;
        this.rounds = rounds;
        this.reviewDays = reviewDays;
        this.defaultOpenDays = defaultOpenDays;
    }

    /** One enumerator's work in a round's branch: the unit of one fieldwork process. */
    public record Assignment(String roundId, String unitId, long branchId, String enumerator, String organiserUnitId) {
    }

    /** The assignment a household slot is given to, if it is given. */
    @Transactional(readOnly = true)
    public Optional<Assignment> ofSlot(long slot) {
        return jdbc.query("""
                        select a.round_id, b.unit_id, a.branch_id, a.enumerator, r.organiser_unit_id
                        from fieldwork_assignment a join fieldwork_branch b on b.id = a.branch_id
                        join evaluation_round r on r.id = a.round_id where a.sample_unit_id = ?""",
                (rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)), slot).stream().findFirst();
    }

    /** The assignment an interview belongs to: its enumerator's (after a reassignment, the new one's). */
    @Transactional(readOnly = true)
    public Optional<Assignment> ofInterview(String interviewId) {
        return jdbc.query("""
                        select i.round_id, b.unit_id, i.branch_id, i.enumerator, r.organiser_unit_id
                        from fieldwork_interview i join fieldwork_branch b on b.id = i.branch_id
                        join evaluation_round r on r.id = i.round_id where i.id = ?""",
                (rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5)), interviewId).stream().findFirst();
    }

    /** Serialises the start of one person's process: two slots given at once must not start two. */
    public void lock(Assignment assignment) {
        jdbc.queryForList("select username from fieldwork_member where branch_id = ? and username = ? for update",
                String.class, assignment.branchId(), assignment.enumerator());
    }

    /**
     * The fieldwork deadline: the end of the survey stage's due day in Vietnam; a round without one gets
     * {@code thuocdo.survey.default-open-days} from now, as the online survey does, so every deadline is a date.
     */
    @Transactional(readOnly = true)
    public Date due(String roundId) {
        return dueDay(roundId).map(TimeZones::endOf).orElseGet(() ->
                Date.from(clock.instant().plus(java.time.Duration.ofDays(defaultOpenDays))));
    }

    /** The morning, {@code reminderDaysBefore} of the round, before a deadline. */
    @Transactional(readOnly = true)
    public Date reminderAt(String roundId, Date due) {
        LocalDate day = due.toInstant().atZone(TimeZones.VIETNAM).toLocalDate();
        return vn.thuocdo.sampling.SamplingWorkflow.morningOf(day.minusDays(rounds.reminderDaysBefore(roundId)));
    }

    /**
     * When a review opened now is due: {@code thuocdo.fieldwork.review-days} (default 3 [A], a design value of ours,
     * not the methodology's) after today, at the end of that day in Vietnam.
     */
    public Date reviewDue() {
        return TimeZones.endOf(TimeZones.today(clock).plusDays(reviewDays));
    }

    /** The supervisors of a branch now: the candidates of its review tasks. */
    @Transactional(readOnly = true)
    public List<String> supervisors(long branchId) {
        return jdbc.queryForList("""
                select username from fieldwork_member where branch_id = ? and role = 'SUPERVISOR' order by username""",
                String.class, branchId);
    }

    /** Quality flags of an interview still waiting for the supervisor's decision. */
    @Transactional(readOnly = true)
    public int openFlags(String interviewId) {
        Integer open = jdbc.queryForObject("""
                select count(*) from fieldwork_quality_flag where interview_id = ? and state = 'OPEN'""",
                Integer.class, interviewId);
        return open == null ? 0 : open;
    }

    /** Households of the enumerator not yet completed (not visited, a draft, or sent back). */
    @Transactional(readOnly = true)
    public int open(String roundId, String enumerator) {
        Integer open = jdbc.queryForObject("""
                select count(*) from fieldwork_assignment a
                left join fieldwork_interview i on i.sample_unit_id = a.sample_unit_id
                where a.round_id = ? and a.enumerator = ?
                  and (i.id is null or i.state in ('DRAFT', 'REJECTED'))""", Integer.class, roundId, enumerator);
        return open == null ? 0 : open;
    }

    /**
     * The deadline is near: the enumerators of the province are reminded to finish their households, once per
     * deadline (fifty enumerators of one province get one notice, not fifty). Nothing when this one is done.
     */
    @Transactional
    public boolean remind(Assignment assignment, Date due) {
        if (open(assignment.roundId(), assignment.enumerator()) == 0) {
            return false;
        }
        String day = Formats.date(due.toInstant().atZone(TimeZones.VIETNAM).toLocalDate());
        if (noticed(assignment.unitId(), Role.ENUMERATOR, "fwproc.notice.reminder", day)) {
            return false;
        }
        notifications.notify(assignment.unitId(), Role.ENUMERATOR, ASSIGNMENTS, "fwproc.notice.reminder", day);
        return true;
    }

    /**
     * The deadline passed with households left: the branch's supervisors (by the province's notices) are told who
     * and how many, once per enumerator and deadline, so a retried job does not tell twice.
     */
    @Transactional
    public boolean overdue(Assignment assignment, Date due) {
        int open = open(assignment.roundId(), assignment.enumerator());
        if (open == 0) {
            return false;
        }
        String name = jdbc.queryForList("select display_name from fieldwork_member where branch_id = ? and username = ?",
                String.class, assignment.branchId(), assignment.enumerator()).stream().findFirst()
                .orElse(assignment.enumerator());
        String day = Formats.date(due.toInstant().atZone(TimeZones.VIETNAM).toLocalDate());
        if (noticed(assignment.unitId(), Role.FIELDWORK_SUPERVISOR, "fwproc.notice.overdue", name, day)) {
            return false;
        }
        notifications.notify(assignment.unitId(), Role.FIELDWORK_SUPERVISOR, REVIEW, "fwproc.notice.overdue", name,
                day, Formats.number(open));
        jdbc.update("""
                        insert into fieldwork_event (kind, to_state, actor, reason, at)
                        values ('OVERDUE', ?, 'system', ?, ?)""", assignment.enumerator(),
                open + " open, due " + day, Timestamp.from(clock.instant()));
        return true;
    }

    /** Whether the same notice (its leading arguments) was already given to the unit's role. */
    private boolean noticed(String unitId, Role role, String key, String... leading) {
        String prefix = String.join("\u001f", leading);
        return !jdbc.queryForList("""
                        select 1 from notice where unit_id = ? and role = ? and message_key = ?
                          and (args = ? or args like ?)""", Integer.class, unitId, role.key(), key, prefix,
                prefix.replace("%", "\\%").replace("_", "\\_") + "\u001f%").isEmpty();
    }

    private Optional<LocalDate> dueDay(String roundId) {
        return jdbc.query("select due from round_stage_due where round_id = ? and stage = ?",
                (rs, n) -> rs.getDate(1).toLocalDate(), roundId, STAGE).stream().findFirst();
    }
}
