package vn.thuocdo.council;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.TestActors;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.council.CouncilProcessScene.BINH;
import static vn.thuocdo.council.CouncilProcessScene.HUONG;
import static vn.thuocdo.council.CouncilProcessScene.LAN;
import static vn.thuocdo.council.CouncilProcessScene.OUTSIDER;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * What the council refuses, on PostgreSQL, each time with its reason and nothing changed: a second vote, a vote
 * after the decision, a vote by someone not on the council or in another role, a send-back without units or
 * comment, a member named who lacks the role. Refusals of access are audited where they leave the capability.
 * Rounds 2041-2044.
 */
@CouncilProcessScene.Context
class CouncilRefusalsTest {

    @Autowired CouncilProcessScene scene;
    @Autowired Councils councils;
    @Autowired JdbcClient db;

    private static final Ballot APPROVE = new Ballot(Choice.APPROVE, "Đồng ý", List.of());

    @Test
    void aMemberVotesOnceAndNotAfterTheDecision() {
        Round round = scene.atCouncil(2041, LAN, BINH, HUONG);
        councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(7), COORDINATOR);
        councils.vote(round.id(), APPROVE, LAN);
        refused(() -> councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Đổi ý", List.of("T34-31")), LAN),
                "council.alreadyVoted");
        assertThat(votes(round)).isEqualTo(1);

        councils.vote(round.id(), APPROVE, BINH);
        refused(() -> councils.vote(round.id(), APPROVE, HUONG), "council.decided");
        assertThat(votes(round)).isEqualTo(2);
    }

    @Test
    void onlyTheCouncilsMembersVoteAndEachRefusalIsAudited() {
        Round round = scene.atCouncil(2042, LAN, BINH);
        councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(7), COORDINATOR);
        Actor officer = TestActors.HAI_PHONG;
        Actor otherMinistry = new Actor("hoidong.bo", "Thành viên bộ khác", "BO-BTC", Set.of(Role.COUNCIL_MEMBER));
        for (Actor stranger : List.of(OUTSIDER, COORDINATOR, officer, TestActors.APPRAISER, otherMinistry)) {
            assertThatThrownBy(() -> councils.vote(round.id(), APPROVE, stranger)).as(stranger.username())
                    .isInstanceOf(AccessDenied.class);
            assertThat(db.sql("select count(*) from audit_event where actor = ? and outcome = 'DENIED'")
                    .param(stranger.username()).query(Long.class).single()).as(stranger.username()).isPositive();
        }
        assertThatThrownBy(() -> councils.board(round.id(), OUTSIDER)).isInstanceOf(AccessDenied.class);
        assertThat(votes(round)).isZero();
    }

    @Test
    void sendingBackNeedsTheUnitsAndAComment() {
        Round round = scene.atCouncil(2043, LAN, BINH, HUONG);
        councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).plusDays(7), COORDINATOR);
        refused(() -> councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Cần xem lại", List.of()), LAN),
                "council.unitsRequired");
        refused(() -> councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "   ", List.of("T34-31")), LAN),
                "council.commentRequired");
        refused(() -> councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Đơn vị không tham gia",
                List.of("T34-79")), LAN), "council.unknownUnit");
        refused(() -> councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "x".repeat(Ballot.MAX_COMMENT + 1),
                List.of("T34-31")), LAN), "council.commentTooLong");
        refused(() -> councils.vote(round.id(), new Ballot(null, "Không chọn", List.of()), LAN),
                "council.choiceRequired");
        assertThat(votes(round)).isZero();
        assertThat(councils.board(round.id(), LAN).ownVote()).isEmpty();
    }

    @Test
    void theCoordinatorNamesOnlyCouncilMembersAndChangesNoMemberDuringASession() {
        Round round = scene.atCouncil(2044, LAN);
        refused(() -> councils.name(round.id(), "thamdinh", COORDINATOR), "council.notCouncilMember");
        refused(() -> councils.name(round.id(), "khong.ton.tai", COORDINATOR), "council.notCouncilMember");
        refused(() -> councils.name(round.id(), "hoidong", COORDINATOR), "council.alreadyMember");
        assertThatThrownBy(() -> councils.name(round.id(), "hoidong.binh", LAN)).isInstanceOf(AccessDenied.class);
        assertThat(councils.candidates(round.id(), COORDINATOR)).extracting(p -> p.username())
                .containsExactlyInAnyOrder("hoidong", "hoidong.binh", "hoidong.huong", "hoidong.khac");

        refused(() -> councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM).minusDays(1), COORDINATOR), "council.closesOnPast");
        councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM), COORDINATOR);
        refused(() -> councils.name(round.id(), "hoidong.binh", COORDINATOR), "council.sessionOpen");
        refused(() -> councils.remove(round.id(), "hoidong", COORDINATOR), "council.sessionOpen");
        refused(() -> councils.open(round.id(), LocalDate.now(vn.thuocdo.shared.TimeZones.VIETNAM), COORDINATOR), "council.sessionOpen");
        assertThat(councils.board(round.id(), COORDINATOR).members()).extracting(Member::username)
                .containsExactly("hoidong");
    }

    private void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private long votes(Round round) {
        return db.sql("select count(*) from council_vote v join council_session s on s.id = v.session_id where s.round_id = ?")
                .param(round.id()).query(Long.class).single();
    }
}
