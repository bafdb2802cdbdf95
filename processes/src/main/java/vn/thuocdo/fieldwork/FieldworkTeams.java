package vn.thuocdo.fieldwork;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.directory.Accounts;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.List;

/**
 * The coordinator sets up a round's fieldwork: a partner's branch per province, its supervisors and enumerators,
 * and which of the province's sampled communes each branch covers.
 */
@Service
public class FieldworkTeams {

    private final JdbcTemplate jdbc;
    private final FieldworkRounds rounds;
    private final FieldworkAccess access;
    private final AuditLog audit;
    private final Clock clock;
    private final Accounts accounts;

    FieldworkTeams(JdbcTemplate jdbc, FieldworkRounds rounds, FieldworkAccess access, AuditLog audit, Clock clock,
                   Accounts accounts) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** A branch of a partner for a province taking part in the round. */
    @Transactional
    public Branch createBranch(Actor actor, String roundId, String unitId, Partner partner, String name) {
        requireCoordinator(actor, roundId);
        String named = Bounded.text(name, Bounded.MAX_NAME, "fieldwork.branchNameInvalid");
        if (partner == null) {
            throw new Rejected("fieldwork.partnerMissing");
        }
        if (jdbc.queryForList("select 1 from round_participant where round_id = ? and unit_id = ?", Integer.class,
                roundId, unitId).isEmpty()) {
            throw new Rejected("fieldwork.unitNotInRound", unitId);
        }
        Instant now = clock.instant();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.update(c -> {
                PreparedStatement ps = c.prepareStatement("""
                        insert into fieldwork_branch (round_id, unit_id, partner, name, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?)""", new String[]{"id"});
                ps.setString(1, roundId);
                ps.setString(2, unitId);
                ps.setString(3, partner.name());
                ps.setString(4, named);
                ps.setString(5, actor.username());
                ps.setTimestamp(6, Timestamp.from(now));
                return ps;
            }, key);
        } catch (DuplicateKeyException taken) {
            throw new Rejected("fieldwork.branchExists", named);
        }
        long id = key.getKey().longValue();
        audit.record(actor.username(), actor.unitId(), "fieldwork.branch.create", roundId + "/" + unitId + "/" + id,
                partner.name() + " " + named);
        return new Branch(id, roundId, unitId, partner, named, actor.username(), now);
    }

    /** A supervisor or enumerator joins a branch; a username works in one branch of a round at most. */
    @Transactional
    public Member addMember(Actor actor, long branchId, String username, String displayName, TeamRole role) {
        Branch branch = branch(branchId);
        requireCoordinator(actor, branch.roundId());
        String login = Bounded.username(username);
        String name = Bounded.text(displayName, Bounded.MAX_NAME, "fieldwork.memberNameInvalid");
        if (role == null) {
            throw new Rejected("fieldwork.teamRoleMissing");
        }
        rounds.lock(branch.roundId());
        if (access.in(branch.roundId(), login).isPresent()) {
            throw new Rejected("fieldwork.memberElsewhere", login);
        }
        jdbc.update("insert into fieldwork_member (branch_id, username, display_name, role) values (?, ?, ?, ?)",
                branchId, login, name, role.name());
        audit.record(actor.username(), actor.unitId(), "fieldwork.member.add", branch.roundId() + "/" + branchId,
                role.name() + " " + login);
        return new Member(branchId, login, name, role);
    }

    /** The longest fieldwork a round may set: a year's survey is weeks; more is a typing error. */
    static final int MAX_WINDOW_DAYS = 366;

    /**
     * The days the round's interviews may be made. Interviews are never refused for their day (a paper form or an
     * offline tablet sends real earlier times): one begun outside the days is flagged by the OUTSIDE_WINDOW rule
     * of the design, from the next check on.
     */
    @Transactional
    public FieldworkDays setDays(Actor actor, String roundId, LocalDate opens, LocalDate closes) {
        requireCoordinator(actor, roundId);
        if (opens == null || closes == null) {
            throw new Rejected("fieldwork.daysMissing");
        }
        if (closes.isBefore(opens)) {
            throw new Rejected("fieldwork.daysReversed");
        }
        if (ChronoUnit.DAYS.between(opens, closes) >= MAX_WINDOW_DAYS) {
            throw new Rejected("fieldwork.daysTooLong", MAX_WINDOW_DAYS);
        }
        rounds.lock(roundId);
        Instant now = clock.instant();
        String by = actor.displayName();
        int changed = jdbc.update("update fieldwork_window set opens = ?, closes = ?, set_by = ?, set_at = ? "
                + "where round_id = ?", opens, closes, by, Timestamp.from(now), roundId);
        if (changed == 0) {
            jdbc.update("insert into fieldwork_window (round_id, opens, closes, set_by, set_at) values (?, ?, ?, ?, ?)",
                    roundId, opens, closes, by, Timestamp.from(now));
        }
        audit.record(actor.username(), actor.unitId(), "fieldwork.days", roundId, opens + " – " + closes);
        return new FieldworkDays(roundId, opens, closes, by, now);
    }

    /** The round's fieldwork days, empty while its coordinator has set none. */
    public Optional<FieldworkDays> days(Actor actor, String roundId) {
        requireCoordinator(actor, roundId);
        return days(roundId);
    }

    Optional<FieldworkDays> days(String roundId) {
        return jdbc.query("select * from fieldwork_window where round_id = ?", (rs, n) -> new FieldworkDays(
                rs.getString("round_id"), rs.getObject("opens", LocalDate.class), rs.getObject("closes",
                LocalDate.class), rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()), roundId)
                .stream().findFirst();
    }

    /** Whether members can be invited as accounts here (Keycloak), or are built-in accounts named by username. */
    public boolean invitesAccounts() {
        return accounts.manageable();
    }

    /**
     * A new person joins a branch with an account of their own: in the province's group, with the role their place
     * in the branch needs, and Keycloak's mail to set a password. The account comes last, so a refused member
     * (already in another branch, a bad name) creates no account; an account that exists is not created again, and
     * a failure of the directory takes the member back out.
     */
    @Transactional
    public MemberInvited inviteMember(Actor actor, long branchId, String username, String displayName, String email,
                                      TeamRole role) {
        Member member = addMember(actor, branchId, username, displayName, role);
        Branch branch = branch(branchId);
        UnitDirectory.Invitation invitation = accounts.invite(member.username(), member.displayName(), email,
                branch.unitId(), role == TeamRole.SUPERVISOR ? Role.FIELDWORK_SUPERVISOR : Role.ENUMERATOR, actor);
        return new MemberInvited(member, invitation.created(), invitation.mailSent());
    }

    /** A member added with an account: whether the account was new and its set-password mail went out. */
    public record MemberInvited(Member member, boolean created, boolean mailSent) {
    }

    /**
     * A selected commune of the province's approved sample goes to a branch of that province. Moving it to another
     * branch is refused once any of its households is assigned: those enumerators belong to the first branch.
     */
    @Transactional
    public CommuneAssignment assignCommune(Actor actor, long branchId, String communeCode) {
        Branch branch = branch(branchId);
        requireCoordinator(actor, branch.roundId());
        String sampleId = rounds.approvedSample(branch.roundId());
        String communeName = communeCode == null || communeCode.length() > 16 ? null : jdbc.queryForList("""
                        select commune_name from survey_sample_unit where sample_id = ? and unit_id = ?
                        and stage = 'COMMUNE' and commune_code = ? and draw_order is not null""", String.class,
                sampleId, branch.unitId(), communeCode).stream().findFirst().orElse(null);
        if (communeName == null) {
            throw new Rejected("fieldwork.communeNotSampled", String.valueOf(communeCode));
        }
        List<Long> current = jdbc.queryForList("""
                        select branch_id from fieldwork_commune where round_id = ? and unit_id = ? and commune_code = ?
                        for update""", Long.class, branch.roundId(), branch.unitId(), communeCode);
        Instant now = clock.instant();
        if (current.isEmpty()) {
            jdbc.update("""
                            insert into fieldwork_commune (round_id, unit_id, commune_code, branch_id, assigned_by,
                            assigned_at) values (?, ?, ?, ?, ?, ?)""", branch.roundId(), branch.unitId(), communeCode,
                    branchId, actor.username(), Timestamp.from(now));
        } else if (current.get(0) != branchId) {
            Integer assigned = jdbc.queryForObject("""
                    select count(*) from fieldwork_assignment a join survey_sample_unit u on u.id = a.sample_unit_id
                    where a.round_id = ? and a.branch_id = ? and u.commune_code = ?""", Integer.class,
                    branch.roundId(), current.get(0), communeCode);
            if (assigned != null && assigned > 0) {
                throw new Rejected("fieldwork.communeInUse", communeName);
            }
            jdbc.update("""
                            update fieldwork_commune set branch_id = ?, assigned_by = ?, assigned_at = ?
                            where round_id = ? and unit_id = ? and commune_code = ?""", branchId, actor.username(),
                    Timestamp.from(now), branch.roundId(), branch.unitId(), communeCode);
        }
        audit.record(actor.username(), actor.unitId(), "fieldwork.commune.assign",
                branch.roundId() + "/" + branch.unitId() + "/" + communeCode, "branch=" + branchId);
        return new CommuneAssignment(branch.roundId(), branch.unitId(), communeCode, communeName, branchId,
                actor.username(), now);
    }

    /** The round's branches in a province, for the coordinator. */
    @Transactional(readOnly = true)
    public List<Branch> branches(Actor actor, String roundId, String unitId) {
        requireCoordinator(actor, roundId);
        return jdbc.query("select * from fieldwork_branch where round_id = ? and unit_id = ? order by id",
                FieldworkTeams::branch, roundId, unitId);
    }

    /** A branch's people: for the coordinator, and for the branch's own supervisors, who assign work to them. */
    @Transactional(readOnly = true)
    public List<Member> members(Actor actor, long branchId) {
        Branch branch = branch(branchId);
        if (!coordinates(actor, branch.roundId())) {
            access.requireSupervisor(actor, branch.roundId(), branchId);
        }
        return jdbc.query("select * from fieldwork_member where branch_id = ? order by role, username",
                (rs, n) -> new Member(rs.getLong("branch_id"), rs.getString("username"),
                        rs.getString("display_name"), TeamRole.valueOf(rs.getString("role"))), branchId);
    }

    /** The communes a branch covers: for the coordinator and the branch's supervisors. */
    @Transactional(readOnly = true)
    public List<CommuneAssignment> communes(Actor actor, long branchId) {
        Branch branch = branch(branchId);
        if (!coordinates(actor, branch.roundId())) {
            access.requireSupervisor(actor, branch.roundId(), branchId);
        }
        String sampleId = rounds.approvedSample(branch.roundId());
        return jdbc.query("""
                        select c.*, u.commune_name from fieldwork_commune c
                        join survey_sample_unit u on u.sample_id = ? and u.unit_id = c.unit_id and u.stage = 'COMMUNE'
                         and u.commune_code = c.commune_code and u.draw_order is not null
                        where c.branch_id = ? order by c.commune_code""",
                (rs, n) -> new CommuneAssignment(rs.getString("round_id"), rs.getString("unit_id"),
                        rs.getString("commune_code"), rs.getString("commune_name"), rs.getLong("branch_id"),
                        rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant()), sampleId, branchId);
    }

    /**
     * The rounds whose fieldwork this person may work on, newest year first: those their unit organises with an
     * approved sample for a coordinator or a statistician, those they supervise a branch of for a supervisor.
     */
    @Transactional(readOnly = true)
    public List<FieldworkRound> rounds(Actor actor) {
        boolean organises = actor.has(Role.MINISTRY_COORDINATOR) || actor.has(Role.SURVEY_STATISTICIAN);
        boolean supervises = actor.has(Role.FIELDWORK_SUPERVISOR);
        if (!organises && !supervises) {
            return List.of();
        }
        return jdbc.query("""
                        select r.id, r.round_year, r.name from evaluation_round r
                        where (? and r.organiser_unit_id = ? and exists (select 1 from survey_sample s
                                where s.round_id = r.id and s.state = 'APPROVED'))
                           or (? and exists (select 1 from fieldwork_member m join fieldwork_branch b on b.id = m.branch_id
                                where b.round_id = r.id and m.username = ? and m.role = 'SUPERVISOR'))
                        order by r.round_year desc, r.name""",
                (rs, n) -> new FieldworkRound(rs.getString(1), rs.getInt(2), rs.getString(3)),
                organises, actor.unitId(), supervises, actor.username());
    }

    /** The provinces taking part in the round (unit ids), for its coordinator to set up branches in. */
    @Transactional(readOnly = true)
    public List<String> provinces(Actor actor, String roundId) {
        requireCoordinator(actor, roundId);
        return jdbc.queryForList("select unit_id from round_participant where round_id = ? order by unit_id",
                String.class, roundId);
    }

    /**
     * The selected communes of a province's approved sample, each with its selected households and the branch it
     * is given to, for the coordinator deciding who covers what.
     */
    @Transactional(readOnly = true)
    public List<SampledCommune> sampledCommunes(Actor actor, String roundId, String unitId) {
        requireCoordinator(actor, roundId);
        String sampleId = rounds.approvedSample(roundId);
        return jdbc.query("""
                        select c.commune_code, c.commune_name, f.branch_id,
                          (select count(*) from survey_sample_unit h where h.sample_id = c.sample_id
                            and h.unit_id = c.unit_id and h.commune_code = c.commune_code and h.stage = 'HOUSEHOLD'
                            and h.draw_order is not null) households
                        from survey_sample_unit c
                        left join fieldwork_commune f on f.round_id = ? and f.unit_id = c.unit_id
                          and f.commune_code = c.commune_code
                        where c.sample_id = ? and c.unit_id = ? and c.stage = 'COMMUNE' and c.draw_order is not null
                        order by c.draw_order""",
                (rs, n) -> new SampledCommune(rs.getString(1), rs.getString(2), rs.getInt(4),
                        rs.getObject(3, Long.class)), roundId, sampleId, unitId);
    }

    /** The branch this supervisor supervises in the round. */
    @Transactional(readOnly = true)
    public Branch supervised(Actor actor, String roundId) {
        FieldworkAccess.requireSupervisorRole(actor);
        return branch(access.supervisedBranch(actor, roundId));
    }

    private boolean coordinates(Actor actor, String roundId) {
        return actor.has(Role.MINISTRY_COORDINATOR) && actor.actsFor(rounds.organiser(roundId));
    }

    private void requireCoordinator(Actor actor, String roundId) {
        String organiser = rounds.organiser(roundId);
        if (!actor.has(Role.MINISTRY_COORDINATOR) || !actor.actsFor(organiser)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.groupIn(organiser));
        }
    }

    Branch branch(long branchId) {
        return jdbc.query("select * from fieldwork_branch where id = ?", FieldworkTeams::branch, branchId).stream()
                .findFirst().orElseThrow(() -> new Rejected("fieldwork.branchNotFound"));
    }

    private static Branch branch(ResultSet rs, int n) throws SQLException {
        return new Branch(rs.getLong("id"), rs.getString("round_id"), rs.getString("unit_id"),
                Partner.valueOf(rs.getString("partner")), rs.getString("name"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
