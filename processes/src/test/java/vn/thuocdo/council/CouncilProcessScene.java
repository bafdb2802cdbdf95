package vn.thuocdo.council;

import org.springframework.stereotype.Component;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A round at its council stage, for the council's tests: a prepared round (Hải Phòng and Hà Nội take part) whose
 * {@code CouncilApprovalProcess} is started the way the round's call activity starts it, so the tests do not walk
 * the stages before it; the members named, the first one chair.
 */
@Component
public class CouncilProcessScene {

    public static final Actor LAN = member("hoidong", "Vũ Thị Lan");
    public static final Actor BINH = member("hoidong.binh", "Ngô Thanh Bình");
    public static final Actor HUONG = member("hoidong.huong", "Lý Thu Hương");
    /** Holds the role in the ministry but is not named to the council. */
    public static final Actor OUTSIDER = member("hoidong.khac", "Hồ Văn Khác");

    private final Rounds rounds;
    private final Councils councils;
    private final vn.thuocdo.council.process.CouncilStageStart stage;
    private final CouncilStore store;

    CouncilProcessScene(Rounds rounds, Councils councils, vn.thuocdo.council.process.CouncilStageStart stage,
                        CouncilStore store) {
        this.store = store;
        this.rounds = rounds;
        this.councils = councils;
        this.stage = stage;
    }

    public Round atCouncil(int year, Actor... members) {
        LocalDate samplingDue = LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(1);
        Round round = rounds.prepare(new NewRound(year, "Đợt có Hội đồng " + year, RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", samplingDue), TestActors.COORDINATOR);
        stage.start(round, TimeZones.endOf(samplingDue.plusDays(90)));
        for (Actor member : members) {
            councils.name(round.id(), member.username(), TestActors.COORDINATOR);
        }
        if (members.length > 0) {
            councils.chair(round.id(), members[0].username(), TestActors.COORDINATOR);
        }
        return round;
    }

    /**
     * The council of a round at its stage approves in one vote of one member, for tests that walk the whole year.
     * The member is written straight to the council (this context's directory may have none).
     */
    public void approveInOneVote(String roundId) {
        store.addMember(roundId, LAN.username(), LAN.displayName(), TestActors.COORDINATOR.username(),
                java.time.Instant.now());
        store.chair(roundId, LAN.username());
        councils.open(roundId, LocalDate.now(TimeZones.VIETNAM), TestActors.COORDINATOR);
        councils.vote(roundId, new Ballot(Choice.APPROVE, null, List.of()), LAN);
    }

    public static Actor member(String username, String name) {
        return new Actor(username, name, "BO-BNV", Set.of(Role.COUNCIL_MEMBER));
    }

    /**
     * The council tests' own Spring context and PostgreSQL database (their rounds' years are their own), with the
     * built-in directory's council members of the Ministry of Home Affairs and an appraiser who is not one.
     */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ProcessTest
    @TestPropertySource(properties = {
            "thuocdo.test.context=council",
            "thuocdo.identity.demo-accounts[0].username=hoidong",
            "thuocdo.identity.demo-accounts[0].display-name=Vũ Thị Lan",
            "thuocdo.identity.demo-accounts[0].unit=BO-BNV",
            "thuocdo.identity.demo-accounts[0].roles[0]=council-member",
            "thuocdo.identity.demo-accounts[1].username=hoidong.binh",
            "thuocdo.identity.demo-accounts[1].display-name=Ngô Thanh Bình",
            "thuocdo.identity.demo-accounts[1].unit=BO-BNV",
            "thuocdo.identity.demo-accounts[1].roles[0]=council-member",
            "thuocdo.identity.demo-accounts[2].username=hoidong.huong",
            "thuocdo.identity.demo-accounts[2].display-name=Lý Thu Hương",
            "thuocdo.identity.demo-accounts[2].unit=BO-BNV",
            "thuocdo.identity.demo-accounts[2].roles[0]=council-member",
            "thuocdo.identity.demo-accounts[3].username=hoidong.khac",
            "thuocdo.identity.demo-accounts[3].display-name=Hồ Văn Khác",
            "thuocdo.identity.demo-accounts[3].unit=BO-BNV",
            "thuocdo.identity.demo-accounts[3].roles[0]=council-member",
            "thuocdo.identity.demo-accounts[4].username=thamdinh",
            "thuocdo.identity.demo-accounts[4].display-name=Đỗ Minh Tuấn",
            "thuocdo.identity.demo-accounts[4].unit=BO-BNV",
            "thuocdo.identity.demo-accounts[4].roles[0]=appraiser"
    })
    public @interface Context {
    }
}
