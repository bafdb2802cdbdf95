package vn.thuocdo.fieldwork.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The enumerator's way through the interview screen's questionnaire in Chromium, shared by the browser tests that
 * answer one (the fieldwork screens' own and the embedded default's walkthrough).
 */
public final class TabletInterviews {

    private TabletInterviews() {
    }

    /**
     * Answers each section as shown, taking the first offered answer of every question asked, again as skip logic
     * brings in more; checks on the way that the service questions appear only once "yes" is answered.
     */
    public static void answerEverySection(Page page) {
        for (int section = 0; section < 10; section++) {
            if (page.locator("#q-usedService").isVisible()) {
                assertThat(page.locator("#q-serviceArea")).isHidden();
            }
            Locator open = page.locator(".td-q-section:not([hidden]) vaadin-radio-group[id^='answer-']"
                    + ":not(:has(input:checked)):visible, .td-q-section:not([hidden])"
                    + " vaadin-checkbox-group[id^='answer-']:not(:has(input:checked)):visible");
            // One question at a time: each answer may bring in others (skip logic), so the list is read again.
            for (int asked = 0; asked < 100 && open.count() > 0; asked++) {
                Locator group = open.first();
                String id = group.getAttribute("id");
                answer(page, id);
            }
            if (page.locator("#q-usedService").isVisible()) {
                assertThat(page.locator("#q-serviceArea")).isVisible();
            }
            if (!page.locator("#section-next").isVisible()) {
                return;
            }
            String before = page.locator("#section-progress").textContent();
            page.locator("#section-next").click();
            // The next section is the server's answer: wait for it before reading what it asks.
            assertThat(page.locator("#section-progress")).not().hasText(before);
        }
    }

    /**
     * Ticks the first answer of a question once the server has answered the previous tap. A section that skip logic
     * is redrawing can take a tap meant for its old copy (seen once in CI under load): the tick is then not there,
     * and, as a person would, the test taps again, at most twice more.
     */
    private static void answer(Page page, String id) {
        Locator checked = page.locator("#" + id + " input:checked").first();
        for (int tap = 1; ; tap++) {
            waitForServer(page);
            page.locator("#" + id + " input").first().check();
            waitForServer(page);
            if (checked.count() > 0 || tap == 3) {
                assertThat(checked).isAttached();
                return;
            }
        }
    }

    /** Vaadin's own "no request in flight" (what TestBench's waitForVaadin reads). */
    static void waitForServer(Page page) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }
}
