package vn.thuocdo.survey.page;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.ServerTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.thuocdo.survey.page.Respondents.answerEveryVisibleQuestion;
import static vn.thuocdo.survey.page.Respondents.answerTheExperienceThroughItsSkipLogic;
import static vn.thuocdo.survey.page.Respondents.firstValue;
import static vn.thuocdo.survey.page.Respondents.next;
import static vn.thuocdo.survey.page.Respondents.phone;
import static vn.thuocdo.survey.page.Respondents.waitSaved;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public survey in Debian's Chromium as a citizen's cheap phone shows it (360 x 740, a phone's user agent):
 * the code typed, skip logic taking effect while answering (the script asks the server), a stop, the return in a
 * fresh browser with the same code to the same answers, the submission, and the refusals after it and after the
 * close. Screenshots at 360 px and 1366 px go to target/screenshots/public-survey-*.png. Rounds of 2077 and 2078.
 */
@ServerTest
class PublicSurveyBrowserTest extends BrowserTest {

    @LocalServerPort int port;
    @Autowired OnlineSurveys online;
    @Autowired SurveyWindow window;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCitizenAnswersOnAPhoneStopsResumesElsewhereAndSendsOnce() {
        OnlineSurveys.OpenRound round = open(2077);
        IssuedCode letter = online.letters(round, "T34-31").get(0);
        String code = letter.code().display();

        try (BrowserContext first = browser.newContext(phone())) {
            Page page = first.newPage();
            page.navigate(base() + "/khao-sat");
            // The whole first page as a slow connection carries it: the page and its style sheet.
            double bytes = ((Number) page.evaluate("() => performance.getEntriesByType('navigation')[0].transferSize"
                    + " + performance.getEntriesByType('resource').reduce((s, r) => s + r.transferSize, 0)")).doubleValue();
            assertThat(bytes).isGreaterThan(0).isLessThan(50 * 1024);
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
            shot(page, "code-360");
            // Typed as people type it from paper: lower case, spaces instead of hyphens.
            page.getByLabel("Mã khảo sát").fill(code.toLowerCase().replace('-', ' '));
            page.getByText("Bắt đầu trả lời").click();
            assertThat(page.locator("#tien-do")).hasText("Phần 1/5");
            shot(page, "intro-360");
            page.getByText("Tiếp", new Page.GetByTextOptions().setExact(true)).click();

            assertThat(page.locator("#tien-do")).hasText("Phần 2/5");
            answerEveryVisibleQuestion(page);
            shot(page, "profile-360");
            next(page);

            answerTheExperienceThroughItsSkipLogic(page, () -> shot(page, "experience-360"));
            next(page);

            // Not having used one, the service section is passed over: policies are part 4 of 5.
            assertThat(page.locator("#tien-do")).hasText("Phần 4/5");
            page.locator("#a-accountabilityInformation-" + firstValue(page, "accountabilityInformation")).check();
            page.locator("#a-accountabilityAnswers-na").check();
            waitSaved(page);
            shot(page, "policies-360");
        }

        // Another browser, no cookie, nothing remembered: the code alone brings back the answers.
        try (BrowserContext second = browser.newContext(phone())) {
            Page page = second.newPage();
            page.navigate(base() + "/khao-sat");
            page.getByLabel("Mã khảo sát").fill(letter.code().value());
            page.getByText("Bắt đầu trả lời").click();
            assertThat(page.locator("#tien-do")).hasText("Phần 4/5");
            assertThat(page.locator("#a-accountabilityAnswers-na")).isChecked();
            assertThat(second.cookies()).isEmpty();
            answerEveryVisibleQuestion(page);
            next(page);

            assertThat(page.locator("#tien-do")).hasText("Phần 5/5");
            page.getByLabel("Ý kiến khác của ông/bà (nếu có)").fill("<script>document.title='x'</script> Cán bộ tận tình");
            page.getByText("Gửi phiếu").click();
            // Priorities not chosen: the summary on top links to the question, which says why.
            assertThat(page.locator("#tom-tat-loi")).containsText("Bắt buộc trả lời");
            assertThat(page.locator("#e-priorities")).hasText("Bắt buộc trả lời.");
            assertThat(page.getByLabel("Ý kiến khác của ông/bà (nếu có)"))
                    .hasValue("<script>document.title='x'</script> Cán bộ tận tình");
            shot(page, "errors-360");
            page.locator("#tom-tat-loi a").first().click();
            page.locator("#a-priorities-" + firstValue(page, "priorities")).check();
            page.getByText("Gửi phiếu").click();
            assertThat(page.locator("h1")).hasText("Xin cảm ơn ông/bà!");
            assertThat(page.title()).isNotEqualTo("x");
            shot(page, "thanks-360");
            assertThat(second.cookies()).isEmpty();
        }

        try (BrowserContext third = browser.newContext(phone())) {
            Page page = third.newPage();
            page.navigate(base() + "/s/" + letter.code().value());
            assertThat(page.locator(".notice")).containsText("Mỗi mã chỉ gửi được một lần");
            shot(page, "answered-360");
        }
        assertThat(jdbc.queryForObject("select count(*) from survey_response where round_id = ?", Long.class,
                round.id())).isOne();
    }

    @Test
    void aClosedSurveySaysWhenItEndedAndTheLaptopLayoutHolds() {
        OnlineSurveys.OpenRound round = open(2078);
        List<IssuedCode> letters = online.letters(round, "T34-31");
        try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN"))) {
            Page page = laptop.newPage();
            page.navigate(base() + "/khao-sat");
            shot(page, "code-1366");
            page.navigate(base() + "/s/" + letters.get(0).code().value());
            page.getByText("Tiếp", new Page.GetByTextOptions().setExact(true)).click();
            assertThat(page.locator("#tien-do")).hasText("Phần 2/5");
            shot(page, "profile-1366");

            window.close(round.id());
            page.navigate(base() + "/s/" + letters.get(1).code().value());
            assertThat(page.locator(".notice")).containsText("Cuộc khảo sát trực tuyến đã kết thúc ngày");
            shot(page, "closed-1366");
        }
        try (BrowserContext phone = browser.newContext(phone())) {
            Page page = phone.newPage();
            page.navigate(base() + "/s/" + letters.get(1).code().value());
            assertThat(page.locator("h1")).hasText("Ngoài thời gian khảo sát");
            shot(page, "closed-360");
        }
    }

    private OnlineSurveys.OpenRound open(int year) {
        OnlineSurveys.OpenRound round = online.open(year, List.of("T34-31"));
        jdbc.update("update survey_window set opened_at = opened_at - interval '1 minute' where round_id = ?", round.id());
        window.open(round.id(), round.sampleId(), Instant.now().plus(Duration.ofDays(30)));
        return round;
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("public-survey-" + name + ".png"))
                .setFullPage(true));
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
