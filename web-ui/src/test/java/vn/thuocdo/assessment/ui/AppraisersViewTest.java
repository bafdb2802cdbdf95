package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.AppraisalAssignments;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.UnitAppraisal;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.UnitProgress;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The coordinator's appraiser assignment and the dashboard's assessment column, through Karibu on PostgreSQL. */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class AppraisersViewTest extends KaribuTest {

    static final AtomicInteger YEARS = new AtomicInteger(2060);
    static final Actor HAI_PHONG = new Actor("haiphong", "Trần Văn Nam", "T34-31", Set.of(Role.PROVINCIAL_OFFICER));

    @Autowired Rounds rounds;
    @Autowired SelfAssessments assessments;
    @Autowired AppraisalAssignments assignments;

    String round;

    @BeforeEach
    void aRoundOfHaiPhongHaNoiAndTheMinistryItself() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt phân công thẩm định trên màn hình",
                RoundLevel.NATIONAL, List.of("T34-31", "T34-01", "BO-BNV"), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", samplingDue.plusDays(60))), TestActors.COORDINATOR).id();
    }

    @Test
    void theCoordinatorAssignsOneUnitThenTheSelectedOnesAndRemovesAnAssignmentNeverOfferingTheOwnUnit() {
        assessments.open(HAI_PHONG, round, "T34-31");
        signIn("dieuphoi");
        navigate("assessment/appraisers?round=" + round);
        AppraisersView view = _get(AppraisersView.class);
        assertThat(view.round.getValue().id()).isEqualTo(round);
        assertThat(text(view.grid, row(view, "T34-31"))).contains("Đang tự chấm").contains("Chưa phân công");
        assertThat(text(view.grid, row(view, "T34-01"))).contains("Chưa mở");
        // The Ministry takes part itself: its own appraisers are not offered for it.
        assertThat(adder(view, "BO-BNV").getListDataView().getItems()).isEmpty();
        assertThat(adder(view, "T34-31").getListDataView().getItems()).extracting(UnitDirectory.Person::username)
                .containsExactly("thamdinh");

        Component haiPhongAdd = addCell(view, "T34-31");
        ComboBox<UnitDirectory.Person> pick = adder(haiPhongAdd);
        pick.setValue(pick.getListDataView().getItems().findFirst().orElseThrow());
        button(haiPhongAdd, "add-T34-31").click();
        expectNotifications("Đã phân công Đỗ Minh Tuấn thẩm định Thành phố Hải Phòng.");
        assertThat(text(view.grid, row(view, "T34-31"))).contains("Đỗ Minh Tuấn");
        assertThat(adder(view, "T34-31").getListDataView().getItems()).as("not offered twice").isEmpty();

        view.grid.select(row(view, "T34-31"));
        view.grid.select(row(view, "T34-01"));
        assertThat(view.bulkAssign.getText()).isEqualTo("Phân công cho 2 đơn vị đã chọn");
        view.bulkAppraiser.setValue(view.bulkAppraiser.getListDataView().getItems().findFirst().orElseThrow());
        _click(view.bulkAssign);
        expectNotifications("Đã phân công Đỗ Minh Tuấn thẩm định 2 đơn vị.");
        assertThat(assignments.board(TestActors.COORDINATOR, round)).filteredOn(u -> !u.unitId().equals("BO-BNV"))
                .allSatisfy(u -> assertThat(u.assigned("thamdinh")).isTrue());

        // Selecting the Ministry too refuses the whole bulk assignment: nothing half-done.
        view.grid.select(row(view, "BO-BNV"));
        view.bulkAppraiser.setValue(view.bulkAppraiser.getListDataView().getItems().findFirst().orElseThrow());
        _click(view.bulkAssign);
        expectNotifications("Đỗ Minh Tuấn thuộc chính đơn vị được thẩm định: không được thẩm định đơn vị mình.");
        assertThat(row(view, "BO-BNV").appraisers()).isEmpty();

        button(cell(view.grid, "appraisers", row(view, "T34-01")), "remove-T34-01-thamdinh").click();
        expectNotifications("Đã bỏ phân công Đỗ Minh Tuấn khỏi Thành phố Hà Nội.");
        assertThat(row(view, "T34-01").appraisers()).isEmpty();
    }

    @Test
    void theDashboardShowsEachUnitsAssessmentStateWithItsScoredShareAndLeadsToTheAssignment() {
        assessments.open(HAI_PHONG, round, "T34-31");
        assessments.score(HAI_PHONG, round, "T34-31", "1.2.1", new SelfScore.Done(true), "Quyết định 15/QĐ-UBND", 0);
        signIn("dieuphoi");
        navigate("rounds/dashboard/" + round);

        Grid<UnitProgress> units = _get(Grid.class, spec -> spec.withId("units"));
        UnitProgress haiPhong = units.getListDataView().getItems().filter(u -> u.unitId().equals("T34-31"))
                .findFirst().orElseThrow();
        assertThat(haiPhong.stage("assessment").state()).isEqualTo("SELF_ASSESSING");
        assertThat(text(units, haiPhong)).contains("Đang tự đánh giá").containsPattern("1 / \\d+ tiêu chí đã chấm");
        assertThat(_get(Anchor.class, spec -> spec.withId("open-appraisers")).getHref())
                .isEqualTo("assessment/appraisers?round=" + round);
    }

    private static UnitAppraisal row(AppraisersView view, String unitId) {
        return view.grid.getListDataView().getItems().filter(u -> u.unitId().equals(unitId)).findFirst().orElseThrow();
    }

    /** The add cell of a unit's row, as the grid renders it: its combo and its button belong together. */
    private static Component addCell(AppraisersView view, String unitId) {
        return cell(view.grid, "add", row(view, unitId));
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<UnitDirectory.Person> adder(Component addCell) {
        return (ComboBox<UnitDirectory.Person>) addCell.getChildren().filter(ComboBox.class::isInstance).findFirst()
                .orElseThrow();
    }

    private static ComboBox<UnitDirectory.Person> adder(AppraisersView view, String unitId) {
        return adder(addCell(view, unitId));
    }

    private static Button button(Component cell, String id) {
        List<Button> found = _find(cell, Button.class, spec -> spec.withId(id));
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static <T> Component cell(Grid<T> grid, String key, T item) {
        return ((ComponentRenderer<?, T>) grid.getColumnByKey(key).getRenderer()).createComponent(item);
    }

    @SuppressWarnings("unchecked")
    private static <T> String text(Grid<T> grid, T item) {
        StringBuilder cells = new StringBuilder();
        for (var column : grid.getColumns()) {
            if (column.getRenderer() instanceof ComponentRenderer<?, ?> renderer) {
                cells.append(((ComponentRenderer<?, T>) renderer).createComponent(item).getElement()
                        .getTextRecursively()).append(' ');
            }
        }
        return cells.toString();
    }
}
