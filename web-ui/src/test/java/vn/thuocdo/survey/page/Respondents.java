package vn.thuocdo.survey.page;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** What a citizen does on the public survey page, for the browser tests on PostgreSQL and on the embedded default. */
public final class Respondents {

    static final String PHONE = "Mozilla/5.0 (Linux; Android 11; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/120.0.0.0 Mobile Safari/537.36";

    private Respondents() {
    }

    /** A cheap phone: 360 x 740, touch, a phone's user agent, Vietnamese, Vietnam's time. */
    public static Browser.NewContextOptions phone() {
        return new Browser.NewContextOptions().setViewportSize(360, 740).setDeviceScaleFactor(2).setHasTouch(true)
                .setIsMobile(true).setUserAgent(PHONE).setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh");
    }

    /** The first choice of every question shown, as a respondent in a hurry would. */
    public static void answerEveryVisibleQuestion(Page page) {
        Locator groups = page.locator(".q:not([hidden]) fieldset");
        for (int i = 0; i < groups.count(); i++) {
            Locator first = groups.nth(i).locator("input").first();
            if ("checkbox".equals(first.getAttribute("type"))) {
                first.check();
            } else if (groups.nth(i).locator("input:checked").count() == 0) {
                first.check();
            }
        }
        waitSaved(page);
    }

    /**
     * Part 3, the citizen's experience, through its skip logic: having used a service shows its questions (and its
     * section: "Phần 3/6") as soon as the server says so, {@code whileShown} runs then; changing to not having used
     * one hides them again, and the section is left answered and saved.
     */
    public static void answerTheExperienceThroughItsSkipLogic(Page page, Runnable whileShown) {
        assertThat(page.locator("#tien-do")).hasText("Phần 3/5");
        page.locator("#a-policyInterest-interested").check();
        page.locator("#a-infoChannels-portal").check();
        assertThat(page.locator("#q-serviceArea")).isHidden();
        page.locator("#a-usedService-yes").check();
        assertThat(page.locator("#q-serviceArea")).isVisible();
        assertThat(page.locator("#tien-do")).hasText("Phần 3/6");
        page.locator("#a-serviceArea-" + firstValue(page, "serviceArea")).check();
        whileShown.run();
        page.locator("#a-usedService-no").check();
        assertThat(page.locator("#q-serviceArea")).isHidden();
        assertThat(page.locator("#tien-do")).hasText("Phần 3/5");
        page.locator("#a-preferredChannel-online").check();
        waitSaved(page);
    }

    public static String firstValue(Page page, String questionId) {
        return page.locator("#q-" + questionId + " input").first().getAttribute("value");
    }

    public static void next(Page page) {
        page.getByText("Tiếp", new Page.GetByTextOptions().setExact(true)).click();
    }

    public static void waitSaved(Page page) {
        assertThat(page.locator("#trang-thai")).hasText("Đã lưu.");
    }
}
