package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's Phụ lục 1 on the submit task, and what the coordinator then sees of it. Rounds in 2083-2087: years
 * the other view tests do not use, within the range a round may have.
 */
class FrameUploadTest extends KaribuTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2083);
    private static final List<String> HEADERS = List.of("Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", "Số nhân khẩu");

    @Autowired Rounds rounds;
    @Autowired Tasks tasks;
    @Autowired SamplingRequests sampling;
    @Autowired SamplingFrames frames;

    private Round round;

    @BeforeEach
    void launchARoundForHaiPhong() {
        round = rounds.launchNew(new NewRound(YEAR.getAndIncrement(), "Đợt thử Phụ lục 1", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(7)), TestActors.COORDINATOR);
    }

    @Test
    void aFileWithARenamedColumnListsTheCellToFixInVietnameseAndSavesNothing() throws IOException {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        assertThat(_get(Anchor.class, spec -> spec.withId("frame-template")).getText())
                .isEqualTo("Tải mẫu Excel (Phụ lục 1 và 2)");

        _get(FrameUpload.class).received(xlsx(List.of("Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", "Dân số")));

        expectNotifications("Tệp phụ lục có 1 lỗi nên chưa lưu dòng nào. "
                + "Vui lòng sửa theo danh sách bên dưới rồi tải lên lại.");
        assertThat(_find(ListItem.class, spec -> spec.withText("Phụ lục 1 · Dòng 1, cột E: tiêu đề phải là \"Số nhân khẩu\" "
                + "nhưng tệp ghi \"Dân số\". Không đổi tên, thêm, bớt hay đổi thứ tự các cột của mẫu."))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withText("Chưa tải lên Phụ lục 1."))).isNotNull();
        assertThat(frames.frameSummary(requestId())).isEmpty();
    }

    @Test
    void theUploadStatesItsLimitsAndTheMultipartParserFollowsTheSameOne() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        assertThat(_get(Paragraph.class, spec -> spec.withId("frame-limits")).getText()).isEqualTo(
                "Giới hạn của tệp: tối đa 10 MB, mỗi trang tính tối đa 1.048.576 dòng, mỗi ô tối đa 32.767 ký tự. "
                        + "Dòng \"Tổng cộng\" ở cuối (nếu có) được đối chiếu với tổng các dòng.");
        FrameUpload upload = _get(FrameUpload.class);
        assertThat(upload.upload.getMaxFileSize()).isEqualTo(10 * 1024 * 1024);
        assertThat(upload.upload.getI18n().getUploading().getError().getForbidden())
                .isEqualTo("Chỉ nhận một tệp .xlsx không lớn hơn 10 MB.");
        // Spring's default of 1 MB refused the 10 MB the screen promises, in English.
        var multipart = context.getBean(jakarta.servlet.MultipartConfigElement.class);
        // The parser admits the larger of the workbook and evidence limits (20 MB); BoundedUpload cuts at 10 MB.
        assertThat(multipart.getMaxFileSize()).isEqualTo(20L * 1024 * 1024);
        assertThat(multipart.getMaxRequestSize()).isGreaterThan(multipart.getMaxFileSize());
    }

    @Test
    void aFileCutAtTheLimitWhileStreamingIsRefusedInVietnamese() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        _get(FrameUpload.class).refusedAsTooLarge();
        expectNotifications("Tệp lớn hơn 10 MB. Vui lòng bỏ các trang tính không cần thiết hoặc lưu lại tệp rồi thử lại.");
        assertThat(frames.frameSummary(requestId())).isEmpty();
    }

    @Test
    void aFileFromDiskWithATotalsRowThatAddsUpIsSavedAndTheOfficerIsToldTheTotalWasChecked() throws IOException {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("frame", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx(HEADERS, new Object[][] {
                    {"11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1015, 4051},
                    {"11311", "Phường Hồng Bàng", "Tổ dân phố 2", 200, 800},
                    {"", "Tổng cộng", "", 1215, 4851}}));
            _get(FrameUpload.class).received(file, java.nio.file.Files.size(file));
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        expectNotifications("Đã lưu Phụ lục 1 gồm 2 thôn/tổ dân phố. "
                + "Đã nhận dòng Tổng cộng của Phụ lục 1: khớp với tổng các dòng.");
        assertThat(frames.frameSummary(requestId()).orElseThrow().households()).isEqualTo(1215);
    }

    @Test
    void aGoodFileShowsItsTotalsToTheOfficerAndThenToTheCoordinator() throws IOException {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        _get(FrameUpload.class).received(xlsx(HEADERS));

        expectNotifications("Đã lưu Phụ lục 1 gồm 2 thôn/tổ dân phố.");
        String totals = "Phụ lục 1 hiện có: 1 xã, 2 thôn/tổ dân phố, 1.215 hộ, 4.851 nhân khẩu";
        assertThat(_get(FrameUpload.class).summary.getText()).startsWith(totals).endsWith("bởi haiphong).");
        assertThat(_find(ListItem.class)).isEmpty();

        // The declared totals must be the frame's once a frame is attached.
        var answers = SamplingAnswersForTests.complete();
        answers.put("communes", "1");
        answers.put("villages", "2");
        answers.put("households", "1215");
        answers.put("population", "4851");
        sampling.submit(taskOf(TestActors.HAI_PHONG), answers, TestActors.HAI_PHONG);
        switchTo("dieuphoi");
        navigate("sampling/review/" + taskOf(TestActors.COORDINATOR));
        assertThat(_get(Paragraph.class, spec -> spec.withId("frame-summary")).getText()).startsWith(totals);
    }

    @Test
    void theCoordinatorReturnsWithReasonsPinnedToFrameRowsAndFieldsAndTheOfficerSeesThem() throws IOException {
        frames.attachFrame(taskOf(TestActors.HAI_PHONG), new java.io.ByteArrayInputStream(xlsx(HEADERS)), 1000,
                TestActors.HAI_PHONG);
        byte[] dossiers = dossiersXlsx();
        frames.attachFrame(taskOf(TestActors.HAI_PHONG), new java.io.ByteArrayInputStream(dossiers), dossiers.length,
                TestActors.HAI_PHONG);
        var answers = SamplingAnswersForTests.complete();
        answers.put("communes", "1");
        answers.put("villages", "2");
        answers.put("households", "1215");
        answers.put("population", "4851");
        answers.put("dossiersHandled", "480000");
        sampling.submit(taskOf(TestActors.HAI_PHONG), answers, TestActors.HAI_PHONG);
        signIn("dieuphoi");
        navigate("sampling/review/" + taskOf(TestActors.COORDINATOR));
        SamplingReviewView review = _get(SamplingReviewView.class);
        var grid = review.rows.grid;
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(2);
        review.rows.search.setValue("Tổ dân phố 2");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(grid)).isEqualTo(1);

        // No reason at all: refused, nothing returned.
        com.github.mvysny.kaributesting.v10.ButtonKt._click(review.sendBack);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        expectNotifications("Vui lòng ghi lý do chung (ít nhất 10 ký tự) hoặc ghi chú theo dòng để đơn vị biết cần sửa gì.");

        assertThat(review.pinToRow.isEnabled()).isFalse();
        grid.select(com.github.mvysny.kaributesting.v10.GridKt._get(grid, 0));
        assertThat(review.rowReason.getLabel()).isEqualTo(
                "Ghi chú cho Phụ lục 1, dòng 3: 11311 · Phường Hồng Bàng · Tổ dân phố 2");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(review.pinToRow);
        assertThat(review.rowReason.getErrorMessage()).isEqualTo("Vui lòng nhập lý do.");
        review.rowReason.setValue("Số hộ 200 nhưng 800 nhân khẩu: kiểm tra lại");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(review.pinToRow);
        assertThat(_get(Paragraph.class, spec -> spec.withId("dossier-summary")).getText())
                .startsWith("Phụ lục 2 hiện có: 2 lĩnh vực, 481.000 hồ sơ tiếp nhận, 480.000 hồ sơ đã giải quyết");
        review.dossierRows.select(com.github.mvysny.kaributesting.v10.GridKt._get(review.dossierRows, 1));
        assertThat(grid.getSelectedItems()).as("one row at a time").isEmpty();
        review.rowReason.setValue("Hộ tịch cấp xã chưa tính hồ sơ trực tuyến");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(review.pinToRow);
        review.noteField.setValue(review.noteField.getListDataView().getItems()
                .filter(f -> f.key().equals("contactPhone")).findFirst().orElseThrow());
        review.fieldReason.setValue("Số máy bàn, đề nghị số di động");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(review.pinToField);
        assertThat(review.pending.notes()).extracting(vn.thuocdo.sampling.ReturnNote::subject)
                .containsExactly("11311 · Phường Hồng Bàng · Tổ dân phố 2", "Hộ tịch", "Số điện thoại đầu mối");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(review.sendBack);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        expectNotifications("Đã trả lại Thành phố Hải Phòng kèm lý do.");

        switchTo("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        ReturnNotes shown = _get(ReturnNotes.class, spec -> spec.withId("returned-notes"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(shown)).isEqualTo(3);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(shown, 0)).containsExactly(
                "Phụ lục 1, dòng 3", "11311 · Phường Hồng Bàng · Tổ dân phố 2",
                "Số hộ 200 nhưng 800 nhân khẩu: kiểm tra lại");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(shown, 1)).containsExactly(
                "Phụ lục 2, dòng 3", "Hộ tịch", "Hộ tịch cấp xã chưa tính hồ sơ trực tuyến");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(shown, 2)).containsExactly(
                "Mục của biểu mẫu", "Số điện thoại đầu mối", "Số máy bàn, đề nghị số di động");
    }

    @Test
    void aCommuneOfAnotherProvinceIsNamedAtItsRowInVietnameseAndNothingIsSaved() throws IOException {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        _get(FrameUpload.class).received(xlsx(HEADERS, new Object[][] {
                {"11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1015, 4051},
                {"00004", "Phường Ba Đình", "Tổ dân phố 1", 200, 800}}));

        expectNotifications("Tệp phụ lục có 1 lỗi nên chưa lưu dòng nào. "
                + "Vui lòng sửa theo danh sách bên dưới rồi tải lên lại.");
        assertThat(_find(ListItem.class, spec -> spec.withText("Phụ lục 1 · Dòng 3, cột A: mã xã 00004 không phải của xã, phường "
                + "hay đặc khu nào thuộc Thành phố Hải Phòng theo danh mục đơn vị hành chính cấp xã. "
                + "Vui lòng kiểm tra lại mã xã."))).hasSize(1);
        assertThat(frames.frameSummary(requestId())).isEmpty();
    }

    @Test
    void phuLuc2CanBeTypedOnScreenWithTheChecksOfAnUploadAndReplacesTheAnnex() {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        DossierEditor editor = _get(DossierEditor.class);
        assertThat(editor.cells).hasSize(3);
        editor.cells.get(0)[0].setValue("Đất đai");
        editor.cells.get(0)[1].setValue("300 500");
        editor.cells.get(0)[2].setValue("300 000");
        editor.cells.get(1)[0].setValue("đất đai");
        editor.cells.get(1)[1].setValue("10");
        editor.cells.get(1)[2].setValue("10");
        editor.cells.get(2)[0].setValue("Xây dựng");
        editor.cells.get(2)[1].setValue("10");
        editor.cells.get(2)[2].setValue("khoảng 9");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(editor.save);

        expectNotifications("Phụ lục 2 có 2 lỗi nên chưa lưu dòng nào. Vui lòng sửa theo danh sách bên dưới.");
        // Rows and columns as the screen shows them: the second row is row 2, the column is named by its label.
        assertThat(_find(ListItem.class, spec -> spec.withText(
                "Dòng 2, cột \"Lĩnh vực\": đã có dòng 1 trùng Lĩnh vực."))).hasSize(1);
        assertThat(_find(ListItem.class, spec -> spec.withText(
                "Dòng 3, cột \"Đã giải quyết\": Số hồ sơ đã giải quyết: phải là số nguyên, đang ghi \"khoảng 9\"."))).hasSize(1);
        assertThat(editor.cells.get(1)[0].hasClassName(DossierEditor.CELL_ERROR)).isTrue();
        assertThat(editor.cells.get(1)[0].isInvalid()).isTrue();
        assertThat(editor.cells.get(2)[2].getErrorMessage())
                .isEqualTo("Số hồ sơ đã giải quyết: phải là số nguyên, đang ghi \"khoảng 9\".");
        assertThat(editor.cells.get(0)[0].hasClassName(DossierEditor.CELL_ERROR)).isFalse();
        assertThat(editor.cells.get(2)[1].hasClassName(DossierEditor.CELL_ERROR)).isFalse();
        assertThat(frames.dossierSummary(requestId())).isEmpty();

        editor.cells.get(1)[0].setValue("Hộ tịch");
        editor.cells.get(1)[2].setValue("9");
        editor.cells.get(2)[0].clear();
        editor.cells.get(2)[1].clear();
        editor.cells.get(2)[2].clear();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(editor.save);
        expectNotifications("Đã lưu Phụ lục 2 gồm 2 lĩnh vực.");
        assertThat(editor.cells.get(1)[0].hasClassName(DossierEditor.CELL_ERROR)).as("marks cleared").isFalse();
        assertThat(frames.dossierCounts(requestId())).extracting(vn.thuocdo.sampling.DossierCount::serviceArea,
                vn.thuocdo.sampling.DossierCount::handled).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Đất đai", 300_000L), org.assertj.core.groups.Tuple.tuple("Hộ tịch", 9L));
        assertThat(_get(FrameUpload.class).dossiers.getText()).startsWith("Phụ lục 2 hiện có: 2 lĩnh vực");
        assertThat(frames.frameSummary(requestId())).as("Phụ lục 1 untouched").isEmpty();
    }

    /** A Phụ lục 1 of two villages of one commune under the given headers. */
    private static byte[] xlsx(List<String> headers) throws IOException {
        return xlsx(headers, new Object[][] {{"11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1015, 4051},
                {"11311", "Phường Hồng Bàng", "Tổ dân phố 2", 200, 800}});
    }

    private static byte[] xlsx(List<String> headers, Object[][] rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Phụ lục 1");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        for (int r = 0; r < rows.length; r++) {
            sheet.value(r + 1, 0, (String) rows[r][0]);
            sheet.value(r + 1, 1, (String) rows[r][1]);
            sheet.value(r + 1, 2, (String) rows[r][2]);
            sheet.value(r + 1, 3, (Number) rows[r][3]);
            sheet.value(r + 1, 4, (Number) rows[r][4]);
        }
        workbook.finish();
        return out.toByteArray();
    }

    /** A Phụ lục 2 alone: two service areas, 480,000 dossiers handled as the test answers declare. */
    private static byte[] dossiersXlsx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Phụ lục 2");
        List<String> headers = List.of("Lĩnh vực", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết");
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.value(1, 0, "Đất đai");
        sheet.value(1, 1, 300_500);
        sheet.value(1, 2, 300_000);
        sheet.value(2, 0, "Hộ tịch");
        sheet.value(2, 1, 180_500);
        sheet.value(2, 2, 180_000);
        workbook.finish();
        return out.toByteArray();
    }

    private String requestId() {
        return sampling.forRound(round.id()).get(0).id();
    }

    private String taskOf(vn.thuocdo.identity.Actor actor) {
        return tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }
}
