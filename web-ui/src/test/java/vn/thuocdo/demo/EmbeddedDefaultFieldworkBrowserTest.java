package vn.thuocdo.demo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.FieldworkRound;
import vn.thuocdo.fieldwork.Household;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Village;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.testing.BrowserTest;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.thuocdo.fieldwork.ui.TabletInterviews.answerEverySection;

/**
 * The fieldwork demo round of the newcomer's mode (H2 in a data folder, the built-in accounts, the round seeded by
 * {@link DemoFieldwork}) walked through in Debian's Chromium: the enumerator interviews a household of the second
 * village on a 1024 x 768 tablet, the supervisor sends it back with a note on one question, the enumerator fixes
 * it, the supervisor approves it and the ministry's statistician accepts it. Its own H2 database, apart from the
 * other embedded-default tests'. Screenshots also go to /tmp/shots/fw-walkthrough.
 */
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:file:./target/smoke-data/fieldwork-${random.uuid}",
                "thuocdo.demo.enabled=true",
                "spring.main.banner-mode=off"})
class EmbeddedDefaultFieldworkBrowserTest extends BrowserTest {

    private static final Path OUT = Paths.get("/tmp/shots/fw-walkthrough");
    private static final Actor ENUMERATOR = new Actor(DemoFieldwork.ENUMERATOR, "Nguyễn Văn Điều Tra", "T34-31",
            Set.of(Role.ENUMERATOR));
    private static final String NOTE = "Giới tính ghi chưa khớp với giấy tờ của người trả lời, đề nghị hỏi lại";
    private static final String REASON = "Cần xác minh lại thông tin người trả lời";

    @Autowired Assignments assignments;
    @Autowired Interviews interviews;

    @Test
    void theDemoRoundsHouseholdIsInterviewedSentBackFixedApprovedAndAccepted() {
        FieldworkRound demo = assignments.roundsOf(ENUMERATOR).stream()
                .filter(r -> r.name().endsWith(DemoFieldwork.SUFFIX)).findFirst().orElseThrow();
        // The second village has no visit seeded: its first household is the one walked through.
        List<Village> villages = assignments.forEnumerator(ENUMERATOR, demo.id());
        org.assertj.core.api.Assertions.assertThat(villages).as("the demo enumerator's two villages").hasSize(2);
        Village second = villages.get(1);
        Household household = second.toVisit().stream().filter(h -> h.mine() && h.state() == null).findFirst()
                .orElseThrow();
        long slot = household.slot();
        String row = "#fwenum-household-" + slot;

        // 1. The enumerator on a tablet interviews the household through the questionnaire's skip logic.
        try (BrowserContext context = screen(1024, 768, true)) {
            Page page = signIn(context, "dieutravien");
            assertThat(page).hasURL(Pattern.compile(".*/fieldwork/assignments.*"));
            // The round by its name, never its id.
            assertThat(page.locator("#fwenum-round")).containsText(DemoFieldwork.SUFFIX.trim());
            assertThat(page.locator("#fwenum-villages")).containsText(second.villageName());
            assertThat(page.locator(row)).containsText("Chưa phỏng vấn");
            page.locator(row).scrollIntoViewIfNeeded();
            shot(page, "1-enumerator-list-1024");
            page.locator(row).click();
            assertThat(page.locator("#fwenum-where")).containsText(second.villageName());
            page.locator("#section-next").click();
            assertThat(page.locator("#q-sex")).isVisible();
            answerEverySection(page);
            shot(page, "1-enumerator-answered-1024");
            page.locator("#fwenum-complete").click();
            assertThat(page.locator(row)).containsText("Đã hoàn thành");
            shot(page, "1-enumerator-completed-1024");
        }
        String interview = interviews.open(ENUMERATOR, slot).interview().id();
        org.assertj.core.api.Assertions.assertThat(interviews.find(ENUMERATOR, interview).state())
                .isEqualTo(InterviewState.COMPLETED);

        // 2. The supervisor sends it back with a note pinned to one question and a reason.
        try (BrowserContext context = screen(1366, 768, false)) {
            Page page = signIn(context, "giamsat");
            assertThat(page).hasURL(Pattern.compile(".*/fieldwork/review.*"));
            assertThat(page.locator("#fwsup-queue")).containsText("Nguyễn Văn Điều Tra");
            assertThat(page.locator("#fwsup-open-" + interview)).isInViewport();
            shot(page, "2-supervisor-queue-1366");
            page.locator("#fwsup-open-" + interview).click();
            assertThat(page.locator("#answer-sex")).containsText("Giới tính");
            page.locator("#fwsup-open-note-sex").click();
            page.locator("#fwsup-note-sex textarea").fill(NOTE);
            page.locator("#fwsup-reason textarea").fill(REASON);
            page.locator("#fwsup-note-sex").scrollIntoViewIfNeeded();
            shot(page, "2-supervisor-reject-1366");
            page.locator("#fwsup-reject").click();
            assertThat(page.locator("#fwsup-queue")).isVisible();
            assertThat(page.locator("#fwsup-open-" + interview)).hasCount(0);
            shot(page, "2-supervisor-queue-after-1366");
        }
        org.assertj.core.api.Assertions.assertThat(interviews.find(ENUMERATOR, interview).state())
                .isEqualTo(InterviewState.REJECTED);

        // 3. The enumerator sees it sent back, first of its village, with the note above its question, and fixes it.
        try (BrowserContext context = screen(1024, 768, true)) {
            Page page = signIn(context, "dieutravien");
            assertThat(page.locator(row)).containsText("Bị trả lại");
            String card = "#fwenum-village-" + second.communeCode() + "-" + second.villageName().hashCode();
            assertThat(page.locator(card + " .td-fwenum-household").first()).hasId("fwenum-household-" + slot);
            page.locator(row).scrollIntoViewIfNeeded();
            shot(page, "3-enumerator-rejected-list-1024");
            page.locator(row).click();
            assertThat(page.locator("#fwenum-comments")).containsText(REASON);
            assertThat(page.locator("#q-sex .td-fwenum-comment")).containsText(NOTE);
            assertThat(page.locator("#answer-sex")).isVisible();
            page.locator("#q-sex").scrollIntoViewIfNeeded();
            shot(page, "3-enumerator-note-1024");
            page.locator("#answer-sex input:not(:checked)").first().check();
            page.locator("#fwenum-complete").click();
            assertThat(page.locator(row)).containsText("Đã hoàn thành");
            page.locator(row).scrollIntoViewIfNeeded();
            shot(page, "3-enumerator-fixed-1024");
        }

        // 4. The supervisor approves the fix.
        try (BrowserContext context = screen(1366, 768, false)) {
            Page page = signIn(context, "giamsat");
            assertThat(page.locator("#fwsup-open-" + interview)).isInViewport();
            page.locator("#fwsup-open-" + interview).click();
            assertThat(page.locator("#answer-sex")).containsText("đã sửa");
            assertThat(page.locator("#fwsup-history")).containsText("Gửi lại phiếu đã sửa");
            shot(page, "4-supervisor-fixed-1366");
            page.locator("#fwsup-approve").click();
            assertThat(page.locator("#fwsup-queue")).isVisible();
            assertThat(page.locator("#fwsup-open-" + interview)).hasCount(0);
        }
        org.assertj.core.api.Assertions.assertThat(interviews.find(ENUMERATOR, interview).state())
                .isEqualTo(InterviewState.APPROVED);

        // 5. The ministry's statistician accepts it.
        try (BrowserContext context = screen(1366, 768, false)) {
            Page page = signIn(context, "thongke");
            page.navigate(site() + "fieldwork/acceptance?round=" + demo.id());
            assertThat(page.locator("#fwsup-open-" + interview)).isVisible();
            shot(page, "5-statistician-approved-1366");
            page.locator("#fwsup-open-" + interview).click();
            assertThat(page.locator("#answer-sex")).isVisible();
            page.locator("#fwsup-accept").click();
            assertThat(page.locator("#fwsup-approved")).isVisible();
            assertThat(page.locator("#fwsup-open-" + interview)).hasCount(0);
            shot(page, "5-statistician-accepted-1366");
        }
        org.assertj.core.api.Assertions.assertThat(interviews.find(ENUMERATOR, interview).state())
                .isEqualTo(InterviewState.ACCEPTED);
        try (BrowserContext context = screen(1024, 768, true)) {
            Page page = signIn(context, "dieutravien");
            assertThat(page.locator(row)).containsText("Bộ đã chấp nhận");
            page.locator(row).scrollIntoViewIfNeeded();
            shot(page, "6-enumerator-accepted-1024");
        }
    }

    private static BrowserContext screen(int width, int height, boolean touch) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh").setHasTouch(touch));
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
    }
}
