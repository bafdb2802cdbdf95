package vn.thuocdo.history;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thuocdo.history.PublishedResultsTest.row;

/** Targets against results: met, not met, no result yet, a change kept, an officer limited to their unit. */
@ProcessTest
class UnitTargetsTest {

    @Autowired UnitTargets targets;
    @Autowired PublishedResults results;
    @Autowired JdbcClient db;

    @Test
    void aTargetIsMetOrNotByTheLatestValueInOrBeforeItsYearAndWithoutOneHasNoResult() {
        results.importRows(List.of(row(2, "22", "2023", "sipas:targets", "86"),
                row(3, "22", "2025", "sipas:targets", "91,2"), row(4, "22", "2026", "sipas:targets", "80")),
                null, TestActors.COORDINATOR);
        targets.importRows(List.of(row(2, "22", "sipas:targets", "2025", "90", "Nghị quyết Tỉnh ủy"),
                row(3, "22", "sipas:targets", "2026", "85"),
                row(4, "22", "par:targets", "2025", "85")), "muc-tieu.xlsx", TestActors.COORDINATOR);

        List<TargetStatus> statuses = targets.statusesFor(TestActors.COORDINATOR, "T34-22");

        assertThat(statuses).extracting(s -> s.target().measure(), s -> s.target().year(), TargetStatus::state,
                        s -> s.basis() == null ? null : s.basis().year())
                .containsExactly(tuple("par:targets", 2025, TargetStatus.State.NO_RESULT, null),
                        tuple("sipas:targets", 2025, TargetStatus.State.MET, 2025),
                        tuple("sipas:targets", 2026, TargetStatus.State.NOT_MET, 2026));
        assertThat(statuses.get(1).target().note()).isEqualTo("Nghị quyết Tỉnh ủy");
    }

    @Test
    void aMergedProvincesPredecessorsDoNotJudgeItsTarget() {
        results.importRows(List.of(row(2, "33", "2024", "sipas:merged-target", "95"),
                row(3, "34", "2024", "sipas:merged-target", "96")), null, TestActors.COORDINATOR);
        targets.set("33", "sipas:merged-target", "2025", "90", null, TestActors.COORDINATOR);

        assertThat(targets.statusesFor(TestActors.COORDINATOR, "T34-33")).extracting(TargetStatus::state)
                .containsExactly(TargetStatus.State.NO_RESULT);
    }

    @Test
    void aChangedTargetIsANewRowAndTheOldOneIsKeptWithWhoChangedIt() {
        UnitTarget first = targets.set("T34-79", "par:changed", "2030", "85", null, TestActors.COORDINATOR);
        UnitTarget second = targets.set("79", "par:changed", "2030", "88,5", "Kế hoạch 2026", TestActors.COORDINATOR);

        assertThat(targets.statusesFor(TestActors.COORDINATOR, "T34-79")).extracting(s -> s.target().value())
                .containsExactly(new BigDecimal("88.5"));
        assertThat(db.sql("select superseded_by from unit_target where id = ?").param(first.id())
                .query(String.class).single()).isEqualTo(second.id());
        assertThat(db.sql("select detail from audit_event where action = 'history.target.set' and target = ?"
                        + " order by detail").param("T34-79 par:changed 2030").query(String.class).list())
                .containsExactly(">= 85", ">= 88.5 (was >= 85), note: Kế hoạch 2026");
    }

    @Test
    void aTargetRowIsRefusedWithItsReasonAndTheOthersAreNotSaved() {
        assertThatThrownBy(() -> targets.importRows(List.of(row(2, "46", "par:refused", "2030", "90"),
                row(3, "46", "par:refused", "2030", "91"), row(4, "46", "par:refused", "2024", "91"),
                row(5, "46", "par:refused", "2031", "-1")), null, TestActors.COORDINATOR))
                .isInstanceOfSatisfying(InvalidHistoryWorkbook.class, refused -> assertThat(refused.errors())
                        .extracting(HistoryRowError::row, HistoryRowError::key)
                        .containsExactly(tuple(3, "history.row.duplicate"), tuple(5, "history.row.badValue")));
        assertThat(db.sql("select count(*) from unit_target where measure = 'par:refused'").query(Integer.class)
                .single()).isZero();
    }

    @Test
    void anOfficerSeesOnlyTheirOwnUnitsTargetsAndSetsNone() {
        targets.set("01", "sipas:officer", "2030", "90", null, TestActors.COORDINATOR);

        assertThat(targets.statusesFor(TestActors.HA_NOI, "T34-01")).hasSize(1);
        assertThatThrownBy(() -> targets.statusesFor(TestActors.HAI_PHONG, "T34-01"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> targets.all(TestActors.HAI_PHONG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> targets.set("31", "sipas:officer", "2030", "99", null, TestActors.HAI_PHONG))
                .isInstanceOf(AccessDenied.class);
    }
}
