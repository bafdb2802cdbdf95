package vn.thuocdo.fieldwork.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.DoubleEntries;
import vn.thuocdo.fieldwork.EntryMode;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Paradata;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The second entry on an enumerator's tablet (1024 x 768 and 800 x 1280) and the differences on a supervisor's
 * laptop (1366 x 768), in Debian's Chromium: nothing sticking out sideways, screenshots to look at. Round 2052.
 */
@ServerTest
class DoubleEntryBrowserTest extends BrowserTest {

    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Interviews interviews;
    @Autowired DoubleEntries entries;
    @Autowired Questionnaires questionnaires;

    @Test
    void theEnumeratorTypesAFormAgainAndTheSupervisorSeesTheDifferences() {
        FieldworkScene.Team team = scene.withVillageAssigned(2052);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "dieutravien", "Ngô Thị Hương",
                TeamRole.ENUMERATOR);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "giamsat", "Hoàng Văn Bình",
                TeamRole.SUPERVISOR);
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> first = CompleteAnswers.of(sipas, 31);
        List<Long> slots = scene.households(team, team.commune());
        String id = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), id, slots.get(0), first, Paradata.NONE, EntryMode.PAPER);

        try (BrowserContext context = sized(1024, 768)) {
            Page page = signIn(context, "dieutravien");
            page.navigate(site() + "fieldwork/second-entry?round=" + team.roundId());
            assertThat(page.locator("#second-entry-forms")).containsText("Nguyễn Văn Điều Tra");
            noSidewaysScroll(page, 1024);
            screenshot(page, "fwproc-second-entry-list-tablet");
            page.locator("#type-" + id).click();
            assertThat(page.locator("#questionnaire-form")).isVisible();
            screenshot(page, "fwproc-second-entry-form-tablet");
            page.locator("#send-second-entry").click();
            assertThat(page.locator("#form-errors, .td-q-error").first()).isVisible();
            screenshot(page, "fwproc-second-entry-refused-tablet");
            page.setViewportSize(800, 1280);
            noSidewaysScroll(page, 800);
            screenshot(page, "fwproc-second-entry-form-portrait");
        }

        Map<String, Object> second = new HashMap<>(first);
        String otherSex = sipas.choicesOf(sipas.question("sex").orElseThrow()).stream().map(o -> o.key())
                .filter(k -> !k.equals(first.get("sex"))).findFirst().orElseThrow();
        second.put("sex", otherSex);
        entries.enter(DoubleEntryViewsTest.SECOND, id, second);

        try (BrowserContext context = sized(1366, 768)) {
            Page page = signIn(context, "giamsat");
            page.navigate(site() + "fieldwork/entry-differences?round=" + team.roundId());
            assertThat(page.locator("#form-" + id)).containsText("Ngô Thị Hương");
            noSidewaysScroll(page, 1366);
            screenshot(page, "fwproc-differences-laptop");
            page.locator("#keep-second-sex").click();
            page.locator("#settle-reason textarea").fill("Phiếu giấy ghi rõ ô thứ hai");
            screenshot(page, "fwproc-differences-dialog");
            page.locator("#settle-confirm").click();
            assertThat(page.locator("#no-differences")).isVisible();
            screenshot(page, "fwproc-differences-empty");
            page.setViewportSize(1024, 768);
            noSidewaysScroll(page, 1024);
        }
    }

    private static BrowserContext sized(int width, int height) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height).setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
    }

    private static void noSidewaysScroll(Page page, int width) {
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(width);
    }
}
