package vn.thuocdo.survey.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.ServerTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * "Thư mời khảo sát" in Debian's Chromium at a laptop's 1366 x 768 and a tablet's 768 x 1024: the real download of
 * a province's ZIP through the browser, the warning before issuing again, and the screenshots a person looks at.
 * Year 2086.
 */
@ServerTest
class InvitationsBrowserTest extends BrowserTest {

    @Autowired OnlineSurveys online;

    @Test
    void theCoordinatorDownloadsAProvincesZipAndIsWarnedBeforeIssuingAgain() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2086, List.of("T34-31", "T34-01", "T34-79"));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setAcceptDownloads(true))) {
            Page page = signIn(context, "dieuphoi");
            page.navigate(site() + "survey/invitations");
            assertThat(page.locator("#letters-round")).isVisible();
            screenshot(page, "invitations-choose-round");
            page.navigate(site() + "survey/invitations?round=" + round.id());
            assertThat(page.locator("#no-letters")).isVisible();
            assertThat(page.locator("#letters-deadline")).containsText("Thư mời in hạn trả lời: hết ngày");
            screenshot(page, "invitations-laptop-none");

            page.locator("#issue-T34-31").click();
            assertThat(page.locator("#letters-commune")).isVisible();
            assertThat(page.locator("#letters-reissue")).isHidden();
            page.waitForTimeout(500);
            screenshot(page, "invitations-dialog");
            Download download = page.waitForDownload(() -> page.locator("#letters-download").click());
            Path zip = SHOTS.resolve("invitations-T34-31.zip");
            download.saveAs(zip);
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename())
                    .matches("thu-moi-2086-31-thanh-pho-hai-phong\\.zip");
            byte[] bytes = Files.readAllBytes(zip);
            org.assertj.core.api.Assertions.assertThat(bytes.length).isGreaterThan(10_000);
            org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                    .isEqualTo("PK");

            // The counts after the download, once the page is shown again.
            page.navigate(site() + "survey/invitations?round=" + round.id());
            assertThat(page.locator("#no-letters")).isHidden();
            page.locator("#issue-T34-31").click();
            assertThat(page.locator("#letters-reissue")).containsText("Tạo lại sẽ vô hiệu các mã chưa được trả lời");
            page.waitForTimeout(500);
            screenshot(page, "invitations-reissue-warning");
            page.setViewportSize(768, 1024);
            page.waitForTimeout(300);
            screenshot(page, "invitations-tablet-dialog");
            page.locator("#letters-cancel").click();
            assertThat(page.locator("#letters-commune")).isHidden();
            // The action column stays in view; the counts scroll under it.
            assertThat(page.locator("#issue-T34-79")).isInViewport();
            screenshot(page, "invitations-tablet");
        }
    }
}
