package vn.thuocdo.history.ui;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.history.PreMergerRound;
import vn.thuocdo.history.RecomputedSipas;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.PastResults;
import vn.thuocdo.testing.TestActors;

import java.util.List;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer of today's Hải Phòng sees, for a year before the merger whose round the system holds and published, the
 * SIPAS recomputed from Hải Dương's and Hải Phòng's microdata, labelled and with its interval; a year held only as
 * the old provinces' published figures stays "không so sánh trực tiếp". The default context, as HistoryViewsTest.
 * The coordinating ministry asks for a round's recompute on its history screen. Years 2181-2183.
 */
class RecomputedSeriesViewTest extends KaribuTest {

    @Autowired RecomputedSipas recomputed;
    @Autowired JdbcClient db;

    @Test
    void aPreMergerYearWithMicrodataShowsTheRecomputedSipasNamingTheOldProvinces() {
        String round = PreMergerRound.make(db, 2181, true);
        assertThat(recomputed.recompute(round, TestActors.COORDINATOR)).isEqualTo(1);
        PastResults.past(db, "T63-30", 2182, "sipas", "79,5".replace(',', '.'));
        PastResults.past(db, "T63-31", 2182, "sipas", "83");

        signIn("haiphong");
        navigate("indices/my-unit");

        Grid<?> series = _get(Grid.class, spec -> spec.withId("series-sipas"));
        List<List<String>> rows = IntStream.range(0, _size(series)).mapToObj(i -> _getFormattedRow(series, i))
                .filter(r -> r.get(0).equals("2181") || r.get(0).equals("2182")).toList();
        // 380 of 520 weighted answers satisfied: 73,08%; newest year first, the merged provinces in code order.
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsExactly("2182", "79,5", "Hải Dương: không so sánh trực tiếp");
        assertThat(rows.get(1)).containsExactly("2182", "83", "Thành phố Hải Phòng: không so sánh trực tiếp");
        assertThat(rows.get(2).get(0)).isEqualTo("2181");
        assertThat(rows.get(2).get(1)).startsWith("73,08 (KTC 95%: ").endsWith(")");
        assertThat(rows.get(2).get(2))
                .isEqualTo("Tính lại từ dữ liệu gốc của các tỉnh cũ: Hải Dương, Thành phố Hải Phòng");
    }

    @Test
    void theCoordinatorRecomputesAPreMergerRoundPublishedBeforeTheSystemDidItAfterPublication() {
        String round = PreMergerRound.make(db, 2183, true);
        signIn("dieuphoi");
        navigate("indices/history");
        HistoryView view = _get(HistoryView.class);

        var chosen = view.recompute.round.getListDataView().getItems().filter(r -> r.roundId().equals(round))
                .findFirst().orElseThrow();
        assertThat(chosen.published()).isTrue();
        assertThat(chosen.recomputedAt()).isNull();
        view.recompute.round.setValue(chosen);
        _click(view.recompute.recompute);

        expectNotifications("Đã tính lại SIPAS của 1 tỉnh mới từ dữ liệu gốc của Đợt trước sắp xếp 2183.");
        assertThat(view.recompute.round.getValue().provinces()).isEqualTo(1);
        assertThat(db.sql("select count(distinct unit_id) from recomputed_sipas where round_id = ?").param(round)
                .query(Integer.class).single()).isEqualTo(1);
    }
}
