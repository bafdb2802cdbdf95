package vn.thuocdo.evidence.ui;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.thuocdo.evidence.EvidenceFile;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.evidence.EvidenceSamples;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.testing.EvidenceContext;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence panel in Debian's Chromium on a 1366 × 768 laptop: a real PDF uploaded, listed, previewed and
 * downloaded with the detected type as an attachment; an executable renamed .pdf refused in Vietnamese; another
 * province's officer refused the download. Screenshots: target/screenshots/evidence-*.png. Rounds in 2060-2061.
 */
@ServerTest
@EvidenceContext
@Import(EvidenceHostView.Route.class)
class EvidenceBrowserTest extends BrowserTest {

    @Autowired Rounds rounds;
    @Autowired EvidenceFiles evidence;

    @Test
    void anOfficerUploadsAPdfAndARenamedProgramAndOnlyThePdfIsKeptPreviewedAndDownloadable() throws Exception {
        String round = rounds.prepare(new NewRound(2060, "Đợt thử tài liệu kiểm chứng", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(20)),
                TestActors.COORDINATOR).id();
        byte[] pdf = plan();
        String address = site() + EvidenceHostView.PATH + "?round=" + round + "&unit=T34-31&criterion=1.2.3";

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh").setAcceptDownloads(true))) {
            Page page = signIn(context, "haiphong");
            page.navigate(address);
            assertThat(page.locator("#evidence-limits")).containsText("Tối đa 20 MB mỗi tệp");
            screenshot(page, "evidence-01-empty");

            page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload(
                    "Kế hoạch cải cách hành chính 2031.pdf", "application/pdf", pdf));
            assertThat(page.locator("#evidence-message")).hasText(
                    "Đã nhận tệp Kế hoạch cải cách hành chính 2031.pdf (" + sizeText(pdf.length) + ").");
            assertThat(page.locator("#evidence-files")).containsText("Kế hoạch cải cách hành chính 2031.pdf");

            page.locator("#evidence-upload input[type=file]").setInputFiles(new FilePayload(
                    "bao-cao-quy-4.pdf", "application/pdf", EvidenceSamples.windowsProgram()));
            assertThat(page.locator("#evidence-message")).hasText(
                    "Tệp là chương trình chạy được (Windows EXE/DLL (MZ)), không phải tài liệu: không nhận.");
            screenshot(page, "evidence-02-refused-program");
            List<EvidenceFile> kept = evidence.list(TestActors.HAI_PHONG, round, "T34-31");
            assertThat(kept).extracting(EvidenceFile::fileName).containsExactly("Kế hoạch cải cách hành chính 2031.pdf");
            EvidenceFile file = kept.get(0);

            page.getByText("Xem trước").first().click();
            assertThat(page.locator("vaadin-dialog-overlay img.evidence-preview-page")).hasCount(2);
            page.waitForFunction("() => [...document.querySelectorAll('vaadin-dialog-overlay img')]"
                    + ".every(i => i.complete && i.naturalWidth > 0)");
            screenshot(page, "evidence-03-preview");
            page.getByText("Đóng").click();

            Download download = page.waitForDownload(() -> page.getByText("Tải về").first().click());
            assertThat(download.suggestedFilename()).isEqualTo("Kế hoạch cải cách hành chính 2031.pdf");
            assertThat(Files.readAllBytes(download.path())).isEqualTo(pdf);

            // The same list on a tablet held upright and on a phone, to look at.
            page.setViewportSize(800, 1280);
            screenshot(page, "evidence-04-tablet");
            page.setViewportSize(360, 740);
            screenshot(page, "evidence-05-phone");

            APIResponse served = context.request().get(site() + "tai-lieu/" + file.id());
            assertThat(served.status()).isEqualTo(200);
            assertThat(served.headers().get("content-type")).isEqualTo("application/pdf");
            assertThat(served.headers().get("x-content-type-options")).isEqualTo("nosniff");
            assertThat(served.headers().get("content-disposition")).startsWith("attachment;")
                    .contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch");

            try (BrowserContext hanoi = browser.newContext()) {
                signIn(hanoi, "hanoi");
                APIResponse refused = hanoi.request().get(site() + "tai-lieu/" + file.id());
                assertThat(refused.status()).isEqualTo(403);
                assertThat(refused.text()).doesNotContain("%PDF");
            }
            try (BrowserContext anonymous = browser.newContext()) {
                APIResponse refused = anonymous.request().get(site() + "tai-lieu/" + file.id());
                assertThat(refused.text()).doesNotContain("%PDF");
                assertThat(refused.url()).contains("/login");
            }
        }
    }

    /**
     * The download's access matrix: every demo account signs in through the login form and asks for a Hải Phòng
     * file. Hải Phòng's officer and leader, and the coordinator of the round's organiser (BO-BNV), get it; everyone
     * else - another province, Hải Phòng's department, a coordinator of another organiser, the appraiser and the
     * council member without an assignment port, fieldwork, operators - gets 403 and not one byte of it.
     */
    @Test
    void everyDemoAccountGetsExactlyTheDownloadsItsRoleAndUnitAllow() throws Exception {
        String round = rounds.prepare(new NewRound(2061, "Đợt thử quyền tải tài liệu", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(20)),
                TestActors.COORDINATOR).id();
        EvidenceFile file = evidence.attach(TestActors.HAI_PHONG, round, "T34-31", "2.1", "mat.pdf",
                new java.io.ByteArrayInputStream(EvidenceSamples.pdf("mat")));
        java.util.Set<String> allowed = java.util.Set.of("haiphong", "lanhdao.haiphong", "dieuphoi");
        List<String> wrong = new java.util.ArrayList<>();
        // Each account signs in on the login form over HTTP (a browser per account took a minute of every build; the
        // download in a real browser is the test above): the answer is the server's decision either way.
        for (var account : identity.demoAccounts()) {
            java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
                    .cookieHandler(new java.net.CookieManager())
                    .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
            assertThat(vn.thuocdo.testing.FormSignIn.signIn(client, java.net.URI.create(site()), account.username(),
                    "thuocdo").statusCode()).as(account.username()).isEqualTo(302);
            java.net.http.HttpResponse<byte[]> answer = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(site() + "tai-lieu/" + file.id())).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            int expected = allowed.contains(account.username()) ? 200 : 403;
            boolean leaked = expected == 403 && new String(answer.body(), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .contains("%PDF");
            if (answer.statusCode() != expected || leaked) {
                wrong.add(account.username() + ": " + answer.statusCode() + (leaked ? " with the file" : ""));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Autowired vn.thuocdo.web.IdentityProperties identity;

    private static String sizeText(int bytes) {
        return bytes >= 1024 ? vn.thuocdo.evidence.FileSizes.size(bytes) : bytes + " byte";
    }

    /** Two A4 pages, as an officer's scanned plan would be (text in the PDF's standard font). */
    private static byte[] plan() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int i = 1; i <= 2; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    text.beginText();
                    text.setFont(font, 20);
                    text.newLineAtOffset(60, 760);
                    text.showText("UBND THANH PHO HAI PHONG");
                    text.newLineAtOffset(0, -36);
                    text.showText("Ke hoach cai cach hanh chinh 2031 - trang " + i);
                    text.endText();
                    text.addRect(60, 400, 470, 300);
                    text.stroke();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
