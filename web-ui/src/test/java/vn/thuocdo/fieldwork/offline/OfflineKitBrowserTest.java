package vn.thuocdo.fieldwork.offline;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.springframework.context.annotation.Import;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.OfflineContext;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The demo enumerator's offline kit in Chromium on a tablet: downloaded online, then with the network cut
 * ({@code context.setOffline(true)}): the page reloads from the service worker (asserted on the response), an
 * interview is answered and completed, the page is closed and opened again still offline, and the interview is
 * still there, waiting; back online it is sent, and the database holds it once, also after a second send. A second
 * household's answer that only the server refuses comes back as "Cần sửa" with the message at its question.
 * Round of 2091; screenshots also to /tmp/shots/offline.
 */
@ServerTest
@OfflineContext
// The API test's context, cheap passwords and all: one application for both, not two.
@Import(CheapPasswords.class)
class OfflineKitBrowserTest extends BrowserTest {

    private static final Path OUT = Paths.get("/tmp/shots/offline");

    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Assignments assignments;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anInterviewDoneWithNoNetworkWaitsOnTheDeviceAndIsStoredOnceWhenSent() throws Exception {
        FieldworkScene.Team team = scene.setUp(2091);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "dieutravien", "Ngô Thị Hương",
                TeamRole.ENUMERATOR);
        List<Long> slots = scene.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), "dieutravien");
        long slot = slots.get(0);
        int[] size = {1024, 768};
        try (BrowserContext context = tablet(size)) {
            Page page = signIn(context, "dieutravien");
            assertThat(page.locator("#fwenum-offline-kit")).hasText("Làm việc ngoại tuyến");
            page.locator("#fwenum-offline-kit").click();
            page.locator("#kit-download-" + team.roundId()).click();
            assertThat(page.locator("#kit-fetched")).containsText("Dữ liệu tải lúc");
            assertThat(page.locator("#kit-household-" + slot)).containsText("Chưa phỏng vấn");
            page.waitForFunction("() => navigator.serviceWorker.controller !== null");
            shot(page, "online-list", size);

            context.setOffline(true);
            Response reloaded = page.reload();
            org.assertj.core.api.Assertions.assertThat(reloaded.fromServiceWorker()).isTrue();
            org.assertj.core.api.Assertions.assertThat(page.evaluate("() => navigator.onLine")).isEqualTo(false);
            org.assertj.core.api.Assertions.assertThat(page.evaluate(
                    "() => fetch('/thuc-dia/ngoai-tuyen/api/phien').then(() => 'reached', () => 'unreachable')"))
                    .isEqualTo("unreachable");
            assertThat(page.locator("#kit-offline")).containsText("Đang ngoại tuyến");
            shot(page, "offline-banner", size);

            page.locator("#kit-household-" + slot).click();
            assertThat(page.locator("#kit-interview")).isVisible();
            shot(page, "interview", size);
            answerEverySection(page, size);
            page.locator("#kit-complete").click();
            assertThat(page.locator("#kit-household-" + slot)).containsText("Đã hoàn thành, chưa gửi");
            page.close();

            Page again = context.newPage();
            Response opened = again.navigate(site() + "thuc-dia/ngoai-tuyen");
            org.assertj.core.api.Assertions.assertThat(opened.fromServiceWorker()).isTrue();
            assertThat(again.locator("#kit-household-" + slot)).containsText("Đã hoàn thành, chưa gửi");
            assertThat(again.locator("#kit-queue-count")).containsText("Chờ gửi: 1");
            shot(again, "pending-queue", size);
            org.assertj.core.api.Assertions.assertThat(interviewsOf(slot)).isZero();

            context.setOffline(false);
            again.locator("#kit-send-now").click();
            assertThat(again.locator("#kit-household-" + slot)).containsText("Đã gửi");
            String id = jdbc.queryForObject("select id from fieldwork_interview where sample_unit_id = ?",
                    String.class, slot);
            org.assertj.core.api.Assertions.assertThat(interviewsOf(slot)).isOne();
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                    "select state from fieldwork_interview where id = ?", String.class, id)).isEqualTo("COMPLETED");
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                    "select cast(answers as varchar(100000)) from fieldwork_interview where id = ?", String.class, id))
                    .contains("\"ageBand\"", "\"priorities\"");
            org.assertj.core.api.Assertions.assertThat(again.evaluate(
                    "() => Kho.all('phieu').then(all => all.map(p => p.id))")).isEqualTo(List.of(id));
            int version = jdbc.queryForObject("select version from fieldwork_interview where id = ?", Integer.class, id);

            // The reply lost: the device sends the same interview again. Still one, unchanged.
            again.evaluate("id => Kho.get('phieu', id).then(p => { p.status = 'pending'; return Kho.put('phieu', p); })"
                    + ".then(() => Kit.sendAll(true))", id);
            assertThat(again.locator("#kit-household-" + slot)).containsText("Đã gửi");
            again.waitForFunction("id => Kho.get('phieu', id).then(p => p.status === 'sent')", id);
            org.assertj.core.api.Assertions.assertThat(interviewsOf(slot)).isOne();
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                    "select version from fieldwork_interview where id = ?", Integer.class, id)).isEqualTo(version);

            // What only the server checks (the length of a free text): refused, marked to fix, message at the question.
            long second = slots.get(1);
            again.locator("#kit-household-" + second).click();
            answerEverySection(again, size);
            shot(again, "last-section", size);
            again.locator("#a-otherSuggestion").fill("x".repeat(2001));
            again.locator("#a-otherSuggestion").dispatchEvent("change");
            again.locator("#kit-complete").click();
            assertThat(again.locator("#kit-household-" + second)).containsText("Cần sửa");
            shot(again, "refused-list", size);
            again.locator("#kit-household-" + second).click();
            assertThat(again.locator("#kit-refused")).containsText("Cần sửa");
            assertThat(again.locator("#err-otherSuggestion")).isVisible();
            shot(again, "refused-interview", size);
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                    "select count(*) from fieldwork_interview where sample_unit_id = ? and state <> 'DRAFT'",
                    Integer.class, second)).isZero();

            // The session ends while the tablet works: the change is kept, the page says so; signed in, it is sent.
            context.clearCookies();
            long fifth = slots.get(4);
            again.locator("#kit-back").click();
            again.locator("#kit-household-" + fifth).click();
            again.locator("#kit-next").click();
            again.locator(".kit-question input[type=radio]").first().check();
            assertThat(again.locator("#kit-session-expired"))
                    .containsText("Phiên đăng nhập đã hết, hãy đăng nhập lại để gửi");
            shot(again, "session-expired", size);
            org.assertj.core.api.Assertions.assertThat(interviewsOf(fifth)).isZero();
            again.locator("#kit-sign-in").click();
            again.locator("input[name='username']").fill("dieutravien");
            again.locator("input[name='password']").fill("thuocdo");
            again.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).first().click();
            assertThat(again.locator("#kit-household-" + fifth)).containsText("Bản nháp đã gửi");
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject(
                    "select state from fieldwork_interview where sample_unit_id = ?", String.class, fifth))
                    .isEqualTo("DRAFT");

            // The same states held upright (800 x 1280): the refused interview, then the list with no network.
            int[] portrait = {800, 1280};
            again.setViewportSize(portrait[0], portrait[1]);
            again.locator("#kit-household-" + second).click();
            assertThat(again.locator("#err-otherSuggestion")).isVisible();
            noSidewaysScroll(again, portrait[0]);
            shot(again, "refused-interview", portrait);
            context.setOffline(true);
            again.navigate(site() + "thuc-dia/ngoai-tuyen");
            assertThat(again.locator("#kit-offline")).isVisible();
            assertThat(again.locator("#kit-queue-count")).containsText("Cần sửa: 1");
            noSidewaysScroll(again, portrait[0]);
            shot(again, "offline-banner", portrait);
            context.setOffline(false);
        }
        try (BrowserContext context = tablet(new int[]{800, 1280})) {
            Page page = signIn(context, "dieutravien");
            page.navigate(site() + "thuc-dia/ngoai-tuyen");
            page.locator("#kit-download-" + team.roundId()).click();
            assertThat(page.locator("#kit-household-" + slot)).containsText("Đã hoàn thành");
            shot(page, "online-list", new int[]{800, 1280});
            page.locator("#kit-household-" + slots.get(2)).click();
            shot(page, "interview", new int[]{800, 1280});
            noSidewaysScroll(page, 800);
            // The session alone does not send: a POST without the session's CSRF token is refused, nothing stored.
            Object status = page.evaluate("slot => fetch('/thuc-dia/ngoai-tuyen/api/phieu/' + crypto.randomUUID(), {"
                    + "method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify({slot: slot,"
                    + " send: 'DRAFT', answers: {}})}).then(r => r.status)", slots.get(3).intValue());
            org.assertj.core.api.Assertions.assertThat(status).isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(interviewsOf(slots.get(3))).isZero();
        }
        // A provincial officer signed in is refused the kit, its page and its JSON alike.
        try (BrowserContext context = tablet(new int[]{1024, 768})) {
            Page page = signIn(context, "haiphong");
            org.assertj.core.api.Assertions.assertThat(context.request().get(site() + "thuc-dia/ngoai-tuyen").status())
                    .isEqualTo(403);
            org.assertj.core.api.Assertions.assertThat(page.evaluate(
                    "() => fetch('/thuc-dia/ngoai-tuyen/api/dot').then(r => r.status)")).isEqualTo(403);
        }
    }

    private int interviewsOf(long slot) {
        return jdbc.queryForObject("select count(*) from fieldwork_interview where sample_unit_id = ?", Integer.class,
                slot);
    }

    /** The first offered answer of every question asked, section by section, as skip logic brings more in. */
    private static void answerEverySection(Page page, int[] size) {
        for (int section = 0; section < 12; section++) {
            Locator open = page.locator(".kit-question:has(input[type=radio]):not(:has(input:checked)),"
                    + " .kit-question:has(input[type=checkbox]):not(:has(input:checked))");
            for (int asked = 0; asked < 100 && open.count() > 0; asked++) {
                open.first().locator("input").first().check();
            }
            noSidewaysScroll(page, size[0]);
            page.locator("#kit-next, #kit-complete").first().waitFor();
            if (page.locator("#kit-complete").count() > 0) {
                return;
            }
            String before = page.locator("#kit-progress").textContent();
            page.locator("#kit-next").click();
            assertThat(page.locator("#kit-progress")).not().hasText(before);
        }
    }

    private static BrowserContext tablet(int[] size) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1])
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setHasTouch(true));
    }

    private static void shot(Page page, String name, int[] size) throws Exception {
        String file = "offline-" + name + "-" + size[0] + "x" + size[1];
        screenshot(page, file);
        Files.createDirectories(OUT);
        Files.copy(SHOTS.resolve(file + ".png"), OUT.resolve(file + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void noSidewaysScroll(Page page, int width) {
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(width);
    }
}
