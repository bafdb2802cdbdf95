package vn.thuocdo.assessment.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The Hải Phòng officer scores a few sub-criteria on a 1366 x 768 laptop in Debian's Chromium: a tier, a yes/no and
 * reported figures (points shown as typed), each saved on its own; screenshots to look at.
 */
@ServerTest
@TestPropertySource(properties = "thuocdo.test.context=assessment-browser")
class SelfAssessmentBrowserTest extends BrowserTest {

    @Autowired Rounds rounds;

    @Test
    void theOfficerScoresATierAYesNoAndFiguresOnALaptop() throws Exception {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        String round = rounds.prepare(new NewRound(2033, "Đợt tự đánh giá trên trình duyệt", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", samplingDue, 3, Map.of("assessment", samplingDue.plusDays(60))),
                TestActors.COORDINATOR).id();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "haiphong");
            page.navigate(site() + "assessment/self?round=" + round);
            assertThat(page.locator("#assessment-totals")).containsText("Tổng điểm tự chấm: 0 / 76 điểm");
            page.locator("#area-1").locator("vaadin-details-summary").click();

            page.locator("#level-1\\.1\\.1").click();
            page.locator("vaadin-select-overlay[opened] vaadin-select-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Thực hiện nhưng chậm thời hạn")).click();
            assertThat(page.locator("#points-1\\.1\\.1")).hasText("0,25 điểm");
            page.locator("#note-1\\.1\\.1 textarea").fill("Kế hoạch ban hành ngày 25/01");
            page.locator("#save-1\\.1\\.1").click();
            assertThat(page.locator("#message-1\\.1\\.1")).hasText("Đã lưu tiêu chí 1.1.1.");

            page.locator("#figure-1\\.1\\.3-planned input").fill("1.644");
            page.locator("#figure-1\\.1\\.3-done input").fill("1.400");
            page.locator("#figure-1\\.1\\.3-done input").press("Tab");
            assertThat(page.locator("#points-1\\.1\\.3")).hasText("0,75 điểm");
            page.locator("#save-1\\.1\\.3").click();
            assertThat(page.locator("#message-1\\.1\\.3")).hasText("Đã lưu tiêu chí 1.1.3.");

            page.locator("#done-1\\.2\\.1 vaadin-radio-button").first().click();
            page.locator("#save-1\\.2\\.1").click();
            assertThat(page.locator("#message-1\\.2\\.1")).hasText("Đã lưu tiêu chí 1.2.1.");
            page.locator("#sub-1\\.1\\.1").scrollIntoViewIfNeeded();
            Path dir = Paths.get("/tmp/shots/h-selfassessment");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("self-assessment-laptop.png")));
            screenshot(page, "assessment-self-laptop");

            page.reload();
            assertThat(page.locator("#assessment-totals")).containsText("Tổng điểm tự chấm: 1,5 / 76 điểm");
            assertThat(page.locator("#area-1")).containsText("đã chấm 3/11");
            org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                    "document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1366);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("self-assessment-laptop-top.png")));
            // Tablets too: nothing sticks out sideways.
            page.setViewportSize(1024, 768);
            page.locator("#area-1").locator("vaadin-details-summary").click();
            page.locator("#sub-1\\.1\\.3").scrollIntoViewIfNeeded();
            org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                    "document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1024);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("self-assessment-tablet.png")));
        }
    }
}
