package vn.thuocdo.council.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.council.CouncilAgenda;
import vn.thuocdo.council.CouncilProcessScene;
import vn.thuocdo.council.Councils;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two members vote in Debian's Chromium, each signed in on the login form: the first sends the results back for
 * one province, the second approves, each seeing only the count of votes; the third member's approval decides, and
 * the second member reads every vote with its comment. Screenshots at 1366 x 768 of the
 * empty page, the vote, the decided session and the coordinator's set-up. Round of 2070, a context of its own.
 */
@ServerTest
@TestPropertySource(properties = "thuocdo.test.context=council-browser")
@Import(StandInAgenda.class)
class CouncilBrowserTest extends BrowserTest {

    @Autowired CouncilProcessScene scene;
    @Autowired Councils councils;

    @Test
    void twoMembersVoteEachSignedInAndTheCouncilApproves() {
        Round round = scene.atCouncil(2070);
        try (BrowserContext context = screen()) {
            Page page = signIn(context, "hoidong");
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/council/vote$"));
            assertThat(page.locator("#council-no-round")).containsText("Chưa có đợt đánh giá nào");
            screenshot(page, "council-vote-empty-1366");
        }

        for (String username : List.of("hoidong", "hoidong.binh", "hoidong.huong")) {
            councils.name(round.id(), username, TestActors.COORDINATOR);
        }
        councils.chair(round.id(), "hoidong", TestActors.COORDINATOR);
        StandInAgenda.RESULTS.put(round.id(), results());
        try (BrowserContext context = screen()) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + "council/setup");
            page.locator("#council-closes-on input").fill(vn.thuocdo.web.Formats.date(
                    LocalDate.now(TimeZones.VIETNAM).plusDays(14)));
            page.locator("#council-closes-on input").press("Enter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở phiên biểu quyết")).click();
            assertThat(page.locator("#council-sessions")).containsText("Đang biểu quyết");
            screenshot(page, "council-setup-voting-1366");
        }

        try (BrowserContext context = screen()) {
            Page page = signIn(context, "hoidong");
            assertThat(page.locator("#council-progress")).hasText("0/3 thành viên đã biểu quyết.");
            page.getByText("Đề nghị thẩm định lại", new Page.GetByTextOptions().setExact(true)).click();
            page.locator("#council-units input").click();
            page.locator("vaadin-multi-select-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Thành phố Hà Nội")).click();
            page.keyboard().press("Escape");
            page.locator("#council-comment textarea").fill("Tiêu chí 2.1 của Hà Nội chưa có tài liệu kiểm chứng.");
            screenshot(page, "council-vote-voting-1366");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi biểu quyết")).click();
            assertThat(page.locator("#council-own-vote")).containsText("Bạn đã biểu quyết: Đề nghị thẩm định lại");
        }

        try (BrowserContext context = screen()) {
            Page page = signIn(context, "hoidong.binh");
            assertThat(page.locator("#council-progress")).hasText("1/3 thành viên đã biểu quyết.");
            assertThat(page.locator("#council-votes")).hasCount(0);
            page.getByText("Thông qua", new Page.GetByTextOptions().setExact(true)).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi biểu quyết")).click();
            assertThat(page.locator("#council-own-vote")).containsText("Bạn đã biểu quyết: Thông qua");
        }

        // The third member decides: 2 of 3 approve.
        councils.vote(round.id(), new vn.thuocdo.council.Ballot(vn.thuocdo.council.Choice.APPROVE,
                "Đồng ý với kết quả thẩm định", List.of()), CouncilProcessScene.HUONG);
        try (BrowserContext context = screen()) {
            Page page = signIn(context, "hoidong.binh");
            assertThat(page.locator("#council-outcome")).hasText("Đã thông qua");
            assertThat(page.locator("#council-votes")).containsText("Tiêu chí 2.1 của Hà Nội chưa có tài liệu kiểm chứng.");
            assertThat(page.locator("#council-votes")).containsText("Lý Thu Hương");
            screenshot(page, "council-vote-decided-1366");
            page.locator("#council-votes").scrollIntoViewIfNeeded();
            screenshot(page, "council-vote-decided-votes-1366");
        }
    }

    private BrowserContext screen() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
    }

    /** Compiled results as the assessment capability will give them (standing in): a few provinces. */
    private static List<CouncilAgenda.UnitResult> results() {
        String[][] rows = {{"T34-31", "Thành phố Hải Phòng", "86.25"}, {"T34-01", "Thành phố Hà Nội", "84.1"},
                {"T34-79", "Thành phố Hồ Chí Minh", "83.75"}, {"T34-46", "Thành phố Huế", "81.5"},
                {"T34-48", "Thành phố Đà Nẵng", "80.95"}};
        List<CouncilAgenda.UnitResult> results = new ArrayList<>();
        BigDecimal max = new BigDecimal("68.5");
        for (String[] row : rows) {
            BigDecimal percent = new BigDecimal(row[2]);
            results.add(new CouncilAgenda.UnitResult(row[0], row[1],
                    max.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP), max, percent,
                    row[0].equals("T34-46") ? "Đã giải trình 2 tiêu chí" : null));
        }
        return results;
    }
}
