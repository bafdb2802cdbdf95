package vn.thuocdo.council;

import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.OnH2;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.council.CouncilProcessScene.BINH;
import static vn.thuocdo.council.CouncilProcessScene.HUONG;
import static vn.thuocdo.council.CouncilProcessScene.LAN;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/** The council on H2, the embedded default: V19 and the council's SQL there too, through a send-back and an approval. */
@OnH2
@RecordApplicationEvents
class CouncilOnH2Test {

    @Autowired CouncilProcessScene scene;
    @Autowired Councils councils;
    @Autowired JdbcClient db;
    @Autowired ApplicationEvents events;

    @Test
    void aSendBackThenAnApprovalOnH2() {
        assertThat(db.sql("select h2version()").query(String.class).single()).as("the embedded default").isNotBlank();
        Round round = scene.atCouncil(2035, LAN, BINH, HUONG);
        councils.chair(round.id(), "hoidong.binh", COORDINATOR);
        assertThat(councils.board(round.id(), COORDINATOR).members()).filteredOn(Member::chair)
                .extracting(Member::username).containsExactly("hoidong.binh");
        LocalDate closesOn = LocalDate.now(TimeZones.VIETNAM).plusDays(3);
        councils.open(round.id(), closesOn, COORDINATOR);
        councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Xem lại Hải Phòng", List.of("T34-31", "T34-01")), LAN);
        assertThatThrownBy(() -> councils.vote(round.id(), new Ballot(Choice.APPROVE, null, List.of()), LAN))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("council.alreadyVoted"));
        councils.vote(round.id(), new Ballot(Choice.SEND_BACK, "Đồng ý xem lại", List.of("T34-31")), BINH);
        assertThat(events.stream(CouncilSentBack.class)).singleElement()
                .satisfies(e -> assertThat(e.unitIds()).containsExactlyInAnyOrder("T34-31", "T34-01"));

        councils.open(round.id(), closesOn, COORDINATOR);
        councils.vote(round.id(), new Ballot(Choice.APPROVE, null, List.of()), HUONG);
        councils.vote(round.id(), new Ballot(Choice.APPROVE, "Thông qua", List.of()), LAN);
        assertThat(councils.board(round.id(), COORDINATOR).sessions()).extracting(Session::outcome)
                .containsExactly(Outcome.SENT_BACK, Outcome.APPROVED);
    }
}
