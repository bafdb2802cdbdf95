package vn.thuocdo.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A test class that drives Debian's Chromium against the application of a {@code @ServerTest}: one browser for the
 * class, started before its first test and closed after its last; screenshots go to {@link #SHOTS}. Each test opens
 * its own context (cookies, viewport).
 */
public abstract class BrowserTest {

    protected static final Path SHOTS = Paths.get("target", "screenshots");
    protected static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        Files.createDirectories(SHOTS);
        // Patience, not speed, is what the assertions check: a first page of a big screen on a loaded two-core CI
        // machine takes longer than Playwright's 5 s default, and a timeout there says nothing about the product.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopTheBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @LocalServerPort
    protected int serverPort;

    /** The application's address, with a trailing slash. */
    protected String site() {
        return "http://localhost:" + serverPort + "/";
    }

    /** A new page in the context, signed in on the login form as the demo account. */
    protected Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(site() + "login");
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill("thuocdo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).first().click();
        assertThat(page.locator("#signed-in-as")).isAttached();
        return page;
    }

    /** The whole page as {@code SHOTS/<name>.png}, to look at. */
    protected static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }
}
