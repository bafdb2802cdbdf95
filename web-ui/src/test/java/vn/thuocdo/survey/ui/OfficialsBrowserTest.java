package vn.thuocdo.survey.ui;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.testing.BrowserTest;
import vn.thuocdo.survey.officials.OfficialsLists;
import vn.thuocdo.survey.officials.OfficialsSurvey;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.testing.Chromium;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The officials' screens in Debian's Chromium on an officer's 1366 x 768 laptop: a bad file's rows, the list and the
 * counts per group after a good one, and the coordinator's rates per unit. Screenshots go to
 * target/screenshots/officials-*.png. Round in 2083.
 */
@ServerTest
class OfficialsBrowserTest extends BrowserTest {

    @Autowired OnlineSurveys online;
    @Autowired OfficialsSurvey survey;
    @Autowired MutableClock clock;

    @Test
    void anOfficerUploadsAListAndTheCoordinatorSeesTheRates() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2083, List.of("T34-31", "T34-01", "T34-79"));
        clock.advance(Duration.ofSeconds(1));
        // Hà Nội has listed its people already: the coordinator's grid has a unit with figures and units without.
        List<List<String>> hanoi = new ArrayList<>();
        String[] groups = {"leader", "manager", "civilServant", "civilServant"};
        for (int i = 0; i < 40; i++) {
            hanoi.add(List.of("Cán bộ Hà Nội " + i, groups[i % 4], "canbo" + i + "@hanoi.gov.vn"));
        }
        survey.upload(round.id(), new ByteArrayInputStream(OfficialsLists.workbook(hanoi.toArray(List[]::new))),
                10_000, TestActors.HA_NOI);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh"))) {
            Page page = signIn(context, "haiphong");
            page.navigate(site() + "survey/officials?round=" + round.id());
            assertThat(page.locator("#officials-status")).containsText("Khảo sát trực tuyến đang mở");
            screenshot(page, "officials-01-empty");
            page.locator("#officials-upload input[type=file]").setInputFiles(new FilePayload("danh-sach.xlsx",
                    OfficialsListView.XLSX, OfficialsLists.workbook(
                            List.of("Nguyễn Văn An", "Trưởng phòng", "an@haiphong.gov.vn"),
                            List.of("", "manager", "binh@haiphong.gov.vn"),
                            List.of("Lê Văn Cường", "civilServant", "cuong(at)haiphong.gov.vn"))));
            assertThat(page.locator("#officials-errors li")).hasCount(3);
            assertThat(page.locator("#officials-errors")).containsText("Dòng 2, cột B: nhóm vị trí \"Trưởng phòng\"");
            page.locator("#officials-errors").scrollIntoViewIfNeeded();
            screenshot(page, "officials-02-errors");
            page.locator("#officials-upload input[type=file]").setInputFiles(new FilePayload("danh-sach.xlsx",
                    OfficialsListView.XLSX, OfficialsLists.workbook(
                            List.of("Nguyễn Văn An", "Lãnh đạo (cấp tỉnh, cấp sở hoặc cấp xã)", "an@haiphong.gov.vn"),
                            List.of("Trần Thị Bình", "Lãnh đạo cấp phòng hoặc tương đương", "binh@haiphong.gov.vn"),
                            List.of("Lê Văn Cường", "Công chức, viên chức", "cuong@haiphong.gov.vn"),
                            List.of("Phạm Thị Dung", "Công chức, viên chức", "dung@haiphong.gov.vn"))));
            assertThat(page.locator("#officials-count")).hasText("4 người đang trong danh sách.");
            page.locator("#officials-rates").scrollIntoViewIfNeeded();
            screenshot(page, "officials-03-list");

            Page coordinator = signIn(browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768)
                    .setLocale("vi-VN").setTimezoneId("Asia/Ho_Chi_Minh")), "dieuphoi");
            coordinator.navigate(site() + "survey/officials/rates?round=" + round.id());
            assertThat(coordinator.locator("#officials-rates-total")).containsText("Cả đợt: 0/44");
            screenshot(coordinator, "officials-04-rates");
        }
    }
}
