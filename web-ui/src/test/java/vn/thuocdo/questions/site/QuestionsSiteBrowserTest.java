package vn.thuocdo.questions.site;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.questions.CitizenPosts;
import vn.thuocdo.questions.NewPost;
import vn.thuocdo.questions.PostKind;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.ServerTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The questions pages in Debian's Chromium at a phone's 360 px and a laptop's 1366 px: the list with an answer, a
 * refused post's errors each beside its field (two at once), a post sent through the form, and the staff's two queues. Screenshots go to
 * target/screenshots and /tmp/shots/questions (to look at: diacritics, layout, empty and error states).
 */
@ServerTest
@TestPropertySource(properties = "thuocdo.test.context=assessment-browser")
class QuestionsSiteBrowserTest extends BrowserTest {

    static final Path LOOKED_AT = Path.of("/tmp/shots/questions");

    @Autowired CitizenPosts posts;
    @Autowired JdbcClient db;

    @Test
    void aCitizenReadsAnswersAndAsksOnAPhoneAndStaffAnswerAndModerate() throws Exception {
        db.sql("delete from citizen_post_rate").update();
        Files.createDirectories(LOOKED_AT);
        Actor coordinator = new Actor("dieuphoi", "Nguyễn Thu Hà", "BO-BNV", Set.of(Role.MINISTRY_COORDINATOR));
        Actor moderator = new Actor("kiemduyet", "Đặng Thu Trang", "BO-BNV", Set.of(Role.CITIZEN_MODERATOR));
        String question = posts.submit(new NewPost(PostKind.QUESTION, "Nguyễn Thị Hồng", null, "T34-31",
                "Vì sao điểm Chỉ số hài lòng của Hải Phòng năm nay tăng? <script>alert('x')</script>"));
        posts.answer(question, "Điểm tăng vì thời gian giải quyết thủ tục hành chính được rút ngắn, người dân đánh giá "
                + "cao thái độ phục vụ của công chức.\nXem chi tiết trong báo cáo quốc gia.", coordinator);
        posts.publish(question, moderator);
        String feedback = posts.submit(new NewPost(PostKind.FEEDBACK, null, null, null,
                "Đề nghị công bố thêm dữ liệu theo từng xã, phường."));
        posts.publish(feedback, moderator);

        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = phone.newPage();
            page.navigate(site() + "cong-khai/hoi-dap");
            assertThat(page.locator("h1")).hasText("Hỏi đáp");
            assertThat(page.locator(".hd-post").first()).containsText("<script>alert('x')</script>");
            // Nothing wider than the phone: no sideways scrolling.
            org.assertj.core.api.Assertions.assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(360);
            shot(page, "hoi-dap-360");
            page.locator("#hd-body").fill("x".repeat(2001));
            page.locator("#hd-email").fill("khong-phai-email");
            page.locator("button[type=submit]").click();
            // Both wrong fields at once, each beside its own field.
            assertThat(page.locator(".hd-field-error")).hasCount(2);
            assertThat(page.locator("#hd-body-error")).containsText("2.000 ký tự");
            assertThat(page.locator("#hd-email-error")).containsText("không đúng dạng");
            assertThat(page.locator("#hd-email")).hasValue("khong-phai-email");
            shot(page, "hoi-dap-360-loi");
            String marker = UUID.randomUUID().toString().substring(0, 8);
            page.locator("#hd-body").fill("Khi nào công bố kết quả năm sau? " + marker);
            page.locator("#hd-email").fill("");
            page.locator("#hd-unit").selectOption("T34-31");
            page.locator("button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Đã nhận");
            shot(page, "hoi-dap-360-da-gui");
            org.assertj.core.api.Assertions.assertThat(db.sql("select count(*) from citizen_post where body like ?")
                    .param("%" + marker).query(Integer.class).single()).isEqualTo(1);
            // Four more from the same address fill the window (5); the next one through the form is refused.
            // Through the page, not Playwright's request API: that one may connect over ::1, another address.
            for (int i = 0; i < 4; i++) {
                page.navigate(site() + "cong-khai/gop-y");
                page.locator("#hd-body").fill("Góp ý " + marker + " " + i);
                page.locator("button[type=submit]").click();
                assertThat(page.locator("h1")).hasText("Đã nhận");
            }
            page.navigate(site() + "cong-khai/hoi-dap");
            page.locator("#hd-body").fill("Câu hỏi thứ sáu " + marker);
            page.locator("button[type=submit]").click();
            assertThat(page.locator("h1")).hasText("Bạn đã gửi quá nhiều lần");
            shot(page, "hoi-dap-360-429");
            page.navigate(site() + "cong-khai/gop-y?lang=en");
            assertThat(page.locator("h1")).hasText("Feedback");
            shot(page, "gop-y-360-en");
        }
        try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = laptop.newPage();
            page.navigate(site() + "cong-khai/hoi-dap");
            shot(page, "hoi-dap-1366");
            page.navigate(site() + "cong-khai/gop-y?lang=en");
            page.locator("#hd-body").fill("Đề nghị công bố dữ liệu từng xã.");
            page.locator("#hd-name").fill("Trần Văn " + "Đ".repeat(100));
            page.locator("#hd-email").fill("tran@");
            page.locator("button[type=submit]").click();
            assertThat(page.locator(".hd-field-error")).hasCount(2);
            assertThat(page.locator(".hd-error")).containsText("2 fields");
            shot(page, "gop-y-1366-en-loi");
            page.navigate(site() + "cong-khai/gop-y?trang=7");
            shot(page, "gop-y-1366-404");
        }
        try (BrowserContext office = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(office, "haiphong");
            page.navigate(site() + "questions/answer");
            assertThat(page.locator("#answer-queue")).containsText("Khi nào công bố kết quả năm sau?");
            shot(page, "questions-answer-1366");
            page.locator("vaadin-text-area").first().locator("textarea").fill("Kết quả được công bố vào quý II năm sau.");
            page.locator("vaadin-button[id^=send-]").first().click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Đã gửi câu trả lời");
        }
        try (BrowserContext office = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(office, "kiemduyet");
            assertThat(page.locator("#moderation-queue")).containsText("Kết quả được công bố vào quý II năm sau.");
            shot(page, "questions-moderation-1366");
        }
    }

    private static void shot(Page page, String name) throws Exception {
        screenshot(page, "questions-" + name);
        Files.copy(SHOTS.resolve("questions-" + name + ".png"), LOOKED_AT.resolve(name + ".png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
