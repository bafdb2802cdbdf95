package vn.thuocdo.web;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.web.WebAttributes;
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
        Details demo = _get(Details.class, spec -> spec.withId("demo-accounts"));
        // Folded: on a phone the form comes first.
        assertThat(demo.isOpened()).isFalse();
        assertThat(demo.getSummaryText()).isEqualTo("Tài khoản dùng thử (chỉ có ở chế độ chạy thử)");
        String text = demo.getElement().getTextRecursively();
        // The appraiser's account too, so a newcomer finds the demo round's appraisal work (h/assess-admin).
        assertThat(text).contains("dieuphoi", "haiphong", "thamdinh",
                "Chuyên viên đơn vị được đánh giá", "Thành viên Hội đồng thẩm định", "Điều tra viên", "Quản trị vận hành");
        Element table = demo.getContent().findFirst().orElseThrow().getElement().getChild(1).getChild(0);
        assertThat(table.getTag()).isEqualTo("table");
        // 14 roles' accounts and two more council members (a quorum needs more than one), and the header row.
        assertThat(table.getChildCount()).isEqualTo(17);
    }

    @Test
    void theLoginPageSaysInVietnameseUntilWhenALockedSignInMustWait() {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                new SignInLocked(java.time.Instant.parse("2026-11-30T07:35:00Z")));
        com.vaadin.flow.component.UI.getCurrent().navigate("login",
                com.vaadin.flow.router.QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString()).contains("Tạm khóa đăng nhập",
                "Đăng nhập sai quá nhiều lần nên việc đăng nhập tạm bị khóa. Vui lòng thử lại sau 30/11/2026 14:35 (giờ Việt Nam).");
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
                "Thông tin đã nộp", "Mẫu khảo sát của tỉnh", "Khảo sát cán bộ, công chức", "Tiến độ khảo sát của tỉnh",
                "Tự đánh giá", "Kết quả của đơn vị", "Kế hoạch khắc phục", "Trả lời câu hỏi của người dân");
        assertThat(_get(Span.class, spec -> spec.withId("signed-in-as")).getText())
                .isEqualTo("Trần Văn Nam · Thành phố Hải Phòng");

        switchTo("dieuphoi");
        navigate("inbox");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Hộp việc", "Thông báo", "Đợt đánh giá", "Đơn vị trực thuộc", "Mẫu khảo sát", "Thư mời khảo sát", "Tiến độ khảo sát", "Bảng hỏi", "Bộ tiêu chí CCHC",
                "Tỷ lệ trả lời của cán bộ, công chức", "Tổ điều tra", "Phân công thẩm định", "Tổng hợp kết quả", "Hội đồng thẩm định", "Công bố kết quả",
                "Kế hoạch khắc phục các đơn vị", "Kết quả các năm",
                "Chất lượng theo điều tra viên", "Trả lời câu hỏi của người dân");

        switchTo("thongke");
        navigate("");
        _get(vn.thuocdo.survey.ui.MicrodataView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Hộp việc", "Thông báo",
                "Việc sắp tới", "Dữ liệu vi mô", "Nghiệm thu phiếu", "Chất lượng theo điều tra viên");

        // A supervisor's work has shipped: they land on their review queue, not on what is coming.
        switchTo("giamsat");
        navigate("");
        _get(vn.thuocdo.fieldwork.ui.ReviewQueueView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Hộp việc", "Thông báo",
                "Duyệt phiếu", "Phân công hộ", "Phúc tra", "Cảnh báo chất lượng", "Khác biệt hai lần nhập",
                "Nhập phiếu giấy lần hai", "Chất lượng theo điều tra viên");

        // An enumerator lands on the households to visit; no official's or supervisor's page is offered.
        switchTo("dieutravien");
        navigate("");
        _get(vn.thuocdo.fieldwork.ui.MyAssignmentsView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).containsExactly("Hộp việc", "Thông báo",
                "Hộ được giao", "Nhập phiếu giấy lần hai");

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
