package vn.thuocdo.demo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.publication.Publication;
import vn.thuocdo.publication.PublicationIntegrity;
import vn.thuocdo.publication.PublishedFiles;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.BrowserTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The publication on the embedded default (#14): at first start three years ago is published (the public site has
 * something to show, and the startup integrity check read its files), two years ago waits; the coordinator
 * publishes it through the screen in Chromium at 1366 x 768, behind the confirmation. Shares the Spring context of
 * {@link EmbeddedDefaultFieldworkBrowserTest} (identical annotations). Screenshots go to /tmp/shots/h/publication.
 */
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:file:./target/smoke-data/fieldwork-${random.uuid}",
                "thuocdo.demo.enabled=true",
                "spring.main.banner-mode=off"})
class EmbeddedDefaultPublicationBrowserTest extends BrowserTest {

    private static final Path OUT = Paths.get("/tmp/shots/h/publication");

    @Autowired Rounds rounds;
    @Autowired PublishedFiles published;
    @Autowired PublicationIntegrity integrity;
    @Autowired Clock clock;

    @Test
    void anEarlierYearIsPublishedAtStartAndTheCoordinatorPublishesTheNextThroughTheScreen() throws Exception {
        Files.createDirectories(OUT);
        int year = TimeZones.today(clock).getYear();
        Publication first = published.byCode("CB-" + (year - 3) + "-01").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(published.files(first.id())).hasSizeGreaterThanOrEqualTo(5);
        org.assertj.core.api.Assertions.assertThat(integrity.check().findings()).isEmpty();
        Round waiting = rounds.visibleTo(DemoRound.SYSTEM).stream()
                .filter(r -> r.year() == year - 2 && r.name().endsWith(DemoPublication.SUFFIX)).findFirst().orElseThrow();
        Round done = rounds.visibleTo(DemoRound.SYSTEM).stream()
                .filter(r -> r.year() == year - 3 && r.name().endsWith(DemoPublication.SUFFIX)).findFirst().orElseThrow();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            context.setDefaultTimeout(60_000);
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + "publication/publish?round=" + done.id());
            assertThat(page.locator("#publication-list")).containsText(first.code());
            assertThat(page.locator("#publication-files")).containsText("du-lieu/ket-qua.csv");
            shot(page, "1-published-at-start-1366");

            page.navigate(site() + "publication/publish?round=" + waiting.id());
            assertThat(page.locator("#publication-approved")).containsText("lần tính 1");
            assertThat(page.locator("#publication-none")).isVisible();
            shot(page, "2-approved-waiting-1366");
            page.locator("#publication-publish").click();
            assertThat(page.locator("vaadin-confirm-dialog-overlay")).containsText("Không thể hoàn tác");
            shot(page, "3-confirmation-1366");
            page.locator("vaadin-confirm-dialog-overlay [slot='confirm-button']").click();
            assertThat(page.locator("#publication-list")).containsText("CB-" + (year - 2) + "-01");
            assertThat(page.locator("#publication-list")).containsText("Đang hiệu lực");
            shot(page, "4-published-through-the-screen-1366");

            page.locator("#publication-correct").click();
            page.locator("#publication-correct-confirm").click();
            assertThat(page.locator("#publication-reason")).containsText("Hãy nêu lý do đính chính");
            shot(page, "5-correction-needs-a-reason-1366");
        }
    }

    private static void shot(Page page, String name) {
        screenshot(page, "publication-" + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
    }
}
