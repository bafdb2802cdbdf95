package vn.thuocdo.survey.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.ServerTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The preview in Debian's Chromium at a cheap phone's 360 x 740 and at a laptop's 1366 x 768: the first answers
 * given by tapping, a skip taking effect at once, and the screenshots a person looks at for layout and diacritics.
 */
@ServerTest
class QuestionnairePreviewBrowserTest extends BrowserTest {

    private static final String PREVIEW = "survey/questionnaires/preview?ref=sipas-citizen@1";

    @Test
    void onAPhoneTheFirstAnswersAreTappedAndASkipTakesEffectAtOnce() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(360, 740)
                .setDeviceScaleFactor(2).setHasTouch(true).setIsMobile(true)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + PREVIEW);
            // Until the respondent says they used a service, its section is not asked and not counted.
            assertThat(page.locator("#section-progress")).hasText("Phần 1/5");
            screenshot(page, "questionnaire-preview-phone-top");
            page.locator("#section-next").click();
            assertThat(page.locator("#section-progress")).hasText("Phần 2/5");
            choose(page, "ageBand", "Từ 26 đến 35 tuổi");
            choose(page, "sex", "Nữ");
            // Nothing may stick out sideways on a 360 px screen.
            org.assertj.core.api.Assertions.assertThat(
                    ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
            screenshot(page, "questionnaire-preview-phone");
            page.locator("#section-next").click();
            assertThat(page.locator("#section-progress")).hasText("Phần 3/5");
            assertThat(page.locator("#q-serviceArea")).isHidden();
            choose(page, "usedService", "Có");
            assertThat(page.locator("#q-serviceArea")).isVisible();
            assertThat(page.locator("#section-progress")).hasText("Phần 3/6");
            page.locator("#q-serviceArea").scrollIntoViewIfNeeded();
            screenshot(page, "questionnaire-preview-phone-skip");
            choose(page, "usedService", "Không");
            assertThat(page.locator("#q-serviceArea")).isHidden();
            assertThat(page.locator("#section-progress")).hasText("Phần 3/5");
            page.locator("#section-next").click();
            assertThat(page.locator("#q-accountabilityInformation").getByText("Rất không hài lòng")).isVisible();
            screenshot(page, "questionnaire-preview-phone-scale");
        }
    }

    @Test
    void onALaptopThePhoneFrameShowsTheCitizensLayout() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + PREVIEW);
            assertThat(page.locator("#section-progress")).hasText("Phần 1/5");
            screenshot(page, "questionnaire-preview-desktop");
            for (int part = 1; part <= 3; part++) {
                page.locator("#section-next").click();
            }
            assertThat(page.locator("#section-progress")).hasText("Phần 4/5");
            screenshot(page, "questionnaire-preview-desktop-scale");
            page.locator("#phone-frame").click();
            assertThat(page.locator("#preview-frame")).hasClass(java.util.regex.Pattern.compile(".*td-phone-frame.*"));
            org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate(
                    "document.querySelector('#questionnaire-form').getBoundingClientRect().width")).doubleValue())
                    .isLessThanOrEqualTo(360.0);
            page.locator("#check").click();
            assertThat(page.locator("#check-result")).containsText("chưa hợp lệ");
            assertThat(page.locator("#error-ageBand")).hasText("Bắt buộc trả lời.");
            screenshot(page, "questionnaire-preview-desktop-phone-frame");
            // An enumerator's tablet: the frame off again, the form in the page's width.
            page.locator("#phone-frame").click();
            page.setViewportSize(768, 1024);
            assertThat(page.locator("#error-ageBand")).isVisible();
            screenshot(page, "questionnaire-preview-tablet");
        }
    }

    /** Taps an option by its label, as a person does, within one question. */
    private static void choose(Page page, String questionId, String label) {
        page.locator("#answer-" + questionId).getByRole(AriaRole.RADIO,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName(label).setExact(true)).check();
    }
}
