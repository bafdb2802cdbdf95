package vn.thuocdo.web;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import vn.thuocdo.audit.ui.AuditView;
import vn.thuocdo.inbox.InboxView;
import vn.thuocdo.testing.KaribuTest;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LoginAndLayoutTest extends KaribuTest {

    @Test
    void theLoginPageListsOneDemoAccountPerRoleMarkedAsDemo() {
        navigate("login");
        Div demo = _get(Div.class, spec -> spec.withId("demo-accounts"));
        String text = demo.getElement().getTextRecursively();
        assertThat(text).contains("Tài khoản dùng thử (chỉ có ở chế độ chạy thử)", "dieuphoi", "haiphong",
                "Chuyên viên đơn vị được đánh giá", "Thành viên Hội đồng thẩm định", "Điều tra viên", "Quản trị vận hành");
        assertThat(demo.getElement().getChild(2).getChildCount()).isEqualTo(13);
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() {
        navigate("inbox");
        _get(LoginView.class);
    }

    @Test
    void theNavigationShowsOnlyWhatTheRoleAllows() {
        signIn("haiphong");
        navigate("inbox");
        _get(InboxView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Hộp việc", "Thông báo",
                "Thông tin đã nộp");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-as")).getText())
                .isEqualTo("Trần Văn Nam · Thành phố Hải Phòng");

        switchTo("dieuphoi");
        navigate("inbox");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Hộp việc", "Thông báo", "Đợt đánh giá", "Đơn vị trực thuộc");

        switchTo("vanhanh");
        navigate("audit");
        _get(AuditView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel)
                .containsExactly("Hộp việc", "Thông báo", "Nhật ký truy cập", "Giám sát quy trình (Cockpit)");
    }

    @Test
    void onlyOperatorsReadTheAuditLog() {
        signIn("dieuphoi");
        assertRefused("audit", AuditView.class);
    }
}
