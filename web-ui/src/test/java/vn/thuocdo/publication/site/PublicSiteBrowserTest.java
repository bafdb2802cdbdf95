package vn.thuocdo.publication.site;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.publication.Published;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.ServerTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen walks the public site in Debian's Chromium, on a phone (360 x 740) and on a laptop (1366 x 768), nobody
 * signed in: home, rankings sorted by a column, a unit's profile, a superseded publication and its correction, the
 * file check and open data; the page never scrolls sideways (tables scroll in their own box), the style sheet is
 * reached through the application's own servlet mapping, and the screenshots in /tmp/shots/site/ are looked at.
 */
@ServerTest
@TestPropertySource(properties = "thuocdo.test.context=assessment-browser")
class PublicSiteBrowserTest extends BrowserTest {

    static final Path OUT = Paths.get("/tmp/shots/site");

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;

    @BeforeEach
    void thePublishedRecord() throws Exception {
        PublicSiteFixture.ensure(jdbc);
        events.publishEvent(new Published("fixture", "fixture", "CB-2192-01", 2192, null));
        Files.createDirectories(OUT);
    }

    @Test
    void onAPhoneEveryPageFitsTheWidthAndTheWalkReachesEachPart() {
        walk(360, 740, "dien-thoai");
    }

    @Test
    void onALaptopTheSameWalkShowsTheChartBesideTheTables() {
        walk(1366, 768, "may-tinh");
    }

    private void walk(int width, int height, String size) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = context.newPage();
            page.navigate(site() + "cong-khai");
            assertThat(page.locator("h1")).hasText("Kết quả Chỉ số CCHC và Chỉ số hài lòng đã công bố");
            // The style sheet applied: the skip link is moved off screen until focused.
            assertThat(((Number) page.evaluate("() => document.querySelector('.skip').getBoundingClientRect().left"))
                    .doubleValue()).isLessThan(0);
            fits(page, "trang chủ");
            shot(page, size + "-trang-chu");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PAR INDEX các tỉnh, thành phố")).first()
                    .click();
            assertThat(page.locator("h1")).containsText("năm 2192");
            page.navigate(site() + "cong-khai/xep-hang?nam=2191&chi-so=sipas");
            page.locator("#rankings thead a", new Page.LocatorOptions().setHasText("Giá trị (%)")).click();
            assertThat(page.locator("#rankings tbody tr").first()).containsText("Thành phố Hải Phòng");
            // Loaded lazily: on a phone only once scrolled to.
            page.locator("figure.chart img").scrollIntoViewIfNeeded();
            page.waitForFunction("() => { const i = document.querySelector('figure.chart img');"
                    + " return i.complete && i.naturalWidth > 0; }");
            assertThat(((Number) page.evaluate("() => document.querySelector('figure.chart img').naturalWidth"))
                    .intValue()).isEqualTo(760);
            fits(page, "xếp hạng");
            shot(page, size + "-xep-hang-sipas");

            page.locator("#rankings tbody a", new Page.LocatorOptions().setHasText("Thành phố Hải Phòng")).click();
            assertThat(page.locator("h1")).hasText("Thành phố Hải Phòng");
            assertThat(page.locator("#trend-par")).containsText("không so sánh trực tiếp");
            assertThat(page.locator("#ke-hoach-cai-thien")).isVisible();
            fits(page, "hồ sơ đơn vị");
            shot(page, size + "-don-vi");

            page.navigate(site() + "cong-khai/cong-bo/CB-2191-01");
            assertThat(page.locator("#superseded")).containsText("đã bị thay thế");
            fits(page, "công bố đã thay thế");
            shot(page, size + "-cong-bo-da-thay-the");
            page.locator("#superseded a").click();
            assertThat(page.locator("h1")).containsText("(đính chính)");
            fits(page, "công bố");
            shot(page, size + "-cong-bo");

            page.navigate(site() + "cong-khai/kiem-tra");
            page.getByLabel("Mã SHA-256").fill(PublicSiteFixture.sha256(PublicSiteFixture.OLD_CSV));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra").setExact(true)).click();
            assertThat(page.locator("#verify-result")).containsText("đã bị thay thế bởi CB-2191-02");
            fits(page, "kiểm tra");
            shot(page, size + "-kiem-tra");
            page.getByLabel("Mã SHA-256").fill("ab".repeat(32));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra").setExact(true)).click();
            assertThat(page.locator("#no-match")).isVisible();
            shot(page, size + "-kiem-tra-khong-khop");

            page.navigate(site() + "cong-khai/du-lieu");
            assertThat(page.locator("table.dictionary")).containsText("Mã đơn vị, theo danh mục");
            fits(page, "dữ liệu mở");
            shot(page, size + "-du-lieu");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("h1")).hasText("Open data");
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            shot(page, size + "-du-lieu-en");

            page.navigate(site() + "cong-khai/xep-hang?nam=2199");
            assertThat(page.locator("#site-error")).containsText("Chưa có kết quả nào của năm 2199 được công bố.");
            shot(page, size + "-loi-404");
        }
    }

    /** No horizontal scroll: the document is no wider than the window (wide tables scroll inside their box). */
    private static void fits(Page page, String what) {
        Number overflow = (Number) page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("horizontal scroll on " + what).isLessThanOrEqualTo(0);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
    }
}
