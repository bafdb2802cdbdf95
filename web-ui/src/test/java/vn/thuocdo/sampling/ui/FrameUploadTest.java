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
 * The officer's Phụ lục 1 on the submit task, and what the coordinator then sees of it. Rounds in 2098-2100: years
 * the other view tests do not use, within the range a round may have.
 */
class FrameUploadTest extends KaribuTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2098);
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
                .isEqualTo("Tải mẫu Excel (Phụ lục 1)");

        _get(FrameUpload.class).received(xlsx(List.of("Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", "Dân số")));

        expectNotifications("Tệp Phụ lục 1 có 1 lỗi nên chưa lưu dòng nào. "
                + "Vui lòng sửa theo danh sách bên dưới rồi tải lên lại.");
        assertThat(_find(ListItem.class, spec -> spec.withText("Dòng 1, cột E: tiêu đề phải là \"Số nhân khẩu\" "
                + "nhưng tệp ghi \"Dân số\". Không đổi tên, thêm, bớt hay đổi thứ tự các cột của mẫu."))).hasSize(1);
        assertThat(_get(Paragraph.class, spec -> spec.withText("Chưa tải lên Phụ lục 1."))).isNotNull();
        assertThat(frames.frameSummary(requestId())).isEmpty();
    }

    @Test
    void aGoodFileShowsItsTotalsToTheOfficerAndThenToTheCoordinator() throws IOException {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        _get(FrameUpload.class).received(xlsx(HEADERS));

        expectNotifications("Đã lưu Phụ lục 1 gồm 2 thôn/tổ dân phố.");
        String totals = "Danh sách hiện có: 1 xã, 2 thôn/tổ dân phố, 1.215 hộ, 4.851 nhân khẩu";
        assertThat(_get(FrameUpload.class).summary.getText()).startsWith(totals).endsWith("bởi haiphong).");
        assertThat(_find(ListItem.class)).isEmpty();

        // The declared totals must be the frame's once a frame is attached.
        var answers = SamplingAnswersForTests.complete();
        answers.put("households", "1215");
        answers.put("population", "4851");
        sampling.submit(taskOf(TestActors.HAI_PHONG), answers, TestActors.HAI_PHONG);
        switchTo("dieuphoi");
        navigate("sampling/review/" + taskOf(TestActors.COORDINATOR));
        assertThat(_get(Paragraph.class, spec -> spec.withId("frame-summary")).getText()).startsWith(totals);
    }

    @Test
    void aCommuneOfAnotherProvinceIsNamedAtItsRowInVietnameseAndNothingIsSaved() throws IOException {
        signIn("haiphong");
        navigate("sampling/submit/" + taskOf(TestActors.HAI_PHONG));
        _get(FrameUpload.class).received(xlsx(HEADERS, new Object[][] {
                {"11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1015, 4051},
                {"00004", "Phường Ba Đình", "Tổ dân phố 1", 200, 800}}));

        expectNotifications("Tệp Phụ lục 1 có 1 lỗi nên chưa lưu dòng nào. "
                + "Vui lòng sửa theo danh sách bên dưới rồi tải lên lại.");
        assertThat(_find(ListItem.class, spec -> spec.withText("Dòng 3, cột A: mã xã 00004 không phải của xã, phường "
                + "hay đặc khu nào thuộc Thành phố Hải Phòng theo danh mục đơn vị hành chính cấp xã. "
                + "Vui lòng kiểm tra lại mã xã."))).hasSize(1);
        assertThat(frames.frameSummary(requestId())).isEmpty();
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

    private String requestId() {
        return sampling.forRound(round.id()).get(0).id();
    }

    private String taskOf(vn.thuocdo.identity.Actor actor) {
        return tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }
}
