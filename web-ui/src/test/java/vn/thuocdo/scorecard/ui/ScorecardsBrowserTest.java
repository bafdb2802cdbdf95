package vn.thuocdo.scorecard.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.ServerTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The scorecards screen in Debian's Chromium at a laptop's 1366 x 768: the list with both defaults, the tree of the
 * selected one, and the screenshots a person looks at for layout and diacritics.
 */
@ServerTest
@TestPropertySource(properties = "thuocdo.test.context=assessment-browser")
class ScorecardsBrowserTest extends BrowserTest {

    @Test
    void onALaptopTheListAndTheTreeOfTheSelectedScorecardShow() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + "scorecards");
            assertThat(page.locator("#scorecards")).containsText("8 / 43 / 95");
            assertThat(page.locator("#scorecards")).containsText("7 / 38 / 97");
            assertThat(page.locator("#scorecards")).containsText("Tạm thời [A]");
            screenshot(page, "scorecards-laptop");
            page.locator("#title-par-ministry-2022-v1").click();
            assertThat(page.locator("h3").first()).hasText(
                    "Bộ tiêu chí xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ");
            // Criterion 1.2 has a third sub-criterion in the ministry scorecard only.
            assertThat(page.locator("#scorecard-tree")).containsText("Chất lượng báo cáo");
            page.locator("#scorecard-tree").scrollIntoViewIfNeeded();
            screenshot(page, "scorecards-laptop-tree");
            page.locator("#scorecard-upload").scrollIntoViewIfNeeded();
            screenshot(page, "scorecards-laptop-upload");
        }
    }
}
