package vn.thuocdo.notification;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.identity.Role;
import vn.thuocdo.notification.ui.NoticesView;
import vn.thuocdo.testing.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NoticesViewTest extends KaribuTest {

    @Autowired Notifications notifications;

    @Test
    void theCoordinatorReadsAnOverdueAlertWithTheUnitsNameAndNoOneElseSeesIt() {
        notifications.notify("BO-BNV", Role.MINISTRY_COORDINATOR, "rounds/dashboard/x", "notice.sampling.overdue",
                "T34-79", "30/11/2026");
        signIn("dieuphoi");
        navigate("notices");
        _get(NoticesView.class);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("Đơn vị Thành phố Hồ Chí Minh chưa cung cấp thông tin chọn mẫu, đã quá hạn 30/11/2026.");

        switchTo("thamdinh");
        navigate("notices");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .noneMatch(t -> t.contains("Thành phố Hồ Chí Minh"));
    }
}
