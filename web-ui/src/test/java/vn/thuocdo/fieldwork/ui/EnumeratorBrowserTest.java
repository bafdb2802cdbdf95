package vn.thuocdo.fieldwork.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static vn.thuocdo.fieldwork.ui.TabletInterviews.answerEverySection;

/**
 * The demo enumerator (dieutravien) on a tablet in Debian's Chromium, landscape 1024 x 768 and portrait 800 x 1280:
 * the empty list, then the households of a village, an interview answered through the questionnaire's skip logic
 * and completed, and the no-interview dialog; nothing sticks out sideways. Round of 2043. Screenshots also go to
 * /tmp/shots/fw-enumerator.
 */
@ServerTest
class EnumeratorBrowserTest extends BrowserTest {

    private static final Path OUT = Paths.get("/tmp/shots/fw-enumerator");
    private static final int[][] TABLETS = {{1024, 768}, {800, 1280}};

    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Assignments assignments;

    @Test
    void theEnumeratorSeesTheirHouseholdsInterviewsOneThroughItsSkipLogicAndSeesItCompleted() throws Exception {
        for (int[] size : TABLETS) {
            try (BrowserContext context = tablet(size)) {
                Page page = signIn(context, "dieutravien");
                assertThat(page.locator("#fwenum-empty")).containsText("Bạn chưa được giao hộ nào");
                shot(page, "empty", size);
            }
        }
        FieldworkScene.Team team = scene.setUp(2043);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "dieutravien", "Ngô Thị Hương",
                TeamRole.ENUMERATOR);
        List<Long> slots = scene.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), "dieutravien");
        for (int i = 0; i < TABLETS.length; i++) {
            int[] size = TABLETS[i];
            long slot = slots.get(i);
            // The whole interview once, on the landscape tablet; the portrait one shows each screen's layout (the
            // same questionnaire answered twice took most of a minute of every build and proved nothing more).
            boolean wholeInterview = i == 0;
            try (BrowserContext context = tablet(size)) {
                Page page = signIn(context, "dieutravien");
                String list = page.url();
                assertThat(page.locator("#fwenum-villages")).containsText("Chỉ thay hộ được chọn");
                noSidewaysScroll(page, size[0]);
                shot(page, "list", size);
                if (!wholeInterview) {
                    noInterviewDialog(page, slots.get(2 + i), size);
                    page.navigate(list);
                }

                page.locator("#fwenum-household-" + slot).click();
                assertThat(page.locator("#fwenum-where")).containsText("Hộ số " + (i + 1));
                noSidewaysScroll(page, size[0]);
                shot(page, "interview", size);
                page.locator("#section-next").click();
                assertThat(page.locator("#q-sex")).isVisible();
                noSidewaysScroll(page, size[0]);
                shot(page, "interview-profile", size);
                if (!wholeInterview) {
                    continue;
                }
                answerEverySection(page);
                noSidewaysScroll(page, size[0]);
                page.locator("#fwenum-complete").click();
                try {
                    assertThat(page.locator("#fwenum-household-" + slot)).containsText("Đã hoàn thành");
                } finally {
                    shot(page, "completed", size);
                }
                noInterviewDialog(page, slots.get(2 + i), size);
            }
        }
    }

    private static void noInterviewDialog(Page page, long slot, int[] size) throws Exception {
        page.locator("#fwenum-household-" + slot).click();
        page.locator("#fwenum-no-interview").click();
        page.locator("#fwenum-outcome-code input").first().check();
        assertThat(page.locator("#fwenum-outcome-dialog")).isAttached();
        shot(page, "outcome", size);
        page.locator("#fwenum-outcome-cancel").click();
    }

    private static BrowserContext tablet(int[] size) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(size[0], size[1])
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setHasTouch(true));
    }

    private static void shot(Page page, String name, int[] size) throws Exception {
        String file = "fwenum-" + name + "-" + size[0] + "x" + size[1];
        screenshot(page, file);
        Files.createDirectories(OUT);
        Files.copy(SHOTS.resolve(file + ".png"), OUT.resolve(file + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static void noSidewaysScroll(Page page, int width) {
        org.assertj.core.api.Assertions.assertThat(((Number) page.evaluate("document.documentElement.scrollWidth"))
                .intValue()).isLessThanOrEqualTo(width);
    }
}
