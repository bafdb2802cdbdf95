package vn.thuocdo.testing;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.Branch;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Partner;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.survey.response.OnlineSurveys;

import java.util.List;
import java.util.Set;

/**
 * Fieldwork tests, in the core and on the screens: a round of Hải Phòng (T34-31) and T34-04 with its sample
 * approved, a Vietnam Post branch in Hải Phòng (a supervisor, two enumerators) and a Fatherland Front branch in T34-04
 * (a supervisor, an enumerator), each given the first selected commune of its province. Usernames carry the year, so rounds never
 * share a person; each test class uses its own years.
 */
@Component
public class FieldworkScene {

    public static final Actor STATISTICIAN = new Actor("thongke", "Thống kê viên Bộ Nội vụ", "BO-BNV",
            Set.of(Role.SURVEY_STATISTICIAN));

    private final OnlineSurveys online;
    private final FieldworkTeams teams;
    private final Assignments assignments;
    private final JdbcTemplate jdbc;

    FieldworkScene(OnlineSurveys online, FieldworkTeams teams, Assignments assignments, JdbcTemplate jdbc) {
        this.online = online;
        this.teams = teams;
        this.assignments = assignments;
        this.jdbc = jdbc;
    }

    /** The people and places of one round's fieldwork. */
    public record Team(String roundId, String sampleId, Branch haiPhong, Branch other, String commune,
                       String otherCommune, Actor supervisor, Actor enumerator, Actor secondEnumerator,
                       Actor otherSupervisor, Actor otherEnumerator) {
    }

    /** Branches, people and communes; no household is assigned yet. */
    public Team setUp(int year) {
        OnlineSurveys.OpenRound round = online.open(year, List.of("T34-31", "T34-04"));
        Actor coordinator = TestActors.COORDINATOR;
        Branch haiPhong = teams.createBranch(coordinator, round.id(), "T34-31", Partner.VNPOST,
                "Bưu điện thành phố Hải Phòng");
        Branch other = teams.createBranch(coordinator, round.id(), "T34-04", Partner.MTTQ,
                "Ủy ban MTTQ tỉnh T34-04");
        Actor supervisor = person("gsv" + year, "Trần Thị Giám Sát", Role.FIELDWORK_SUPERVISOR);
        Actor enumerator = person("dtv" + year, "Nguyễn Văn Điều Tra", Role.ENUMERATOR);
        Actor second = person("dtvb" + year, "Lê Thị Hai", Role.ENUMERATOR);
        Actor otherSupervisor = person("gsvk" + year, "Phạm Văn Khác", Role.FIELDWORK_SUPERVISOR);
        Actor otherEnumerator = person("dtvk" + year, "Hoàng Thị Khác", Role.ENUMERATOR);
        add(haiPhong, supervisor, TeamRole.SUPERVISOR);
        add(haiPhong, enumerator, TeamRole.ENUMERATOR);
        add(haiPhong, second, TeamRole.ENUMERATOR);
        add(other, otherSupervisor, TeamRole.SUPERVISOR);
        add(other, otherEnumerator, TeamRole.ENUMERATOR);
        String commune = firstCommune(round.sampleId(), "T34-31");
        String otherCommune = firstCommune(round.sampleId(), "T34-04");
        teams.assignCommune(coordinator, haiPhong.id(), commune);
        teams.assignCommune(coordinator, other.id(), otherCommune);
        return new Team(round.id(), round.sampleId(), haiPhong, other, commune, otherCommune, supervisor, enumerator,
                second, otherSupervisor, otherEnumerator);
    }

    /** As {@link #setUp}, with the first village of Hải Phòng's commune given to the first enumerator. */
    public Team withVillageAssigned(int year) {
        Team team = setUp(year);
        assignments.assignVillage(team.supervisor(), households(team, team.commune()).get(0),
                team.enumerator().username());
        return team;
    }

    private void add(Branch branch, Actor person, TeamRole role) {
        teams.addMember(TestActors.COORDINATOR, branch.id(), person.username(), person.displayName(), role);
    }

    public static Actor person(String username, String name, Role role) {
        return new Actor(username, name, "T34-31", Set.of(role));
    }

    public String firstCommune(String sampleId, String unitId) {
        return jdbc.queryForObject("""
                select commune_code from survey_sample_unit where sample_id = ? and unit_id = ? and stage = 'COMMUNE'
                and draw_order is not null order by draw_order fetch first 1 rows only""", String.class, sampleId, unitId);
    }

    /** The selected household slots of a commune's first village, in draw order. */
    public List<Long> households(Team team, String commune) {
        return jdbc.queryForList("""
                select id from survey_sample_unit where sample_id = ? and commune_code = ? and stage = 'HOUSEHOLD'
                and draw_order is not null and village_name = (select min(village_name) from survey_sample_unit
                  where sample_id = ? and commune_code = ? and stage = 'HOUSEHOLD')
                order by draw_order""", Long.class, team.sampleId(), commune, team.sampleId(), commune);
    }

    /** The replacement household slots of the village of a slot, by rank. */
    public List<Long> replacements(long slot) {
        return jdbc.queryForList("""
                select r.id from survey_sample_unit r join survey_sample_unit s on s.id = ?
                where r.sample_id = s.sample_id and r.commune_code = s.commune_code and r.village_name = s.village_name
                and r.stage = 'HOUSEHOLD' and r.replacement_rank is not null order by r.replacement_rank""",
                Long.class, slot);
    }
}
