package vn.thuocdo.demo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.BrowserTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.Set;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue #12's cycle on the embedded default's demo round, through the screens in Debian's Chromium at 1366 x 768:
 * the appraiser lowers Hải Phòng's 1.1.1 (refused without a reason, saved with one) and sends the result; Hải Phòng's
 * officer reaches the explanation from the self-assessment screen (the round is only prepared: no task in the inbox)
 * and explains; the appraiser reads the timeline (names, not usernames), sets the final score and finalises. The
 * council stage then shows why it cannot vote yet: the demo round is DRAFT, so the round's process has not reached
 * the council and no session opens (members can be named ahead, which the coordinator does). Shares the Spring
 * context of {@link EmbeddedDefaultFieldworkBrowserTest} (identical annotations). Screenshots also go to
 * /tmp/shots/cycle-e2e.
 */
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:file:./target/smoke-data/fieldwork-${random.uuid}",
                "thuocdo.demo.enabled=true",
                "spring.main.banner-mode=off"})
class EmbeddedDefaultAppraisalBrowserTest extends BrowserTest {

    private static final Path OUT = Paths.get("/tmp/shots/cycle-e2e");
    private static final String CODE = "1\\.1\\.1";
    private static final Actor OFFICER =
            new Actor("haiphong", "Trần Văn Nam", DemoAssessment.HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));
    private static final String REASON = "Kế hoạch CCHC ban hành chậm 5 ngày so với quy định";
    private static final String EXPLANATION = "Kế hoạch ban hành đúng hạn; văn bản đính kèm ghi nhầm ngày ký";
    private static final String FINAL_REASON = "Chấp nhận giải trình của đơn vị";

    @Autowired Rounds rounds;
    @Autowired SelfAssessments assessments;
    @Autowired Clock clock;

    @Test
    void theDemoRoundIsAppraisedExplainedAndFinalised() throws Exception {
        Files.createDirectories(OUT);
        int year = TimeZones.today(clock).getYear();
        Round demo = rounds.visibleTo(DemoRound.SYSTEM).stream()
                .filter(r -> r.year() == year && r.participants().contains(DemoAssessment.HAI_PHONG))
                .findFirst().orElseThrow();
        String unitRow = "#appraisal-" + demo.id() + "-" + DemoAssessment.HAI_PHONG;

        // 1. The appraiser lowers 1.1.1: refused without a reason, saved with one; the result goes to the unit.
        try (BrowserContext context = screen()) {
            Page page = signIn(context, DemoAssessment.APPRAISER);
            assertThat(page).hasURL(Pattern.compile(".*/assessment/appraisals.*"));
            assertThat(page.locator(unitRow)).containsText("Hải Phòng");
            shot(page, "1-appraiser-list-1366");
            page.locator(unitRow).click();
            page.waitForURL(Pattern.compile(".*/assessment/appraise\\?.*"));
            assertThat(page.locator("#appraise-state")).containsText("Đã nộp, chờ thẩm định");
            page.locator("#appraise-area-1 vaadin-details-summary").click();
            chooseLevel(page, "#appraised-level-" + CODE, "Thực hiện nhưng chậm thời hạn");
            assertThat(page.locator("#appraised-points-" + CODE)).hasText("0,25 điểm");
            page.locator("#appraised-save-" + CODE).click();
            assertThat(page.locator("#appraised-message-" + CODE))
                    .hasText("Điểm thẩm định tiêu chí 1.1.1 khác điểm trước đó: cần nêu lý do.");
            page.locator("#appraise-" + CODE).scrollIntoViewIfNeeded();
            shot(page, "1-appraiser-reason-required-1366");
            page.locator("#appraised-reason-" + CODE + " textarea").fill(REASON);
            page.locator("#appraised-save-" + CODE).click();
            assertThat(page.locator("#appraised-message-" + CODE)).hasText("Đã lưu tiêu chí 1.1.1.");
            assertThat(page.locator("#adjusted-" + CODE)).isVisible();
            page.locator("#appraise-send").click();
            assertThat(page.locator("#appraise-state")).containsText("Đã gửi kết quả thẩm định, chờ giải trình");
            shot(page, "1-appraiser-sent-1366");
        }
        org.assertj.core.api.Assertions.assertThat(assessments.open(OFFICER, demo.id(), DemoAssessment.HAI_PHONG)
                .state()).isEqualTo(AssessmentState.APPRAISED_SENT);

        // 2. The officer: no task (the round is only prepared), so from the menu's self-assessment to the explanation.
        try (BrowserContext context = screen()) {
            Page page = signIn(context, "haiphong");
            page.navigate(site() + "assessment/self?round=" + demo.id());
            assertThat(page.locator("#assessment-locked")).isVisible();
            page.locator("#assessment-explain-link").click();
            assertThat(page).hasURL(Pattern.compile(".*/assessment/explain.*"));
            assertThat(page.locator("#explain-reason-" + CODE)).containsText(REASON);
            page.locator("#explanation-" + CODE + " textarea").fill(EXPLANATION);
            page.locator("#explain-save-" + CODE).click();
            assertThat(page.locator("#explain-message-" + CODE)).hasText("Đã lưu giải trình tiêu chí 1.1.1.");
            shot(page, "2-officer-explains-1366");
            page.locator("#explain-send").click();
            assertThat(page.locator("#explain-deadline")).containsText("Đã gửi giải trình");
            shot(page, "2-officer-sent-1366");
        }

        // 3. The appraiser reads the timeline (people's names), sets the final score and finalises.
        try (BrowserContext context = screen()) {
            Page page = signIn(context, DemoAssessment.APPRAISER);
            page.locator(unitRow).click();
            page.waitForURL(Pattern.compile(".*/assessment/appraise\\?.*"));
            assertThat(page.locator("#appraise-state")).containsText("Đã giải trình, chờ chốt điểm");
            page.locator("#appraise-area-1 vaadin-details-summary").click();
            assertThat(page.locator("#explanation-" + CODE)).containsText(EXPLANATION);
            page.locator("#timeline-open-" + CODE).click();
            Locator timeline = page.locator("#timeline-" + CODE);
            assertThat(timeline).containsText("Tự chấm");
            assertThat(timeline).containsText("Thẩm định");
            assertThat(timeline).containsText("Giải trình");
            assertThat(timeline).containsText("Trần Văn Nam");
            assertThat(timeline).containsText("Đỗ Minh Tuấn");
            assertThat(timeline).not().containsText("thamdinh");
            shot(page, "3-appraiser-timeline-1366");
            page.locator("#timeline-close").click();
            chooseLevel(page, "#final-level-" + CODE, "Thực hiện đúng thời hạn");
            page.locator("#final-reason-" + CODE + " textarea").fill(FINAL_REASON);
            page.locator("#final-save-" + CODE).click();
            assertThat(page.locator("#final-message-" + CODE)).hasText("Đã lưu tiêu chí 1.1.1.");
            page.locator("#appraise-finalise").click();
            assertThat(page.locator("#appraise-state")).containsText("Đã chốt điểm");
            shot(page, "3-appraiser-finalised-1366");
        }
        org.assertj.core.api.Assertions.assertThat(assessments.open(OFFICER, demo.id(), DemoAssessment.HAI_PHONG)
                .value("1.1.1").finalPoints()).isEqualByComparingTo("0.5");
        // The council is not walked here: the demo round is only prepared, its process has not reached the council,
        // so no session can open (CouncilBrowserTest walks naming members and voting on a launched round).
    }

    /** Picks a tier in a Vaadin select by its wording. */
    private static void chooseLevel(Page page, String select, String wording) {
        page.locator(select).click();
        page.locator("vaadin-select-overlay[opened] vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(wording)).first().click();
    }

    private static BrowserContext screen() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"));
        context.setDefaultTimeout(60_000);
        return context;
    }

    private static void shot(Page page, String name) {
        screenshot(page, "cycle-" + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(OUT.resolve(name + ".png")).setFullPage(true));
    }
}
