package vn.thuocdo.scorecard.ui;

import com.vaadin.flow.component.html.ListItem;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.scorecard.ScorecardLibrary;
import vn.thuocdo.scorecard.ScorecardWorkbooks;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's list of scorecards, the tree of one, the Excel template both ways and its refusals, and who may
 * open it. In the assessment screens' context, whose rounds keep to years before 2080: an official scorecard imported
 * here (2091 to 2096) is the one in force for its years, so no other test may use them.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class ScorecardsViewTest extends KaribuTest {

    @Autowired ScorecardLibrary library;
    @Autowired ScorecardWorkbooks workbooks;

    @Test
    void theCoordinatorSeesBothDefaultsWithTheirCountsTotalsAndProvisionalLabel() {
        signIn("dieuphoi");
        navigate("scorecards");
        ScorecardsView view = _get(ScorecardsView.class);

        List<String> province = rowOf(view, "par-province-2022-v1");
        assertThat(province).contains("Cấp tỉnh", "Từ 2022",
                "100 (điều tra 24)", "8 / 43 / 95", "Có sẵn");
        List<String> ministry = rowOf(view, "par-ministry-2022-v1");
        assertThat(ministry).contains("Cấp bộ", "100 (điều tra 31,5)", "7 / 38 / 97");
        assertThat(ministry).anyMatch(cell -> cell.contains("text='Tạm thời [A]'"))
                .anyMatch(cell -> cell.contains("#download-par-ministry-2022-v1, text='Tải tệp Excel'"));
    }

    @Test
    void theSelectedScorecardShowsAsATreeOfEveryAreaCriterionAndSubCriterion() {
        signIn("dieuphoi");
        navigate("scorecards");
        ScorecardsView view = _get(ScorecardsView.class);

        view.grid.select(view.grid.getListDataView().getItems()
                .filter(e -> e.scorecard().id().equals("par-ministry-2022-v1")).findFirst().orElseThrow());

        assertThat(_size(view.tree)).isEqualTo(7 + 38 + 97);
        assertThat(_getFormattedRow(view.tree, 0)).contains("1", "Công tác chỉ đạo, điều hành cải cách hành chính",
                "11");
        assertThat(_getFormattedRow(view.tree, 2)).contains("1.1.1", "Theo mức",
                "Thực hiện đúng thời hạn: 0,5 · Thực hiện nhưng chậm thời hạn: 0,25 · Không thực hiện: 0", "Cần");
        assertThat(view.treeSource.getText()).contains("876/QĐ-BNV", "[A]");
    }

    @Test
    void anOfficialWorkbookIsImportedAndIsTheScorecardInForceForItsYears() {
        signIn("dieuphoi");
        navigate("scorecards");
        ScorecardsView view = _get(ScorecardsView.class);

        view.upload.received(workbook("par-province-2091-official", 2091, tree()));

        expectNotifications("Đã nhập bộ tiêu chí par-province-2091-official gồm 4 tiêu chí thành phần.");
        assertThat(rowOf(view, "par-province-2091-official")).contains("Từ 2091", "2 / 2 / 4",
                "100 (điều tra 20)")
                .anyMatch(cell -> cell.contains("text='Chính thức'"))
                .anyMatch(cell -> cell.matches("Nguyễn Thu Hà, \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
        assertThat(_find(ListItem.class)).isEmpty();
        assertThat(library.forYear(Scorecard.Kind.PROVINCE, 2091)).get().extracting(Scorecard::id)
                .isEqualTo("par-province-2091-official");
        assertThat(library.forYear(Scorecard.Kind.PROVINCE, 2090)).get().extracting(Scorecard::id)
                .isEqualTo("par-province-2022-v1");
        assertThat(library.forYear(Scorecard.Kind.MINISTRY, 2091)).get().extracting(Scorecard::id)
                .isEqualTo("par-ministry-2022-v1");
        // The export of the imported version reads back into the same definition.
        byte[] exported = library.exportWorkbook("par-province-2091-official", TestActors.COORDINATOR);
        assertThat(workbooks.read(new ByteArrayInputStream(exported)))
                .isEqualTo(library.find("par-province-2091-official").orElseThrow());
    }

    @Test
    void aWorkbookWhosePointsDoNotAddUpListsItsRowInVietnameseAndSavesNothing() {
        signIn("dieuphoi");
        navigate("scorecards");
        ScorecardsView view = _get(ScorecardsView.class);
        int before = _size(view.grid);
        List<List<Object>> tree = tree();
        tree.get(4).set(4, 0.5);

        view.upload.received(workbook("par-province-2095-broken", 2095, tree));

        expectNotifications("Tệp Excel bộ tiêu chí có 1 lỗi nên chưa lưu gì. "
                + "Vui lòng sửa theo danh sách bên dưới rồi tải lên lại.");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Tiêu chí · Dòng 3: tổng điểm 1.1 là 30, khác tổng các mục bên dưới 28.");
        assertThat(_size(view.grid)).isEqualTo(before);
        assertThat(library.find("par-province-2095-broken")).isEmpty();
    }

    @Test
    void aFormulaOverAnUndeclaredFigureIsWordedInVietnamese() {
        signIn("dieuphoi");
        navigate("scorecards");
        ScorecardsView view = _get(ScorecardsView.class);
        List<List<Object>> tree = tree();
        tree.get(4).set(8, "${onTime} div ${total}");

        view.upload.received(workbook("par-province-2096-broken", 2096, tree));

        assertThat(_find(ListItem.class)).extracting(ListItem::getText).containsExactly(
                "Tiêu chí · Dòng 5: value: biểu thức không dùng được: dùng số liệu total chưa được khai.");
        assertThat(library.find("par-province-2096-broken")).isEmpty();
    }

    @Test
    void importingAnIdThatExistsIsRefused() {
        signIn("dieuphoi");
        navigate("scorecards");
        ScorecardsView view = _get(ScorecardsView.class);
        List<List<Object>> about = about("par-province-2022-v1", 2093);

        view.upload.received(workbook(about, tree()));

        expectNotifications("Bộ tiêu chí par-province-2022-v1 đã có. Một bộ đã nhập không bao giờ bị ghi đè: "
                + "hãy đặt mã mới (ví dụ tăng phiên bản -v2) rồi nhập lại.");
    }

    @Test
    void aProvincialOfficerCannotOpenTheScorecards() {
        signIn("haiphong");
        assertRefused("scorecards", ScorecardsView.class);
    }

    private static List<String> rowOf(ScorecardsView view, String id) {
        for (int i = 0; i < _size(view.grid); i++) {
            List<String> row = _getFormattedRow(view.grid, i);
            if (row.stream().anyMatch(cell -> cell.startsWith("Div[#title-" + id + "]"))) {
                return row;
            }
        }
        throw new AssertionError(id + " is not in the grid");
    }

    private static List<List<Object>> about(String id, int year) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("Thuộc tính", "Giá trị"));
        rows.add(row("id", id));
        rows.add(row("version", 1));
        rows.add(row("kind", "PROVINCE"));
        rows.add(row("yearFrom", year));
        rows.add(row("titleVi", "Bộ tiêu chí chính thức " + year));
        rows.add(row("totalPoints", 100));
        rows.add(row("surveyPoints", 20));
        rows.add(row("provisional", "không"));
        return rows;
    }

    /** Rows: 1 header, 2 area 1, 3 criterion 1.1, 4-5 its sub-criteria, 6 area 2, 7 criterion 2.1, 8-9 its own. */
    private static List<List<Object>> tree() {
        List<String> headers = List.of("Mã", "Cấp", "Tên tiếng Việt", "Tên tiếng Anh", "Điểm tối đa", "Cách chấm",
                "Các mức", "Số liệu", "Công thức", "Quy đổi điểm", "Ngưỡng", "Kiểm tra số liệu",
                "Điểm khi không tính được", "Chỉ số điều tra", "Cần tài liệu kiểm chứng");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(headers));
        rows.add(node("1", 1, "Chỉ đạo, điều hành", 30));
        rows.add(node("1.1", 2, "Kế hoạch", 30));
        List<Object> tiered = node("1.1.1", 3, "Ban hành kế hoạch", 27.5);
        tiered.set(5, "TIERED");
        tiered.set(6, "onTime | 27,5 | Đúng hạn\nlate | 10 | Chậm\nnone | 0 | Không");
        rows.add(tiered);
        List<Object> formula = node("1.1.2", 3, "Hồ sơ đúng hạn", 2.5);
        formula.set(5, "FORMULA");
        formula.set(7, "received | INTEGER |  | Số hồ sơ\nonTime | INTEGER |  | Số đúng hạn");
        formula.set(8, "${onTime} div ${received}");
        formula.set(9, "PROPORTIONAL");
        rows.add(formula);
        rows.add(node("2", 1, "Tác động", 70));
        rows.add(node("2.1", 2, "Hài lòng", 70));
        List<Object> survey = node("2.1.1", 3, "SIPAS", 20);
        survey.set(5, "SURVEY");
        survey.set(13, "sipas:overall");
        rows.add(survey);
        List<Object> yesNo = node("2.1.2", 3, "Công khai kết quả", 50);
        yesNo.set(5, "YES_NO");
        rows.add(yesNo);
        return rows;
    }

    private static List<Object> node(String code, int level, String title, double max) {
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[15]));
        row.set(0, code);
        row.set(1, level);
        row.set(2, title);
        row.set(4, max);
        return row;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    private static byte[] workbook(String id, int year, List<List<Object>> tree) {
        return workbook(about(id, year), tree);
    }

    private static byte[] workbook(List<List<Object>> about, List<List<Object>> tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            fill(workbook.newWorksheet("Thông tin"), about);
            fill(workbook.newWorksheet("Tiêu chí"), tree);
            workbook.finish();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static void fill(Worksheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object value = rows.get(r).get(c);
                if (value instanceof Number number) {
                    sheet.value(r, c, number);
                } else if (value != null) {
                    sheet.value(r, c, value.toString());
                }
            }
        }
    }
}
