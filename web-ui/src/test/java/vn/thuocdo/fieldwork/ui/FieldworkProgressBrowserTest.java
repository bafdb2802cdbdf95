package vn.thuocdo.fieldwork.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.ReviewComment;
import vn.thuocdo.fieldwork.Reviews;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.ServerTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Fieldwork progress in Debian's Chromium at an officer's 1366 x 768: the dashboard's section with its bars and
 * chart, and a province's own page; nothing sticks out sideways. Screenshots: target/screenshots/fwprog-*.png.
 * Round of 2058.
 */
@ServerTest
class FieldworkProgressBrowserTest extends BrowserTest {

    @Autowired FieldworkScene scene;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired Questionnaires questionnaires;
    @Autowired Clock clock;

    @Test
    void theDashboardAndTheProvincesPageShowFieldworkProgressAtALaptopsSize() {
        FieldworkScene.Team team = scene.withVillageAssigned(2058);
        List<Long> slots = scene.households(team, team.commune());
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Instant now = clock.instant();
        int[] daysAgo = {6, 5, 5, 3, 2, 1, 1};
        String[] ids = new String[daysAgo.length];
        for (int k = 0; k < daysAgo.length; k++) {
            Instant ended = now.minus(Duration.ofDays(daysAgo[k]));
            ids[k] = UUID.randomUUID().toString();
            interviews.complete(team.enumerator(), ids[k], slots.get(k), CompleteAnswers.of(sipas, k),
                    new Paradata(ended.minus(Duration.ofMinutes(30)), ended, Map.of(), "Galaxy Tab"),
                    EntryMode.INTERVIEW);
        }
        reviews.approve(team.supervisor(), ids[0]);
        reviews.reject(team.supervisor(), ids[1], List.of(new ReviewComment.New("sex", "Hỏi lại")), "Cần hỏi lại");
        interviews.recordOutcome(team.enumerator(), slots.get(8), Outcome.REFUSED, 1, null, null);
        interviews.recordOutcome(team.enumerator(), slots.get(9), Outcome.ABSENT, 3, null, null);

        try (BrowserContext context = laptop()) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + "rounds/dashboard/" + team.roundId());
            assertThat(page.locator("#fieldwork-total")).containsText("Đã phỏng vấn 7 / ");
            assertThat(page.locator("#fieldwork-grid")).containsText("Bưu điện thành phố Hải Phòng");
            page.locator("#fieldwork-progress").scrollIntoViewIfNeeded();
            noSidewaysScroll(page, 1366);
            shot(page, "dashboard-fieldwork");
        }
        try (BrowserContext context = laptop()) {
            Page page = signIn(context, "haiphong");
            page.navigate(site() + "survey/my-progress?round=" + team.roundId());
            assertThat(page.locator("#fieldwork-total")).containsText("Đã phỏng vấn 7 / ");
            org.assertj.core.api.Assertions.assertThat(page.content()).doesNotContain(team.enumerator().displayName())
                    .doesNotContain(team.enumerator().username());
            page.locator("#fieldwork-progress").scrollIntoViewIfNeeded();
            noSidewaysScroll(page, 1366);
            shot(page, "my-progress-fieldwork");
        }
    }

    private static BrowserContext laptop() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
    }

    private static void shot(Page page, String name) {
        page.waitForTimeout(300);
        screenshot(page, "fwprog-" + name);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("fwprog-" + name + "-viewport.png")));
    }

    private static void noSidewaysScroll(Page page, int width) {
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(width);
    }
}
