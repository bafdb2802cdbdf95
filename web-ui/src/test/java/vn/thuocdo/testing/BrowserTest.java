package vn.thuocdo.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * A test class that drives Debian's Chromium: one browser for the class, started before its first test and closed
 * after its last; screenshots go to {@link #SHOTS}. Each test opens its own context (cookies, viewport).
 */
public abstract class BrowserTest {

    protected static final Path SHOTS = Paths.get("target", "screenshots");
    protected static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void startTheBrowser() throws Exception {
        Files.createDirectories(SHOTS);
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
}
