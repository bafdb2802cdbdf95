package vn.thuocdo.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.PackagedApplication;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The "done when" in a real Chromium against the packaged application on PostgreSQL with the demo data:
 * the demo survey round's frames are approved, the coordinator chooses the questionnaires and the design, draws,
 * reviews the figures per province on an officer's 1366 x 768 laptop and on a tablet, approves; Hải Phòng's
 * officer then sees its communes and villages. Screenshots go to target/screenshots/sample-*.png.
 */
class SampleWalkthroughIT {

    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static final Browser.NewContextOptions LAPTOP = new Browser.NewContextOptions().setViewportSize(1366, 768)
            .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh");
    private static final Browser.NewContextOptions TABLET = new Browser.NewContextOptions().setViewportSize(768, 1024)
            .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh");
    private static String base;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startThePackagedApplicationWithTheDemoAndABrowser() throws Exception {
        Files.createDirectories(SHOTS);
        base = PackagedApplication.shared().base();
        // Waits for things to appear, not measurements: a national draw on a loaded two-core machine takes a while.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopEverything() throws java.sql.SQLException {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theCoordinatorDrawsAndApprovesTheDemoRoundsSampleAndAProvinceSeesItsPart() {
        Page coordinator = signIn("dieuphoi", LAPTOP);
        // The inbox opens a task on a double click of its row, whatever else waits there.
        com.microsoft.playwright.Locator task = coordinator.getByText("Chọn phiếu khảo sát, thiết kế mẫu và rút mẫu").first();
        assertThat(task).isVisible();
        shot(coordinator, "sample-00-inbox");
        task.dblclick();
        coordinator.waitForURL("**/survey/design/**");
        shot(coordinator, "sample-00b-opened");
        assertThat(coordinator.locator("#design")).isVisible();
        assertThat(coordinator.locator("#design-words")).containsText("36.000 người trả lời cả nước");
        coordinator.locator("#seed input").fill("20261130");
        shot(coordinator, "sample-01-design");
        coordinator.locator("#draw").click();

        assertThat(coordinator.locator("#province-figures")).isVisible();
        assertThat(coordinator.locator("#sample-seed")).hasText("20261130");
        assertThat(coordinator.locator("#sample-national")).containsText("ở 34 tỉnh");
        shot(coordinator, "sample-02-review-laptop");
        Page tablet = browser.newContext(TABLET).newPage();
        tablet.context().addCookies(coordinator.context().cookies());
        tablet.navigate(coordinator.url());
        assertThat(tablet.locator("#province-figures")).isVisible();
        shot(tablet, "sample-03-review-tablet");

        coordinator.locator("#approve-sample").click();
        // Approval cannot be taken back: the confirmation dialog asks once more.
        coordinator.locator("vaadin-confirm-dialog-overlay [slot='confirm-button']").click();
        assertThat(coordinator.locator("#sample-version")).containsText("Đã phê duyệt");
        assertThat(coordinator.locator("#redraw-approved")).isVisible();
        shot(coordinator, "sample-04-approved");

        Page officer = signIn("haiphong", LAPTOP);
        officer.navigate(base + "survey/my-sample");
        assertThat(officer.locator("#province-counts")).containsText("xã và");
        assertThat(officer.locator("#province-units")).isVisible();
        org.assertj.core.api.Assertions.assertThat(officer.content()).doesNotContain("Hộ được chọn");
        shot(officer, "sample-05-province");
    }

    /** Through the login page as a person does: the fields named username and password, and "Đăng nhập". */
    private Page signIn(String username, Browser.NewContextOptions screen) {
        Page page = browser.newContext(screen).newPage();
        page.navigate(base + "login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("thuocdo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).first().click();
        assertThat(page.locator("#signed-in-as")).isAttached();
        return page;
    }

    private static void shot(Page page, String name) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }

}
