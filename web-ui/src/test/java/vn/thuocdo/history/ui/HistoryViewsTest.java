package vn.thuocdo.history.ui;

import com.vaadin.flow.component.html.ListItem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.history.HistoryLayout;
import vn.thuocdo.history.HistoryWorkbooks;
import vn.thuocdo.history.InvalidHistoryWorkbook;
import vn.thuocdo.history.PublishedResults;
import vn.thuocdo.history.SheetRow;
import vn.thuocdo.history.UnitTargets;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The coordinator's history screen (an Excel import, its refusals, targets typed in) and a unit's own page (its
 * series across the reorganisation, its targets, nobody else's). Each test has measures of its own
 * (sipas:&lt;test&gt;), as the default context's database is shared.
 */
class HistoryViewsTest extends KaribuTest {

    @Autowired PublishedResults results;
    @Autowired UnitTargets targets;
    @Autowired HistoryWorkbooks workbooks;
    @Autowired JdbcClient db;

    @Test
    void theCoordinatorImportsAWorkbookAndSeesTheUnitsByYear() {
        signIn("dieuphoi");
        navigate("indices/history");
        HistoryView view = _get(HistoryView.class);

        view.upload.received(workbook(List.of("Mã đơn vị", "Năm", "Chỉ số", "Giá trị", "Xếp hạng", "Nhóm"),
                List.of("31", "2024", "sipas:screen", "82,15", "12", "B"),
                List.of("31", "2025", "sipas:screen", "85.5", "3", ""),
                List.of("T34-01", "2025", "sipas:screen", "90", "", "")));

        expectNotifications("Đã nhập 3 dòng; 0 dòng cũ được thay thế và vẫn được lưu.");
        view.measure.setValue("sipas:screen");
        assertThat(_size(view.table)).isEqualTo(3);
        assertThat(_getFormattedRow(view.table, 0)).containsExactly("Thành phố Hà Nội", "", "90");
        assertThat(_getFormattedRow(view.table, 1)).containsExactly("Thành phố Hải Phòng (đến 30/06/2025)",
                "82,15 · hạng 12 · B", "");
        assertThat(_getFormattedRow(view.table, 2)).containsExactly("Thành phố Hải Phòng", "", "85,5 · hạng 3");
        assertThat(view.empty.isVisible()).isFalse();
    }

    @Test
    void aWorkbookWithOneBadRowIsRefusedWholeWithEveryRowNamed() {
        signIn("dieuphoi");
        navigate("indices/history");
        HistoryView view = _get(HistoryView.class);

        view.upload.received(workbook(List.of("Mã đơn vị", "Năm", "Chỉ số", "Giá trị"),
                List.of("38", "2023", "sipas:refused-screen", "80"),
                List.of("02", "2025", "sipas:refused-screen", "80"),
                List.of("38", "2022", "sipas:refused-screen", "101")));

        expectNotifications("Tệp không được nhận (2 lỗi); chưa lưu dòng nào. Sửa các dòng dưới đây rồi tải lên lại.");
        assertThat(_find(view.upload.errors, ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Dòng 3: Mã đơn vị: mã \"02\" (Hà Giang) không tồn tại trong năm 2025: đơn vị có từ 01/08/2008 đến 30/06/2025",
                "Dòng 4: Giá trị: giá trị \"101\" phải từ 0 đến 100, tối đa hai chữ số thập phân");
        assertThat(db.sql("select count(*) from published_result where measure = 'sipas:refused-screen'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theTemplateHasTheColumnsTheImportReadsAndASheetExplainingThem() {
        byte[] template = workbooks.template(HistoryLayout.RESULTS);

        assertThat(workbooks.read(new ByteArrayInputStream(template), HistoryLayout.RESULTS)).isEmpty();
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream(workbook(List.of("Mã", "Năm"),
                List.of("31", "2024"))), HistoryLayout.RESULTS))
                .isInstanceOfSatisfying(InvalidHistoryWorkbook.class, refused -> assertThat(refused.errors().get(0)
                        .args()).containsExactly("Mã đơn vị, Chỉ số, Giá trị", "Kết quả"));
        assertThat(workbooks.read(new ByteArrayInputStream(workbook(List.of("Năm", "Mã đơn vị", "Chỉ số", "Giá trị"),
                List.of("2024", "1", "sipas", "70"))), HistoryLayout.RESULTS))
                .extracting(SheetRow::cells).containsExactly(Arrays.asList("1", "2024", "sipas", "70", null, null));
    }

    @Test
    void aTargetTypedInIsListedAgainstTheResults() {
        results.importRows(List.of(new SheetRow(2, List.of("79", "2025", "sipas:typed", "91"))), null,
                TestActors.COORDINATOR);
        signIn("dieuphoi");
        navigate("indices/history");
        TargetsPanel panel = _get(HistoryView.class).targets;

        panel.unit.setValue(panel.unit.getListDataView().getItems().filter(u -> u.id().equals("T34-79"))
                .findFirst().orElseThrow());
        panel.measure.setValue("sipas:typed");
        panel.year.setValue("2025");
        panel.value.setValue("90");
        panel.save.click();

        expectNotifications("Đã lưu mục tiêu SIPAS · typed của Thành phố Hồ Chí Minh: ≥ 90 năm 2025.");
        assertThat(panel.grid.getListDataView().getItems().filter(s -> s.target().measure().equals("sipas:typed"))
                .map(s -> s.state().name()).toList()).containsExactly("MET");
    }

    @Test
    void anOfficerSeesTheirOwnUnitsSeriesAcrossTheMergerAndItsTargetsAndNoOtherUnit() {
        results.importRows(List.of(new SheetRow(2, List.of("30", "2023", "sipas:my-unit", "78,5")),
                new SheetRow(3, List.of("31", "2023", "sipas:my-unit", "81")),
                new SheetRow(4, List.of("31", "2025", "sipas:my-unit", "84", "7")),
                new SheetRow(5, List.of("01", "2025", "sipas:my-unit", "95"))), null, TestActors.COORDINATOR);
        targets.importRows(List.of(new SheetRow(2, List.of("31", "sipas:my-unit", "2025", "90")),
                new SheetRow(3, List.of("31", "sipas:my-unit", "2030", "92")),
                new SheetRow(4, List.of("01", "sipas:my-unit", "2025", "90"))), null, TestActors.COORDINATOR);

        signIn("haiphong");
        navigate("indices/my-unit");
        MyUnitResultsView view = _get(MyUnitResultsView.class);

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("my-unit-name"))
                .getText()).isEqualTo("Thành phố Hải Phòng");
        var series = _get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("series-sipas-my-unit"));
        assertThat(_size(series)).isEqualTo(3);
        assertThat(_getFormattedRow(series, 0)).containsExactly("2025", "84 · hạng 7", "");
        assertThat(_getFormattedRow(series, 1)).containsExactly("2023", "78,5",
                "Hải Dương: không so sánh trực tiếp");
        assertThat(_getFormattedRow(series, 2)).containsExactly("2023", "81",
                "Thành phố Hải Phòng: không so sánh trực tiếp");
        assertThat(view.targets.getListDataView().getItems().map(s -> s.target().unitId() + " "
                + s.target().year() + " " + s.state()).toList())
                .containsExactly("T34-31 2025 NOT_MET", "T34-31 2030 NOT_MET");
    }

    static byte[] workbook(List<String> header, List<String>... rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Kết quả");
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].size(); c++) {
                    if (!rows[r].get(c).isEmpty()) {
                        sheet.value(r + 1, c, rows[r].get(c));
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
