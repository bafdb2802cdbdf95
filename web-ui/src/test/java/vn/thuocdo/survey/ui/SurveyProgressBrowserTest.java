package vn.thuocdo.survey.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.response.Channel;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.ServerTest;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The progress screen, a province's own and the microdata page in Debian's Chromium at a laptop's 1366 x 768 and a
 * tablet's 768 x 1024: the figures and bars on screen, nothing sticking out sideways, and screenshots to look at.
 * Round of 2072.
 */
@ServerTest
class SurveyProgressBrowserTest extends BrowserTest {

    @Autowired OnlineSurveys online;
    @Autowired Responses responses;
    @Autowired Questionnaires questionnaires;

    @Test
    void theCoordinatorTheProvinceAndTheStatisticianSeeTheirPages() {
        OnlineSurveys.OpenRound round = online.open(2072, List.of("T34-31", "T34-01"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        for (int i = 0; i < 3; i++) {
            responses.submit(letters.get(i).code().value(), CompleteAnswers.of(sipas, i), Channel.WEB, null);
        }
        try (BrowserContext context = laptop()) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + "survey/progress?round=" + round.id());
            assertThat(page.locator("#progress-total")).containsText("Tổng cộng: 3 / ");
            page.locator("#progress-provinces").getByText("Thành phố Hải Phòng").click();
            assertThat(page.locator("#progress-communes")).isVisible();
            noSidewaysScroll(page, 1366);
            screenshot(page, "survey-progress-desktop");
            page.setViewportSize(768, 1024);
            screenshot(page, "survey-progress-tablet");
            page.setViewportSize(1366, 768);
            page.navigate(site() + "rounds/dashboard/" + round.id());
            assertThat(page.getByText("3 / " + letters.size() + " phiếu", new Page.GetByTextOptions())).isVisible();
            screenshot(page, "survey-progress-dashboard");
        }
        try (BrowserContext context = laptop()) {
            Page page = signIn(context, "haiphong");
            page.navigate(site() + "survey/my-progress?round=" + round.id());
            assertThat(page.locator("#progress-total")).containsText("Tổng cộng: 3 / " + letters.size());
            noSidewaysScroll(page, 1366);
            screenshot(page, "survey-my-progress-desktop");
        }
        try (BrowserContext context = laptop()) {
            Page page = signIn(context, "thongke");
            assertThat(page.locator("#microdata-citizens")).isVisible();
            noSidewaysScroll(page, 1366);
            screenshot(page, "survey-microdata-desktop");
        }
    }

    private static BrowserContext laptop() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
    }

    private static void noSidewaysScroll(Page page, int width) {
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(width);
    }
}
