package vn.thuocdo.inbox;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.WorkItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class InboxViewTest extends KaribuTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2060);

    @Autowired Rounds rounds;

    @Test
    void anOfficerSeesOnlyTheirUnitsTaskWithItsDueDate() {
        Round round = launch(List.of("T34-31", "T34-01"), 10);
        signIn("haiphong");
        navigate("inbox");
        // Other tests share the database: look at this round only.
        selectRound(round);
        Grid<WorkItem> grid = inboxGrid();
        assertThat(_size(grid)).isEqualTo(1);
        WorkItem item = _get(grid, 0);
        assertThat(item.name()).isEqualTo("Cung cấp thông tin chọn mẫu");
        assertThat(item.unitId()).isEqualTo("T34-31");
        assertThat(item.roundId()).isEqualTo(round.id());
        assertThat(((Span) _getCellComponent(grid, 0, statusKey(grid))).getText()).isEqualTo("Còn 10 ngày");
    }

    @Test
    void anOverdueTaskIsMarkedWithHowLateItIs() {
        Round round = launch(List.of("T34-01"), 2);
        clock.advance(Duration.ofDays(5));
        signIn("hanoi");
        navigate("inbox");
        selectRound(round);
        Grid<WorkItem> grid = inboxGrid();
        assertThat(((Span) _getCellComponent(grid, 0, statusKey(grid))).getText()).isEqualTo("Quá hạn 3 ngày");
    }

    @Test
    void filteringByRoundNarrowsTheList() {
        Round first = launch(List.of("T34-31"), 10);
        launch(List.of("T34-31"), 10);
        signIn("haiphong");
        navigate("inbox");
        InboxView view = _get(InboxView.class);
        Grid<WorkItem> grid = inboxGrid();
        long before = _size(grid);
        assertThat(before).isGreaterThanOrEqualTo(2);
        selectRound(first);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).roundId()).isEqualTo(first.id());
        assertThat(view).isNotNull();
    }

    @Test
    void someoneWithNothingToDoIsToldSo() {
        signIn("thamdinh");
        navigate("inbox");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Không có nhiệm vụ nào đang chờ bạn.")).isVisible()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private void selectRound(Round round) {
        var roundFilter = (com.vaadin.flow.component.combobox.ComboBox<Round>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("filter-round"));
        roundFilter.setValue(roundFilter.getListDataView().getItems().filter(r -> r.id().equals(round.id()))
                .findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    private Grid<WorkItem> inboxGrid() {
        return _get(Grid.class, spec -> spec.withId("inbox"));
    }

    private static String statusKey(Grid<WorkItem> grid) {
        return "status";
    }

    private Round launch(List<String> units, int dueInDays) {
        return rounds.launchNew(new NewRound(YEAR.getAndIncrement(), "Đợt hộp việc", RoundLevel.NATIONAL, units,
                "sampling-request@1", LocalDate.now().plusDays(dueInDays)), TestActors.COORDINATOR);
    }
}
