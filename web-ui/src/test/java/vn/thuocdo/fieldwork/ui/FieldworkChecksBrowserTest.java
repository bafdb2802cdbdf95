package vn.thuocdo.fieldwork.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The supervisor's call-backs and flags and the quality report in Debian's Chromium at a laptop's 1366 x 768 and a
 * tablet's 1024 x 768 (landscape): nothing sticking out sideways, the call-back dialog on a tablet, screenshots to
 * look at. Round of 2055.
 */
@ServerTest
class FieldworkChecksBrowserTest extends BrowserTest {

    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Interviews interviews;
    @Autowired Questionnaires questionnaires;
    @Autowired MutableClock clock;

    @Test
    void theSupervisorsScreensAndTheReportFitALaptopAndATablet() {
        FieldworkScene.Team team = scene.withVillageAssigned(2055);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "giamsat", "Hoàng Văn Bình",
                TeamRole.SUPERVISOR);
        var sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        List<Long> slots = scene.households(team, team.commune());
        int[] minutes = {25, 5, 4, 30};
        for (int i = 0; i < minutes.length; i++) {
            Instant start = clock.instant().plus(Duration.ofHours(1 + i));
            interviews.complete(team.enumerator(), UUID.randomUUID().toString(), slots.get(i),
                    CompleteAnswers.of(sipas, 550 + i), new Paradata(start, start.plus(Duration.ofMinutes(minutes[i])),
                            Map.of(), "Samsung Tab A8"), EntryMode.INTERVIEW);
        }
        String round = "?round=" + team.roundId();
        try (BrowserContext context = context(1366, 768)) {
            Page page = signIn(context, "giamsat");
            page.navigate(site() + "fieldwork/callbacks" + round);
            assertThat(page.locator("#fwchk-callbacks")).containsText("Nguyễn Văn Điều Tra");
            noSidewaysScroll(page, 1366);
            screenshot(page, "fwchk-callbacks-laptop");
            page.navigate(site() + "fieldwork/flags" + round);
            assertThat(page.locator("#fwchk-flags")).containsText("dưới mức tối thiểu 8,0 phút");
            noSidewaysScroll(page, 1366);
            screenshot(page, "fwchk-flags-laptop");
            page.navigate(site() + "fieldwork/quality" + round);
            assertThat(page.locator("#fwchk-quality")).containsText("Nguyễn Văn Điều Tra");
            noSidewaysScroll(page, 1366);
            screenshot(page, "fwchk-quality-laptop");
        }
        try (BrowserContext context = context(1024, 768)) {
            Page page = signIn(context, "giamsat");
            page.navigate(site() + "fieldwork/callbacks" + round);
            assertThat(page.locator("#fwchk-callbacks")).isVisible();
            noSidewaysScroll(page, 1024);
            screenshot(page, "fwchk-callbacks-tablet");
            page.locator("#fwchk-callbacks vaadin-button").first().click();
            assertThat(page.locator("#fwchk-reached")).isVisible();
            page.locator("#fwchk-reached vaadin-radio-button").first().click();
            assertThat(page.locator("#fwchk-confirmed")).isVisible();
            page.locator("#fwchk-save").click();
            screenshot(page, "fwchk-callback-dialog-tablet");
            page.locator("#fwchk-reached vaadin-radio-button").nth(1).click();
            page.locator("#fwchk-save").click();
            assertThat(page.locator("#fwchk-callbacks")).containsText("Chưa liên lạc được");
            page.navigate(site() + "fieldwork/flags" + round);
            assertThat(page.locator("#fwchk-flags")).isVisible();
            noSidewaysScroll(page, 1024);
            screenshot(page, "fwchk-flags-tablet");
            page.locator("#fwchk-flags vaadin-button").nth(1).click();
            assertThat(page.locator("#change-reason")).isVisible();
            screenshot(page, "fwchk-flag-uphold-tablet");
            page.locator("#dismiss-change").click();
            page.navigate(site() + "fieldwork/quality" + round);
            assertThat(page.locator("#fwchk-quality")).isVisible();
            noSidewaysScroll(page, 1024);
            screenshot(page, "fwchk-quality-tablet");
        }
        try (BrowserContext context = context(1366, 768)) {
            Page page = signIn(context, "thongke");
            page.navigate(site() + "fieldwork/quality" + round);
            assertThat(page.locator("#fwchk-quality")).containsText("Bưu điện thành phố Hải Phòng");
            screenshot(page, "fwchk-quality-statistician");
        }
        try (BrowserContext context = context(1366, 768)) {
            Page page = signIn(context, "dieuphoi.haiphong");
            page.navigate(site() + "fieldwork/quality");
            assertThat(page.locator("#fwchk-none")).isVisible();
            screenshot(page, "fwchk-quality-empty");
        }
    }

    private static BrowserContext context(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
    }

    private static void noSidewaysScroll(Page page, int width) {
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(width);
    }
}
