package vn.thuocdo.scorecard.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.scorecard.InvalidScorecardWorkbook;
import vn.thuocdo.scorecard.ScorecardWorkbookError;
import vn.thuocdo.scorecard.ScorecardWorkbooks;
import vn.thuocdo.shared.UploadLimits;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScorecardTemplateTest {

    private final FastExcelScorecardWorkbooks workbooks = new FastExcelScorecardWorkbooks(UploadLimits.DEFAULTS);

    @Test
    void exportingADefaultAndImportingItGivesAnEqualDefinition() {
        for (Scorecard scorecard : ScorecardCatalogue.load().all()) {
            byte[] xlsx = workbooks.write(scorecard);
            Scorecard back = workbooks.read(new ByteArrayInputStream(xlsx));
            assertThat(back).isEqualTo(scorecard);
        }
    }

    @Test
    void aSmallHandWrittenWorkbookReads() {
        Scorecard read = workbooks.read(new ByteArrayInputStream(workbook(about(), tree())));
        assertThat(read.id()).isEqualTo("par-province-2031-official");
        assertThat(read.provisional()).isFalse();
        assertThat(read.years()).isEqualTo(new Scorecard.Years(2031, null));
        assertThat(read.subCriteria()).hasSize(4);
        assertThat(read.subCriterion("1.1.2")).get().satisfies(s -> assertThat(s.maxPoints())
                .isEqualByComparingTo("1.5"));
        assertThat(read.surveyMaximum()).isEqualByComparingTo("2");
    }

    @Test
    void pointsThatDoNotAddUpAreRefusedOnTheRowOfTheCriterion() {
        List<List<Object>> tree = tree();
        tree.get(8).set(4, 1);
        assertRefused(workbook(about(), tree), new ScorecardWorkbookError(ScorecardWorkbooks.TREE_SHEET, 7, null,
                "scorecard.pointsMismatch", List.of("2.1", new BigDecimal("3.5"), new BigDecimal("3"))));
    }

    @Test
    void everyCellTheTemplateDoesNotAllowIsRefusedWithItsRowAndNothingIsDropped() {
        List<List<Object>> tree = tree();
        tree.get(1).set(5, "YES_NO");
        tree.get(3).set(5, "GUESS");
        tree.get(4).set(4, "1,2,5");
        tree.get(4).set(13, "sipas:overall");
        tree.get(7).set(1, 2);
        byte[] xlsx = workbook(about(), tree);
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(InvalidScorecardWorkbook.class, e -> assertThat(e.errors())
                        .extracting(ScorecardWorkbookError::row, ScorecardWorkbookError::key)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, "scorecard.workbook.notForLevel"),
                                org.assertj.core.groups.Tuple.tuple(4, "scorecard.workbook.badType"),
                                org.assertj.core.groups.Tuple.tuple(5, "scorecard.workbook.notNumber"),
                                org.assertj.core.groups.Tuple.tuple(5, "scorecard.workbook.notForType"),
                                org.assertj.core.groups.Tuple.tuple(8, "scorecard.workbook.badLevel")));
    }

    @Test
    void aFormulaOverAnUndeclaredFigureAndATierWithoutTheMaximumAreSaidOfTheirRows() {
        List<List<Object>> tree = tree();
        tree.get(4).set(8, "${onTime} div ${total}");
        tree.get(3).set(6, "full | 1 | Đầy đủ | Full\nnone | 0 | Không | None");
        byte[] xlsx = workbook(about(), tree);
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(InvalidScorecardWorkbook.class, e -> assertThat(e.errors())
                        .extracting(ScorecardWorkbookError::row, ScorecardWorkbookError::key)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(4, "scorecard.noLevelAtMax"),
                                org.assertj.core.groups.Tuple.tuple(5, "scorecard.formulaProblem")));
    }

    @Test
    void aMissingSheetAnUnknownPropertyAndACodeWithoutItsParentAreRefused() {
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream(workbook(about(), null))))
                .isInstanceOfSatisfying(InvalidScorecardWorkbook.class, e -> assertThat(e.errors())
                        .extracting(ScorecardWorkbookError::key).containsExactly("scorecard.workbook.sheetMissing"));
        List<List<Object>> about = about();
        about.add(row("colour", "blue"));
        List<List<Object>> tree = tree();
        tree.get(7).set(0, "2.3.1");
        byte[] xlsx = workbook(about, tree);
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(InvalidScorecardWorkbook.class, e -> assertThat(e.errors())
                        .extracting(ScorecardWorkbookError::sheet, ScorecardWorkbookError::row,
                                ScorecardWorkbookError::key)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(ScorecardWorkbooks.ABOUT_SHEET, 14,
                                        "scorecard.workbook.unknownProperty"),
                                org.assertj.core.groups.Tuple.tuple(ScorecardWorkbooks.TREE_SHEET, 8,
                                        "scorecard.workbook.noParent")));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAsSuch() {
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream("not a workbook".getBytes(
                StandardCharsets.UTF_8)))).isInstanceOfSatisfying(InvalidScorecardWorkbook.class,
                e -> assertThat(e.errors()).extracting(ScorecardWorkbookError::key)
                        .containsExactly("scorecard.workbook.notXlsx"));
    }

    private void assertRefused(byte[] xlsx, ScorecardWorkbookError expected) {
        assertThatThrownBy(() -> workbooks.read(new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(InvalidScorecardWorkbook.class, e -> assertThat(e.errors())
                        .containsExactly(expected));
    }

    static List<List<Object>> about() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(Template.PROPERTY, Template.PROPERTY_VALUE, Template.MEANING));
        rows.add(row("id", "par-province-2031-official"));
        rows.add(row("version", 1));
        rows.add(row("kind", "PROVINCE"));
        rows.add(row("yearFrom", 2031));
        rows.add(row("yearTo", null));
        rows.add(row("titleVi", "Bộ tiêu chí chính thức 2031"));
        rows.add(row("titleEn", "Official scorecard 2031"));
        rows.add(row("totalPoints", 6));
        rows.add(row("surveyPoints", 2));
        rows.add(row("provisional", "không"));
        rows.add(row("sourceVi", "Quyết định của Bộ Nội vụ"));
        rows.add(row("sourceEn", null));
        return rows;
    }

    /** The tree sheet by row: 1 header, 2 area 1, 3 criterion 1.1, 4-5 its sub-criteria, 6 area 2, 7 criterion 2.1, 8-9 its sub-criteria. */
    static List<List<Object>> tree() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(Template.TREE_COLUMNS));
        rows.add(node("1", 1, "Chỉ đạo, điều hành", 2.5));
        rows.add(node("1.1", 2, "Kế hoạch", 2.5));
        rows.add(sub(node("1.1.2", 3, "Đúng hạn", 1.5), "TIERED", 6,
                "onTime | 1,5 | Đúng hạn | On time\nlate | 0.75 | Chậm\nnone | 0 | Không"));
        List<Object> formula = sub(node("1.1.1", 3, "Hồ sơ đúng hạn", 1), "FORMULA", 7,
                "received | INTEGER |  | Số hồ sơ\nonTime | INTEGER | | Số đúng hạn");
        formula.set(8, "${onTime} div ${received}");
        formula.set(9, "PROPORTIONAL");
        formula.set(11, "${onTime} <= ${received} | Số đúng hạn không lớn hơn số hồ sơ");
        formula.set(12, 1);
        rows.add(formula);
        rows.add(node("2", 1, "Tác động", 3.5));
        rows.add(node("2.1", 2, "Hài lòng", 3.5));
        rows.add(sub(node("2.1.1", 3, "SIPAS", 2), "SURVEY", 13, "sipas:overall"));
        rows.add(sub(node("2.1.2", 3, "Công khai", 1.5), "YES_NO", 14, "có"));
        return rows;
    }

    private static List<Object> node(String code, int level, String title, double max) {
        List<Object> row = new ArrayList<>(Arrays.asList(new Object[Template.TREE_COLUMNS.size()]));
        row.set(0, code);
        row.set(1, level);
        row.set(2, title);
        row.set(4, BigDecimal.valueOf(max));
        return row;
    }

    private static List<Object> sub(List<Object> row, String type, int column, Object value) {
        row.set(5, type);
        row.set(column, value);
        return row;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    static byte[] workbook(List<List<Object>> about, List<List<Object>> tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            fill(workbook.newWorksheet(ScorecardWorkbooks.ABOUT_SHEET), about);
            if (tree != null) {
                fill(workbook.newWorksheet(ScorecardWorkbooks.TREE_SHEET), tree);
            }
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
