package vn.thuocdo.improvement.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.improvement.ImprovementPlan;
import vn.thuocdo.improvement.ImprovementPlans;
import vn.thuocdo.improvement.PlanEntry;
import vn.thuocdo.improvement.PublicationFixture;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.ServerTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.thuocdo.improvement.PublicationFixture.Row.area;
import static vn.thuocdo.improvement.PublicationFixture.Row.element;

/**
 * The plans' screens in Chromium on a laptop and a phone: the officer's draft with a refusal, the leader's sign-off,
 * the coordinator's list, last year's plan beside the next self-assessment; screenshots to look at.
 */
@ServerTest
@TestPropertySource(properties = "thuocdo.test.context=assessment-browser")
class ImprovementPlanBrowserTest extends BrowserTest {

    static final String HAI_PHONG = "T34-31";
    static final Actor OFFICER = new Actor("haiphong", "Trần Văn Nam", HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor LEADER = new Actor("lanhdao.haiphong", "Phạm Quốc Hùng", HAI_PHONG, Set.of(Role.UNIT_LEADER));

    @Autowired ImprovementPlans plans;
    @Autowired JdbcClient db;
    @Autowired TransactionTemplate transaction;
    @Autowired ApplicationEventPublisher events;

    @Test
    void theUnitPlansTheLeaderSignsOffAndNextYearShowsIt() throws Exception {
        Path shots = Paths.get("/tmp/shots/plans");
        Files.createDirectories(shots);
        PublicationFixture fixture = new PublicationFixture(db, transaction, events);
        String round = fixture.round(2148, HAI_PHONG, "T34-01");
        fixture.finalPoints(round, HAI_PHONG, Map.of("2.3", 0.0, "5.2", 0.4));
        fixture.publish(round, 2148, 1, null, area(HAI_PHONG, "1", "9.00", "9.50"),
                area(HAI_PHONG, "2", "5.40", "9.00"), area(HAI_PHONG, "4", "4.80", "8.00"),
                element(HAI_PHONG, "feedback", 0.72), element(HAI_PHONG, "access", 0.91),
                area("T34-01", "1", "6.00", "9.50"), area("T34-01", "3", "12.00", "13.00"));
        ImprovementPlan plan = plans.newest(OFFICER, round, HAI_PHONG).orElseThrow();

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "haiphong");
            page.navigate(site() + "improvement/plan");
            assertThat(page.locator("#plan-value-1")).hasText("Kết quả đã công bố: 5,4 / 9 điểm (60,0%)");
            page.locator("#plan-measures-1 textarea").fill("Rà soát, sửa đổi quy trình xây dựng văn bản quy phạm pháp luật; "
                    + "tập huấn cán bộ pháp chế các sở.");
            page.locator("#plan-responsible-1 input").fill("Sở Tư pháp");
            page.locator("#plan-due-1 input").fill("01/01/2020");
            page.locator("#plan-due-1 input").press("Enter");
            page.locator("#plan-save").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText("thời hạn phải sau hôm nay");
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("plan-draft-refused.png")));
            page.locator("#plan-due-1 input").fill(LocalDate.now().plusMonths(6).format(
                    java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            page.locator("#plan-due-1 input").press("Enter");
            page.locator("#plan-save").click();
            assertThat(page.locator("vaadin-notification-card").last()).containsText("Đã lưu kế hoạch.");
            page.locator("#plan-meta").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("plan-draft-laptop.png")).setFullPage(true));
            org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                    "document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(1366);
        }
        ImprovementPlan saved = plans.plan(OFFICER, plan.id());
        plans.submit(OFFICER, plan.id(), saved.rowVersion(), saved.items().stream()
                .map(i -> new PlanEntry(i.itemNo(), i.measures() != null ? i.measures()
                        : "Kiểm tra, đôn đốc thực hiện nội dung " + i.code() + " hằng quý", i.responsible() != null
                        ? i.responsible() : "Văn phòng UBND thành phố", i.due() != null ? i.due()
                        : LocalDate.now().plusMonths(9))).toList());

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "lanhdao.haiphong");
            page.navigate(site() + "improvement/plan");
            assertThat(page.locator("#plan-state")).hasText("Chờ lãnh đạo ký duyệt");
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("plan-leader.png")).setFullPage(true));
            page.locator("#plan-sign-off").click();
            assertThat(page.locator("#plan-signed-off")).containsText("Ký duyệt bởi Phạm Quốc Hùng");
            page.locator("#plan-history vaadin-details-summary").click();
            page.locator("#plan-history").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("plan-signed-off.png")).setFullPage(true));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + "improvement/plans?round=" + round);
            assertThat(page.locator("#plans-grid")).containsText("Đã ký duyệt");
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("plans-coordinator.png")).setFullPage(true));
        }
        String next = fixture.round(2149, HAI_PHONG, "T34-01");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "haiphong");
            page.navigate(site() + "assessment/self?round=" + next);
            page.locator("#previous-plan vaadin-details-summary").click();
            assertThat(page.locator("#previous-plan")).containsText("Rà soát, sửa đổi quy trình");
            page.locator("#previous-plan").scrollIntoViewIfNeeded();
            page.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("previous-plan-phone.png")));
        }
    }
}
