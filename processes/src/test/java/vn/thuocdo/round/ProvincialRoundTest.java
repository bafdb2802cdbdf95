package vn.thuocdo.round;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.UnitKind;
import vn.thuocdo.units.Units;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A province runs the same cycle over the departments and communes it registered. */
@ProcessTest
class ProvincialRoundTest {

    static final Actor HAI_PHONG_COORDINATOR = new Actor("dieuphoi.haiphong", "Điều phối Sở Nội vụ Hải Phòng",
            "T34-31", Set.of(Role.MINISTRY_COORDINATOR));

    @Autowired Units units;
    @Autowired Rounds rounds;
    @Autowired Tasks tasks;
    @Autowired SamplingRequests sampling;

    @Test
    void aProvinceRegistersItsUnitsAndRunsItsOwnRoundThroughTheSameWorkflow() {
        Unit health = units.register("T34-31", UnitKind.DEPARTMENT, "syt", "Sở Y tế", HAI_PHONG_COORDINATOR);
        Unit commune = units.register("T34-31", UnitKind.COMMUNE, "11311", "Phường Hồng Bàng", HAI_PHONG_COORDINATOR);
        assertThat(health.id()).isEqualTo("T34-31.SYT");
        assertThat(units.childrenOn("T34-31", LocalDate.now())).extracting(Unit::id)
                .contains("T34-31.11311", "T34-31.SYT");

        Round round = rounds.launchNew(new NewRound(2045, "Đánh giá CCHC các sở, xã năm 2045", RoundLevel.PROVINCIAL,
                List.of(health.id(), commune.id()), "sampling-request@1", LocalDate.now().plusDays(10)),
                HAI_PHONG_COORDINATOR);
        assertThat(round.organiserUnitId()).isEqualTo("T34-31");

        Actor healthOfficer = TestActors.officerOf(health.id());
        String submit = tasks.inbox(healthOfficer, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
        sampling.submit(submit, Map.of("contactName", "Phạm Văn C", "contactPhone", "0912345678",
                "contactEmail", "c@syt.haiphong.gov.vn", "communes", "1", "villages", "1", "households", "10",
                "population", "40", "dossiersHandled", "5"), healthOfficer);
        // The province's own coordinator reviews; the ministry does not see the province's round at all.
        String review = tasks.inbox(HAI_PHONG_COORDINATOR, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
        sampling.approve(review, HAI_PHONG_COORDINATOR);
        assertThat(rounds.progress(round.id(), HAI_PHONG_COORDINATOR).count("sampling", SamplingState.APPROVED.name()))
                .isEqualTo(1);
        assertThat(rounds.visibleTo(TestActors.COORDINATOR)).noneMatch(r -> r.id().equals(round.id()));
        assertThat(tasks.countInbox(TestActors.COORDINATOR, new InboxFilter(round.id(), null))).isZero();
    }

    @Test
    void levelsAndUnitsCannotBeMixed() {
        units.register("T34-31", UnitKind.DEPARTMENT, "STP", "Sở Tư pháp", HAI_PHONG_COORDINATOR);
        assertThatThrownBy(() -> rounds.prepare(new NewRound(2046, "Quốc gia", RoundLevel.NATIONAL, List.of("T34-01"),
                "sampling-request@1", LocalDate.now().plusDays(5)), HAI_PHONG_COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.nationalOnlyForMinistry"));
        assertThatThrownBy(() -> rounds.prepare(new NewRound(2046, "Tỉnh", RoundLevel.PROVINCIAL, List.of("T34-01"),
                "sampling-request@1", LocalDate.now().plusDays(5)), HAI_PHONG_COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.unitNotInLevel"));
        assertThatThrownBy(() -> rounds.prepare(new NewRound(2046, "Bộ", RoundLevel.PROVINCIAL, List.of("T34-31.STP"),
                "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.provincialOnlyForProvince"));
        assertThatThrownBy(() -> rounds.prepare(new NewRound(2046, "Quốc gia", RoundLevel.NATIONAL,
                List.of("T34-31.STP"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("round.unitNotInLevel"));
    }

    @Test
    void onlyTheProvincesCoordinatorRegistersItsUnitsAndBadEntriesAreRefused() {
        assertThatThrownBy(() -> units.register("T34-31", UnitKind.DEPARTMENT, "SXD", "Sở Xây dựng", TestActors.HAI_PHONG))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> units.register("T34-01", UnitKind.DEPARTMENT, "SXD", "Sở Xây dựng", HAI_PHONG_COORDINATOR))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> units.register("T34-31", UnitKind.DEPARTMENT, "s x", "Sở Xây dựng", HAI_PHONG_COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("units.badCode"));
        assertThatThrownBy(() -> units.register("T34-31", UnitKind.PROVINCE, "SXD", "Sở Xây dựng", HAI_PHONG_COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("units.onlyProvinceChildren"));
        units.register("T34-31", UnitKind.DEPARTMENT, "SXD", "Sở Xây dựng", HAI_PHONG_COORDINATOR);
        assertThatThrownBy(() -> units.register("T34-31", UnitKind.DEPARTMENT, "sxd", "Sở Xây dựng", HAI_PHONG_COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("units.exists"));
    }

    @Test
    void aCommuneIsOneOfTheProvincesCommunesInTheRegisterUnderItsRegisteredName() {
        // A code typed by hand, and a real commune of another province (Phường Ba Đình, Hà Nội): refused.
        for (String code : List.of("P0001", "00004")) {
            assertThatThrownBy(() -> units.register("T34-31", UnitKind.COMMUNE, code, "Phường Hồng Bàng",
                    HAI_PHONG_COORDINATOR)).isInstanceOfSatisfying(Rejected.class, e -> {
                assertThat(e.key()).isEqualTo("units.communeNotInRegister");
                assertThat(e.args()).containsExactly(code, "Thành phố Hải Phòng");
            });
        }
        assertThat(units.childrenOn("T34-31", LocalDate.now())).extracting(Unit::code).doesNotContain("P0001", "00004");
        // Xã An Hưng is 11674 in the register; a name typed differently gives way to the register's.
        Unit anHung = units.register("T34-31", UnitKind.COMMUNE, "11674", "xa an hung", HAI_PHONG_COORDINATOR);
        assertThat(anHung.id()).isEqualTo("T34-31.11674");
        assertThat(anHung.name()).isEqualTo("Xã An Hưng");
    }
}
