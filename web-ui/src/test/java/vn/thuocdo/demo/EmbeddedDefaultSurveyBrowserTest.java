package vn.thuocdo.demo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.survey.SurveyChoice;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.survey.page.Respondents.answerEveryVisibleQuestion;
import static vn.thuocdo.survey.page.Respondents.answerTheExperienceThroughItsSkipLogic;
import static vn.thuocdo.survey.page.Respondents.firstValue;
import static vn.thuocdo.survey.page.Respondents.next;
import static vn.thuocdo.survey.page.Respondents.phone;

/**
 * The online survey in the newcomer's mode (H2 in a data folder, built-in accounts, the demo rounds), in Debian's
 * Chromium: the coordinator approves the demo round's sample, downloads Hải Phòng's invitation letters through the
 * browser, and a household answers with the code printed in its letter on a phone: skip logic, a stop, the return
 * in another browser, the submission, and the same code refused afterwards. Its own H2 database, apart from
 * {@link EmbeddedDefaultSmokeTest}'s, which expects the demo survey still waiting for the coordinator.
 */
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:file:./target/smoke-data/survey-${random.uuid}",
                "thuocdo.demo.enabled=true",
                "spring.main.banner-mode=off"})
class EmbeddedDefaultSurveyBrowserTest extends BrowserTest {

    private static final Pattern CODE = Pattern.compile("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{3}");

    @Autowired Rounds rounds;
    @Autowired Samples samples;
    @Autowired SurveyWindow window;
    @Autowired JdbcClient db;

    @Test
    void theDemoRoundsLettersAreDownloadedAndAHouseholdAnswersOnAPhoneOnce() throws Exception {
        int lastYear = java.time.LocalDate.now().getYear() - 1;
        Round demo = rounds.visibleTo(TestActors.COORDINATOR).stream().filter(r -> r.year() == lastYear)
                .findFirst().orElseThrow();
        samples.choose(samples.openTask(demo.id(), SurveyForms.DESIGN).orElseThrow(),
                new SurveyChoice("sipas-citizen@1", "par-officials@1", "sipas-province@1"), 2026, TestActors.COORDINATOR);
        samples.approve(samples.openTask(demo.id(), SurveyForms.REVIEW).orElseThrow(), TestActors.COORDINATOR);
        // Approval opens the online survey through the engine's job executor, as it does for a newcomer.
        for (int i = 0; i < 300 && window.of(demo.id()).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(window.of(demo.id())).as("the online survey opened").isPresent();

        Path zip = SHOTS.resolve("embedded-letters-T34-31.zip");
        try (BrowserContext laptop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setAcceptDownloads(true))) {
            Page page = signIn(laptop, "dieuphoi");
            page.navigate(site() + "survey/invitations?round=" + demo.id());
            assertThat(page.locator("#no-letters")).isVisible();
            page.locator("#issue-T34-31").click();
            Download download = page.waitForDownload(() -> page.locator("#letters-download").click());
            download.saveAs(zip);
            screenshot(page, "embedded-invitations");
        }
        List<String> pdfs = new ArrayList<>();
        String code = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().endsWith(".pdf")) {
                    pdfs.add(entry.getName());
                    if (code == null) {
                        code = firstCode(in);
                    }
                }
            }
        }
        assertThat(pdfs).as("a PDF per sampled commune").isNotEmpty();
        assertThat(code).as("the code printed in the first letter").isNotNull();
        String printed = code;

        try (BrowserContext first = browser.newContext(phone())) {
            Page page = first.newPage();
            page.navigate(site() + "khao-sat");
            page.getByLabel("Mã khảo sát").fill(printed.toLowerCase());
            page.getByText("Bắt đầu trả lời").click();
            assertThat(page.locator("#tien-do")).hasText("Phần 1/5");
            next(page);
            answerEveryVisibleQuestion(page);
            next(page);
            answerTheExperienceThroughItsSkipLogic(page, () -> screenshot(page, "embedded-survey-360"));
        }
        try (BrowserContext second = browser.newContext(phone())) {
            Page page = second.newPage();
            page.navigate(site() + "s/" + printed);
            assertThat(page.locator("#tien-do")).hasText("Phần 3/5");
            assertThat(page.locator("#a-preferredChannel-online")).isChecked();
            next(page);
            answerEveryVisibleQuestion(page);
            next(page);
            assertThat(page.locator("#tien-do")).hasText("Phần 5/5");
            page.locator("#a-priorities-" + firstValue(page, "priorities")).check();
            page.getByText("Gửi phiếu").click();
            assertThat(page.locator("h1")).hasText("Xin cảm ơn ông/bà!");
        }
        try (BrowserContext third = browser.newContext(phone())) {
            Page page = third.newPage();
            page.navigate(site() + "khao-sat");
            page.getByLabel("Mã khảo sát").fill(printed);
            page.getByText("Bắt đầu trả lời").click();
            assertThat(page.locator(".notice")).containsText("Mỗi mã chỉ gửi được một lần");
            screenshot(page, "embedded-answered-360");
        }
        assertThat(db.sql("select count(*) from survey_response where round_id = ?").param(demo.id())
                .query(Long.class).single()).isOne();
    }

    /** The first invitation code printed in a letter PDF read from the ZIP (left open for the next entry). */
    private static String firstCode(InputStream entry) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        entry.transferTo(bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes.toByteArray())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setEndPage(1);
            Matcher found = CODE.matcher(text.getText(pdf));
            return found.find() ? found.group() : null;
        }
    }
}
