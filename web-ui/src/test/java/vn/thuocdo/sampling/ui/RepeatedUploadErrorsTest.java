package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.notification.Notification;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Error messages replace each other instead of piling up over the form. Round year 2097, unused by other tests. */
class RepeatedUploadErrorsTest extends KaribuTest {

    @Autowired Rounds rounds;
    @Autowired Tasks tasks;

    @Test
    void threeBadUploadsLeaveOneErrorMessageOpen() throws IOException {
        Round round = rounds.launchNew(new NewRound(2097, "Đợt thử thông báo lỗi", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(7)), TestActors.COORDINATOR);
        signIn("haiphong");
        String task = tasks.inbox(TestActors.HAI_PHONG, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
        navigate("sampling/submit/" + task);

        for (String wrongHeader : List.of("Dân số", "Nhân khẩu", "Số người")) {
            _get(FrameUpload.class).received(frameWithLastHeader(wrongHeader));
        }

        List<Notification> open = getNotifications().stream().filter(Notification::isOpened).toList();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getElement().getProperty("text"))
                .startsWith("Tệp phụ lục có 1 lỗi nên chưa lưu dòng nào.");
    }

    private static byte[] frameWithLastHeader(String header) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Phụ lục 1");
        List<String> headers = List.of("Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", header);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.value(1, 0, "11311");
        sheet.value(1, 1, "Phường Hồng Bàng");
        sheet.value(1, 2, "Tổ dân phố 1");
        sheet.value(1, 3, 1015);
        sheet.value(1, 4, 4051);
        workbook.finish();
        return out.toByteArray();
    }
}
