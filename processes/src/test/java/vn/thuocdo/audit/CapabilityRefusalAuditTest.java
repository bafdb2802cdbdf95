package vn.thuocdo.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;
import static vn.thuocdo.testing.TestActors.HA_NOI;

@ProcessTest
class CapabilityRefusalAuditTest {

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;
    @Autowired AuditTrail trail;

    private static int year = 2090;

    @Test
    void anotherUnitsTaskPassingTwoCapabilitiesIsOneDeniedEventNamingThePersonTheirUnitAndTheTask() {
        Round round = rounds.launchNew(new NewRound(year++, "Đợt thử kiểm toán", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
        String haiPhongTask = tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 5).get(0).taskId();
        AuditQuery hanoi = new AuditQuery("hanoi", null, "call", null, null);
        int before = trail.count(hanoi);

        // The sampling capability asks the workflow capability, which refuses: both are crossed, one event is kept.
        assertThatThrownBy(() -> sampling.submitTask(haiPhongTask, HA_NOI)).isInstanceOf(AccessDenied.class);

        assertThat(trail.count(hanoi)).isEqualTo(before + 1);
        AuditEvent denied = trail.find(hanoi, 0, 1).get(0);
        assertThat(denied.outcome()).isEqualTo(AuditLog.DENIED);
        assertThat(denied.actor()).isEqualTo("hanoi");
        assertThat(denied.who()).isEqualTo("Chuyên viên Sở Nội vụ Hà Nội");
        assertThat(denied.unitId()).isEqualTo("T34-01");
        assertThat(denied.target()).isEqualTo("task:" + haiPhongTask);
        assertThat(denied.detail()).isEqualTo("workflow.open");
    }

    @Test
    void aMissingRoleIsOneDeniedEventWithTheRoleThatWasNeeded() {
        AuditQuery haiphong = new AuditQuery("Hải Phòng", "T34-31", "call", null, null);
        int before = trail.count(haiphong);

        assertThatThrownBy(() -> rounds.launchNew(new NewRound(year++, "Không được phép", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(10)), HAI_PHONG))
                .isInstanceOf(AccessDenied.class);

        assertThat(trail.count(haiphong)).isEqualTo(before + 1);
        assertThat(trail.find(haiphong, 0, 1).get(0)).satisfies(e -> {
            assertThat(e.actor()).isEqualTo("haiphong");
            assertThat(e.target()).isEqualTo("ministry-coordinator");
            assertThat(e.detail()).isEqualTo("round.launchNew");
        });
    }
}
