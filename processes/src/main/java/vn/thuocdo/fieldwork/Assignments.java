package vn.thuocdo.fieldwork;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A supervisor gives the household slots of their branch's communes to the branch's people, and may give one to
 * someone else until the interview is approved. Enumerators read their list: per village, the households to visit
 * and the replacements in the order the design has them used.
 */
@Service
public class Assignments {

    private final JdbcTemplate jdbc;
    private final Slots slots;
    private final FieldworkAccess access;
    private final FieldworkEvents events;
    private final SampleDesigns designs;
    private final Clock clock;

    Assignments(JdbcTemplate jdbc, Slots slots, FieldworkAccess access, FieldworkEvents events, SampleDesigns designs,
                Clock clock) {
        this.jdbc = jdbc;
        this.slots = slots;
        this.access = access;
        this.events = events;
        this.designs = designs;
        this.clock = clock;
    }

    /**
     * Gives one slot to a person of the supervisor's branch, or takes it from whoever had it (with the reason).
     * A replacement slot can be given once an interview named it; an approved or accepted interview keeps its slot.
     * An interview begun but not yet approved goes with the slot, to be finished by its new enumerator.
     */
    @Transactional
    public void assign(Actor actor, long slotId, String enumerator, String reason) {
        FieldworkAccess.requireSupervisorRole(actor);
        Slots.Slot slot = slots.find(slotId);
        long branchId = branchOf(actor, slot);
        String to = memberOf(slot.roundId(), branchId, enumerator);
        String why = Bounded.optional(reason, FieldworkEvents.MAX_REASON, "fieldwork.reasonTooLong");
        if (slot.replacement() && !slot.inUse()) {
            throw new Rejected("fieldwork.replacementNotInUse");
        }
        if (slot.interviewState() != null && slot.interviewState().reviewed()) {
            throw new Rejected("fieldwork.slotReviewed");
        }
        if (to.equals(slot.enumerator())) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (slot.enumerator() == null) {
            try {
                jdbc.update("""
                        insert into fieldwork_assignment (sample_unit_id, round_id, branch_id, enumerator, assigned_by,
                        assigned_at) values (?, ?, ?, ?, ?, ?)""", slotId, slot.roundId(), branchId, to,
                        actor.username(), now);
            } catch (DuplicateKeyException raced) {
                // Another supervisor gave it first: they decided, this one reloads.
                throw new Rejected("fieldwork.changedMeanwhile");
            }
            events.record(null, slotId, "ASSIGNED", null, to, actor.username(), why);
            return;
        }
        if (jdbc.update("""
                        update fieldwork_assignment set enumerator = ?, branch_id = ?, assigned_by = ?, assigned_at = ?
                        where sample_unit_id = ? and enumerator = ?""", to, branchId, actor.username(), now, slotId,
                slot.enumerator()) != 1) {
            throw new Rejected("fieldwork.changedMeanwhile");
        }
        if (slot.interviewId() != null) {
            jdbc.update("update fieldwork_interview set enumerator = ?, version = version + 1, updated_at = ?"
                    + " where id = ?", to, now, slot.interviewId());
        }
        events.record(slot.interviewId(), slotId, "REASSIGNED", slot.enumerator(), to, actor.username(), why);
    }

    /** Gives every selected slot of a village not yet given to anyone; returns how many. */
    @Transactional
    public int assignVillage(Actor actor, long anySlotOfVillage, String enumerator) {
        FieldworkAccess.requireSupervisorRole(actor);
        Slots.Slot sample = slots.find(anySlotOfVillage);
        long branchId = branchOf(actor, sample);
        String to = memberOf(sample.roundId(), branchId, enumerator);
        List<Long> open = jdbc.queryForList("""
                        select u.id from survey_sample_unit u
                        where u.sample_id = ? and u.unit_id = ? and u.commune_code = ? and u.village_name = ?
                          and u.stage = 'HOUSEHOLD' and u.draw_order is not null
                          and not exists (select 1 from fieldwork_assignment a where a.sample_unit_id = u.id)
                        order by u.draw_order""", Long.class, sample.sampleId(), sample.unitId(), sample.communeCode(),
                sample.villageName());
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.batchUpdate("""
                    insert into fieldwork_assignment (sample_unit_id, round_id, branch_id, enumerator, assigned_by,
                    assigned_at) values (?, ?, ?, ?, ?, ?)""", open, 500, (ps, id) -> {
                ps.setLong(1, id);
                ps.setString(2, sample.roundId());
                ps.setLong(3, branchId);
                ps.setString(4, to);
                ps.setString(5, actor.username());
                ps.setTimestamp(6, now);
            });
        } catch (DuplicateKeyException raced) {
            throw new Rejected("fieldwork.changedMeanwhile");
        }
        jdbc.batchUpdate("""
                insert into fieldwork_event (sample_unit_id, kind, to_state, actor, at)
                values (?, 'ASSIGNED', ?, ?, ?)""",
                open, 500, (ps, id) -> {
                    ps.setLong(1, id);
                    ps.setString(2, to);
                    ps.setString(3, actor.username());
                    ps.setTimestamp(4, now);
                });
        // Written in one batch for a village of 30; announced slot by slot, as every other change is.
        open.forEach(slot -> events.announce(new FieldworkChanged(null, slot, "ASSIGNED", null, to,
                actor.username())));
        return open.size();
    }

    /**
     * The rounds in which this person has households to visit, newest year first: an enumerator's, or a
     * supervisor's who also interviews. Nobody else has any.
     */
    @Transactional(readOnly = true)
    public List<FieldworkRound> roundsOf(Actor actor) {
        FieldworkAccess.requireFieldworker(actor);
        return jdbc.query("""
                        select r.id, r.round_year, r.name from evaluation_round r
                        where exists (select 1 from fieldwork_assignment a where a.round_id = r.id
                          and a.enumerator = ?)
                        order by r.round_year desc, r.name""",
                (rs, n) -> new FieldworkRound(rs.getString(1), rs.getInt(2), rs.getString(3)), actor.username());
    }

    /**
     * The enumerator's list for a round, in one query: every village with a slot of theirs, its households to visit
     * that are theirs, and its replacement slots not given to someone else, by replacement rank.
     */
    @Transactional(readOnly = true)
    public List<Village> forEnumerator(Actor actor, String roundId) {
        FieldworkAccess.requireFieldworker(actor);
        Map<String, VillageRows> villages = new LinkedHashMap<>();
        jdbc.query("""
                        select u.id, u.unit_id, u.commune_code, u.commune_name, u.village_name, u.draw_order,
                          u.replacement_rank, u.household_position, u.household, u.random_start, u.sampling_interval,
                          a.enumerator, i.state, i.outcome, i.visits, p.design,
                          (select count(*) from fieldwork_review_comment c where c.interview_id = i.id
                            and not c.resolved) open_comments
                        from (select distinct su.sample_id, su.unit_id, su.commune_code, su.village_name
                              from fieldwork_assignment fa join survey_sample_unit su on su.id = fa.sample_unit_id
                              where fa.round_id = ? and fa.enumerator = ?) v
                        join survey_sample_unit u on u.sample_id = v.sample_id and u.unit_id = v.unit_id
                          and u.commune_code = v.commune_code and u.village_name = v.village_name
                          and u.stage = 'HOUSEHOLD'
                        join survey_plan p on p.round_id = ?
                        left join fieldwork_assignment a on a.sample_unit_id = u.id
                        left join fieldwork_interview i on i.sample_unit_id = u.id
                        where a.enumerator = ? or (u.replacement_rank is not null and a.sample_unit_id is null)
                        order by u.unit_id, u.commune_code, u.village_name,
                          coalesce(u.draw_order, 0), coalesce(u.replacement_rank, 0)""", rs -> {
            String key = rs.getString("unit_id") + "/" + rs.getString("commune_code") + "/"
                    + rs.getString("village_name");
            VillageRows village = villages.computeIfAbsent(key, k -> new VillageRows());
            if (village.first == null) {
                village.first = new String[]{rs.getString("unit_id"), rs.getString("commune_code"),
                        rs.getString("commune_name"), rs.getString("village_name"), rs.getString("design")};
            }
            String state = rs.getString("state");
            String outcome = rs.getString("outcome");
            Household household = new Household(rs.getLong("id"), rs.getObject("draw_order", Integer.class),
                    rs.getObject("replacement_rank", Integer.class), rs.getObject("household_position", Long.class),
                    rs.getString("household"), rs.getObject("random_start", Double.class),
                    rs.getObject("sampling_interval", Double.class),
                    state == null ? null : InterviewState.valueOf(state),
                    outcome == null ? null : Outcome.valueOf(outcome), rs.getInt("visits"),
                    actor.username().equals(rs.getString("enumerator")), rs.getInt("open_comments"));
            (household.replacementRank() == null ? village.toVisit : village.replacements).add(household);
        }, roundId, actor.username(), roundId, actor.username());
        Map<String, Text> rules = new LinkedHashMap<>();
        List<Village> list = new ArrayList<>(villages.size());
        for (VillageRows v : villages.values()) {
            Text rule = rules.computeIfAbsent(v.first[4], design -> ReplacementRule.of(designs.get(design)));
            list.add(new Village(v.first[0], v.first[1], v.first[2], v.first[3], v.toVisit, v.replacements, rule));
        }
        return list;
    }

    /**
     * The supervisor's view of their branch's work in one query: every selected household slot of the communes the
     * branch covers, and the replacement slots an interview named, with who has each and how far it got; by commune,
     * village and draw order.
     */
    @Transactional(readOnly = true)
    public List<BranchSlot> branchSlots(Actor actor, String roundId) {
        FieldworkAccess.requireSupervisorRole(actor);
        long branchId = access.supervisedBranch(actor, roundId);
        return jdbc.query("""
                        select u.id, u.commune_code, u.commune_name, u.village_name, u.draw_order, u.replacement_rank,
                          u.household_position, u.household, a.enumerator, m.display_name, i.state, i.outcome
                        from fieldwork_commune c
                        join survey_sample s on s.round_id = c.round_id and s.state = 'APPROVED'
                        join survey_sample_unit u on u.sample_id = s.id and u.unit_id = c.unit_id
                          and u.commune_code = c.commune_code and u.stage = 'HOUSEHOLD'
                        left join fieldwork_assignment a on a.sample_unit_id = u.id
                        left join fieldwork_member m on m.branch_id = c.branch_id and m.username = a.enumerator
                        left join fieldwork_interview i on i.sample_unit_id = u.id
                        where c.round_id = ? and c.branch_id = ?
                          and (u.draw_order is not null or a.sample_unit_id is not null
                            or exists (select 1 from fieldwork_interview r where r.replaced_by = u.id))
                        order by u.commune_code, u.village_name, coalesce(u.draw_order, 100000),
                          coalesce(u.replacement_rank, 0)""",
                (rs, n) -> new BranchSlot(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), rs.getObject(7, Long.class),
                        rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11) == null ? null : InterviewState.valueOf(rs.getString(11)),
                        rs.getString(12) == null ? null : Outcome.valueOf(rs.getString(12))),
                roundId, branchId);
    }

    private static final class VillageRows {
        String[] first;
        final List<Household> toVisit = new ArrayList<>();
        final List<Household> replacements = new ArrayList<>();
    }

    /** The supervisor's branch, which must cover the slot's commune. */
    private long branchOf(Actor actor, Slots.Slot slot) {
        long branchId = access.supervisedBranch(actor, slot.roundId());
        if (!Objects.equals(slot.branchId(), branchId)) {
            throw new Rejected("fieldwork.communeNotYours");
        }
        return branchId;
    }

    /** A person of the branch who may visit households: enumerators, and supervisors who also interview. */
    private String memberOf(String roundId, long branchId, String username) {
        if (username == null || username.length() > Bounded.MAX_USERNAME) {
            throw new Rejected("fieldwork.notInBranch", String.valueOf(username));
        }
        return access.in(roundId, username).filter(m -> m.branchId() == branchId).map(m -> username)
                .orElseThrow(() -> new Rejected("fieldwork.notInBranch", username));
    }
}
