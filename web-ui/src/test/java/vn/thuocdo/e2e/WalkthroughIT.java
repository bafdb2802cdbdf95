package vn.thuocdo.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.PackagedApplication;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The walkthrough in a real Chromium against the packaged application on PostgreSQL: the coordinator
 * launches the demo round, Hải Phòng's officer submits, the coordinator returns it with a reason, the officer
 * corrects and resubmits, the coordinator approves, the dashboard shows it. Screenshots go to target/screenshots.
 */
class WalkthroughIT {

    private static final Path SHOTS = Paths.get("target", "screenshots");
    private static String base;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void startThePackagedApplicationAndABrowser() throws Exception {
        Files.createDirectories(SHOTS);
        base = PackagedApplication.shared().base();
        // Waits for things to appear, not measurements: on a shared two-core machine a launch over 34 provinces can
        // take longer than the default 5 s to show its dashboard.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    /** The id of this year's draft round, as the coordinator's API lists it. */
    private static String thisYearsDraft() {
        com.microsoft.playwright.APIRequestContext api = playwright.request().newContext(
                new com.microsoft.playwright.APIRequest.NewContextOptions().setBaseURL(base).setHttpCredentials(
                        "dieuphoi", "thuocdo"));
        try {
            com.microsoft.playwright.APIResponse rounds = api.get("api/v1/rounds");
            int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
            com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(rounds.text());
            for (com.fasterxml.jackson.databind.JsonNode round : list) {
                if (round.path("year").asInt() == year && "DRAFT".equals(round.path("state").asText())) {
                    return round.path("id").asText();
                }
            }
            throw new AssertionError("No draft round of " + year + " in " + rounds.text());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            api.dispose();
        }
    }

    @AfterAll
    static void stopEverything() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void theSamplingRequestGoesRoundTheYearsFirstLoop() {
        Page coordinator = signIn("dieuphoi");
        coordinator.navigate(base + "rounds/new");
        assertThat(coordinator.locator("#reminder-days input")).hasValue("3");
        shot(coordinator, "00-launch-form");
        coordinator.locator("#due-publication").scrollIntoViewIfNeeded();
        shot(coordinator, "00b-launch-schedule");
        coordinator.navigate(base + "rounds");
        // This year's round: the demo also prepares other drafts (the compiled example two years on, listed first).
        coordinator.locator("#launch-" + thisYearsDraft()).click();
        shot(coordinator, "00c-launch-confirm");
        coordinator.locator("#confirm-launch").click();
        // Launching 34 provinces is one transaction of a few thousand rows: on a loaded machine it takes more than the
        // default 5 s wait (a wait, not a timing assertion).
        assertThat(coordinator.locator("#units")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(coordinator.getByText("Đã nộp thông tin chọn mẫu: 0/34")).isVisible();
        // The demo has other rounds (the survey's, the fieldwork's): this round's dashboard is found by its address.
        String launchedDashboard = coordinator.url();
        String round = coordinator.locator("h2").first().textContent().replace("Bảng theo dõi: ", "").strip();
        shot(coordinator, "01-dashboard-launched");

        Page officer = signIn("haiphong");
        assertThat(officer.getByText("Cung cấp thông tin chọn mẫu").first()).isVisible();
        shot(officer, "02-officer-inbox");
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở")).first().click();
        officer.locator("#submit").click();
        assertThat(officer.getByText("Số xã, phường, đặc khu: bắt buộc nhập.")).isVisible();
        shot(officer, "03-submit-refused");
        // Both annexes in one workbook, uploaded through the browser's file chooser.
        Path annexes = SHOTS.resolve("phu-luc-hai-phong.xlsx");
        writeAnnexes(annexes);
        com.microsoft.playwright.FileChooser chooser = officer.waitForFileChooser(
                () -> officer.locator("#frame-upload vaadin-button").first().click());
        chooser.setFiles(annexes);
        assertThat(officer.getByText("Đã lưu Phụ lục 1 gồm 2 thôn/tổ dân phố và Phụ lục 2 gồm 2 lĩnh vực."))
                .isVisible();
        assertThat(officer.locator("#dossier-summary")).containsText("2 lĩnh vực");
        shot(officer, "03b-annexes-uploaded");
        // The same Phụ lục 2 on screen, ready to correct without a spreadsheet.
        officer.locator("#dossier-editor vaadin-details-summary").click();
        officer.locator("#dossier-save").scrollIntoViewIfNeeded();
        assertThat(officer.locator("#dossier-editor vaadin-text-field").first().locator("input")).hasValue("Đất đai");
        shot(officer, "03c-dossier-editor");
        fill(officer, Map.of("contactName", "Nguyễn Văn An", "contactPhone", "0912 345 678",
                "contactEmail", "an@snv.haiphong.gov.vn", "communes", "2", "villages", "2",
                "households", "650000", "population", "2100000", "dossiersHandled", "480000"));
        officer.locator("#submit").click();
        assertThat(officer.getByText("Đã nộp thông tin chọn mẫu. Bộ Nội vụ sẽ xem xét.")).isVisible();
        shot(officer, "04-submitted");

        openInRound(coordinator, round, "Thành phố Hải Phòng");
        assertThat(coordinator.getByText("Người nộp: Trần Văn Nam")).isVisible();
        coordinator.locator("#reason textarea").fill("Số thôn không khớp với Phụ lục 1, đề nghị kiểm tra lại.");
        // A reason pinned to one village of Phụ lục 1.
        coordinator.locator("#frame-rows vaadin-grid-cell-content:has-text('Thôn Đông')").click();
        assertThat(coordinator.locator("#row-reason")).containsText("Ghi chú cho Phụ lục 1, dòng 3");
        coordinator.locator("#row-reason input").fill("Thôn Đông đã sáp nhập vào Thôn Tây từ tháng 7");
        coordinator.locator("#pin-row").click();
        assertThat(coordinator.locator("#pending-notes")).isVisible();
        shot(coordinator, "05-review");
        coordinator.locator("#return").scrollIntoViewIfNeeded();
        shot(coordinator, "05b-review-notes");
        coordinator.locator("#return").click();
        // Returning and approving cannot be taken back: the confirmation dialog asks once more.
        coordinator.locator("vaadin-confirm-dialog-overlay [slot='confirm-button']").click();
        assertThat(coordinator.getByText("Đã trả lại Thành phố Hải Phòng kèm lý do.")).isVisible();

        // The correction is made on a phone: sign-in, the returned task and its reasons, the fix and the submission.
        Page phone = signIn("haiphong", PHONE);
        shot(phone, "06-phone-inbox");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở")).first().click();
        assertThat(phone.locator("#returned-reason")).containsText("Số thôn không khớp với Phụ lục 1");
        assertThat(phone.locator("#returned-notes vaadin-grid-cell-content:has-text('Thôn Đông đã sáp nhập')"))
                .isVisible();
        shot(phone, "06-phone-returned-with-reason");
        // The declared counts follow Phụ lục 1, so the correction is to the contact.
        phone.locator("#field-contactPhone input").fill("0912 345 679");
        phone.locator("#submit").click();
        assertThat(phone.getByText("Đã nộp thông tin chọn mẫu. Bộ Nội vụ sẽ xem xét.")).isVisible();
        shot(phone, "06-phone-resubmitted");
        org.assertj.core.api.Assertions.assertThat(phone.evaluate("document.documentElement.scrollWidth <= innerWidth + 1"))
                .as("nothing wider than the phone's screen").isEqualTo(true);

        openInRound(coordinator, round, "Thành phố Hải Phòng");
        coordinator.locator("#approve").click();
        coordinator.locator("vaadin-confirm-dialog-overlay [slot='confirm-button']").click();
        assertThat(coordinator.getByText("Đã chấp thuận thông tin chọn mẫu của Thành phố Hải Phòng.")).isVisible();
        coordinator.navigate(launchedDashboard);
        // The dashboard reads the counts when it opens: on a loaded machine it is opened again until the approval
        // shows (a wait of at most 90 s, not a measurement).
        for (int tries = 0; tries < 9 && !coordinator.getByText("Đã được chấp thuận: 1/34").isVisible(); tries++) {
            coordinator.waitForTimeout(10_000);
            coordinator.navigate(launchedDashboard);
        }
        assertThat(coordinator.getByText("Đã được chấp thuận: 1/34")).isVisible();
        shot(coordinator, "07-dashboard-approved");
        coordinator.locator("#schedule").scrollIntoViewIfNeeded();
        assertThat(coordinator.locator("#schedule")).containsText("Chọn mẫu và khảo sát SIPAS");
        shot(coordinator, "07b-dashboard-schedule");

        // Hà Nội (first row) gets more time, with a reason kept in the round's history.
        coordinator.locator("#units vaadin-button:has-text('Gia hạn')").first().click();
        coordinator.locator("#change-reason textarea").fill("Hà Nội xin thêm thời gian tổng hợp số liệu các xã mới");
        shot(coordinator, "08-extension-dialog");
        coordinator.locator("#confirm-change").click();
        assertThat(coordinator.getByText("Đã gia hạn cho Thành phố Hà Nội.")).isVisible();
        assertThat(coordinator.getByText("Hà Nội xin thêm thời gian tổng hợp số liệu các xã mới")).isVisible();

        Download export = coordinator.waitForDownload(() -> coordinator.locator("#export-xlsx").click());
        Path xlsx = SHOTS.resolve("tien-do.xlsx");
        export.saveAs(xlsx);
        byte[] bytes = readAll(xlsx);
        org.assertj.core.api.Assertions.assertThat(bytes.length).isGreaterThan(1000);
        org.assertj.core.api.Assertions.assertThat(new String(bytes, 0, 2, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("an .xlsx is a zip").isEqualTo("PK");

        officer.navigate(base + "notices");
        assertThat(officer.getByText("Nhiệm vụ mới: cung cấp thông tin chọn mẫu").first()).isVisible();
        shot(officer, "09-officer-notices");

        // English chosen: the document says so too, and Vietnamese again when switched back.
        Page operator = signIn("vanhanh");
        operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
        assertThat(operator.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếng Việt").setExact(true)))
                .isVisible();
        org.assertj.core.api.Assertions.assertThat(operator.evaluate("document.documentElement.lang")).isEqualTo("en");
        shot(operator, "11-english");
    }

    /** Hải Phòng's annexes, adding up to the totals the officer then declares in the form. */
    private static void writeAnnexes(Path file) {
        try (var out = Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(out, "Test", "1.0");
            org.dhatim.fastexcel.Worksheet villages = workbook.newWorksheet("Phụ lục 1");
            Object[][] rows = {{"Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", "Số nhân khẩu"},
                    {"11311", "Phường Hồng Bàng", "Tổ dân phố 1", 400_000, 1_300_000},
                    {"11674", "Xã An Hưng", "Thôn Đông", 250_000, 800_000}};
            write(villages, rows);
            org.dhatim.fastexcel.Worksheet dossiers = workbook.newWorksheet("Phụ lục 2");
            write(dossiers, new Object[][] {{"Lĩnh vực", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết"},
                    {"Đất đai", 300_500, 300_000}, {"Hộ tịch", 180_500, 180_000}});
            workbook.finish();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void write(org.dhatim.fastexcel.Worksheet sheet, Object[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number number) {
                    sheet.value(r, c, number);
                } else {
                    sheet.value(r, c, (String) rows[r][c]);
                }
            }
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Browser.NewContextOptions DESKTOP = new Browser.NewContextOptions().setViewportSize(1400, 1000)
            .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh");
    /** A common phone's screen in CSS pixels (390 x 844). */
    private static final Browser.NewContextOptions PHONE = new Browser.NewContextOptions().setViewportSize(390, 844)
            .setDeviceScaleFactor(2).setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh");

    private Page signIn(String username) {
        return signIn(username, DESKTOP);
    }

    /**
     * Through the login page by what a person sees, whatever the page is built with: the fields named username
     * and password, and the button "Đăng nhập". The page and the application say they are in Vietnamese.
     */
    private Page signIn(String username, Browser.NewContextOptions screen) {
        Page page = browser.newContext(screen).newPage();
        page.navigate(base + "login");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("vi");
        page.locator("input[name='username']").fill(username);
        if (screen == PHONE) {
            shot(page, "10-phone-login");
        }
        page.locator("input[name='password']").fill("thuocdo");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).first().click();
        // Attached, not visible: a phone's header leaves the name out for lack of room.
        assertThat(page.locator("#signed-in-as")).isAttached();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("document.documentElement.lang")).isEqualTo("vi");
        return page;
    }

    /**
     * The demo's other rounds hold Hải Phòng tasks for the coordinator too, and the inbox orders by due date: the
     * launched round's task is found by filtering on the round, as a coordinator with several rounds would.
     */
    private static void openInRound(Page page, String round, String unit) {
        page.navigate(base + "inbox");
        page.locator("#filter-round input").fill(round);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(round).setExact(true)).click();
        assertThat(page.locator("#filter-round input")).hasValue(round);
        // Only the launched round's review waits for the coordinator there; the count says the filter has applied.
        assertThat(page.getByText("Có 1 nhiệm vụ đang chờ")).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mở: Xem xét thông tin chọn mẫu – " + unit)
                .setExact(true)).click();
    }

    private static void fill(Page page, Map<String, String> answers) {
        answers.forEach((key, value) -> page.locator("#field-" + key + " input").fill(value));
    }

    private static void shot(Page page, String name) {
        page.waitForTimeout(300);
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
    }

}
