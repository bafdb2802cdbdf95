package vn.thuocdo.publication.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.thuocdo.publication.Published;
import vn.thuocdo.testing.KaribuTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The public site through the application's filters, nobody signed in: each page's content in Vietnamese and in
 * English, 404 pages for what was never published, 400 pages for bad parameters, ETags and 304s, downloads and the
 * file check, and the round whose approved and draft versions were never published showing nowhere.
 * Test years 2191-2199.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class PublicSiteTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;

    MockMvc http;

    @BeforeEach
    void thePublishedRecord() {
        PublicSiteFixture.ensure(jdbc);
        // As the publication service announces each publication once its transaction commits.
        events.publishEvent(new Published("fixture", "fixture", "CB-2192-01", 2192, null));
        http = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }

    @Test
    void theHomeListsTheLatestPublicationsWithLinksToRankingsAndDataInVietnameseByDefault() throws Exception {
        MockHttpServletResponse home = page("/cong-khai");
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentType()).startsWith("text/html");
        assertThat(home.getHeader("Content-Language")).isEqualTo("vi");
        String html = home.getContentAsString();
        assertThat(html).contains("<html lang=\"vi\"", "Công bố mới nhất", "CB-2192-01", "CB-2191-02",
                "Đã bị thay thế", "/cong-khai/xep-hang?nam=2192&amp;loai=tinh&amp;chi-so=par", "Bỏ qua, đến nội dung chính",
                "/cong-khai/tai-nguyen/site.css");
        assertThat(home.getHeader("Set-Cookie")).isNull();
        assertThat(home.getHeader("Content-Security-Policy")).contains("default-src 'none'");
    }

    @Test
    void langEnSwitchesEveryPageToEnglishAndItsLinksKeepIt() throws Exception {
        MockHttpServletResponse home = page("/cong-khai?lang=en");
        String html = home.getContentAsString();
        assertThat(home.getHeader("Content-Language")).isEqualTo("en");
        assertThat(html).contains("<html lang=\"en\"", "Latest publications", "Superseded",
                "/cong-khai/xep-hang?nam=2192&amp;loai=tinh&amp;chi-so=par&amp;lang=en", "href=\"/cong-khai/cong-bo?lang=en\"",
                "Tiếng Việt");
        assertThat(page("/cong-khai/xep-hang?nam=2191&lang=en").getContentAsString())
                .contains("PAR INDEX of provinces, 2191", "90.50", "Rank");
        assertThat(page("/cong-khai/don-vi/T34-31?lang=en").getContentAsString()).contains("Over the years",
                "merged province, not directly comparable");
        assertThat(page("/cong-khai/xep-hang?lang=fr").getStatus()).isEqualTo(400);
    }

    @Test
    void theRankingsOfAYearComeFromItsCurrentPublicationWithIntervalsGroupsAndSortableColumns() throws Exception {
        String latest = page("/cong-khai/xep-hang").getContentAsString();
        assertThat(latest).contains("Chỉ số CCHC (PAR INDEX) của các tỉnh, thành phố năm 2192", "92,00", "CB-2192-01");

        String par = page("/cong-khai/xep-hang?nam=2191&loai=tinh&chi-so=par").getContentAsString();
        // The correction's 90,50, never the superseded 88,00.
        assertThat(par).contains("90,50", "90,5 / 100", "1 – 2", ">A<", "CB-2191-02", "<caption", "scope=\"col\"",
                "aria-sort=\"ascending\"", "/cong-khai/don-vi/T34-31");
        assertThat(par).doesNotContain("88,00");
        assertThat(par.indexOf("Thành phố Hải Phòng")).isLessThan(par.indexOf("Thành phố Hà Nội"));
        assertThat(par).contains("sap-xep=-hang", "sap-xep=ten", "sap-xep=gia-tri");

        String byValueUp = page("/cong-khai/xep-hang?nam=2191&sap-xep=gia-tri").getContentAsString();
        assertThat(byValueUp.indexOf("Thành phố Hà Nội")).isLessThan(byValueUp.indexOf("Thành phố Hải Phòng"));
        assertThat(byValueUp).contains("sap-xep=-gia-tri");

        String sipas = page("/cong-khai/xep-hang?nam=2191&chi-so=sipas").getContentAsString();
        assertThat(sipas).contains("Chỉ số hài lòng (SIPAS)", "85,12", "83,00 – 87,00", "Cả nước: 85,71%",
                "/cong-khai/xep-hang/bieu-do.png?nam=2191&amp;loai=tinh&amp;chi-so=sipas", "alt=\"Biểu đồ thanh");
        assertThat(sipas.indexOf("Thành phố Hà Nội")).isLessThan(sipas.indexOf("Thành phố Hải Phòng"));

        String ministries = page("/cong-khai/xep-hang?nam=2191&loai=bo").getContentAsString();
        assertThat(ministries).contains("Bộ Tư pháp", "Bộ Tài chính", "85,00").doesNotContain("Thành phố Hải Phòng</a>");
        assertThat(page("/cong-khai/xep-hang?nam=2191&loai=bo&chi-so=sipas").getContentAsString()).contains("no-rows");
    }

    @Test
    void badParametersAre400PagesInVietnameseAndAnUnpublishedYearIsA404() throws Exception {
        for (String bad : List.of("nam=abc", "nam=12345", "loai=huyen", "chi-so=papi", "sap-xep=zzz",
                "sap-xep=" + "x".repeat(5000), "nam=" + "9".repeat(100000))) {
            MockHttpServletResponse answer = page("/cong-khai/xep-hang?" + bad);
            assertThat(answer.getStatus()).as(bad).isEqualTo(400);
            assertThat(answer.getContentAsString()).contains("<html lang=\"vi\"", "không hợp lệ");
        }
        MockHttpServletResponse none = page("/cong-khai/xep-hang?nam=2199");
        assertThat(none.getStatus()).isEqualTo(404);
        assertThat(none.getContentAsString()).contains("Chưa có kết quả nào của năm 2199 được công bố.");
        assertThat(page("/cong-khai/khong-co-trang-nay").getStatus()).isEqualTo(404);
        assertThat(page("/cong-khai/khong-co-trang-nay").getContentAsString()).contains("Không có trang nào ở địa chỉ này.");
        assertThat(page("/cong-khai/xep-hang/bieu-do.png").getStatus()).isEqualTo(400);
        assertThat(page("/cong-khai/xep-hang/bieu-do.png?nam=2199").getStatus()).isEqualTo(404);
    }

    @Test
    void pagesAndChartsCarryAnETagAndAnswer304WhenTheBrowserHasThem() throws Exception {
        MockHttpServletResponse first = page("/cong-khai/xep-hang?nam=2191");
        String etag = first.getHeader("ETag");
        assertThat(etag).startsWith("\"");
        assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        MockHttpServletResponse again = answer(get("/cong-khai/xep-hang?nam=2191").header("If-None-Match", etag));
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        // The English page is another representation.
        assertThat(answer(get("/cong-khai/xep-hang?nam=2191&lang=en").header("If-None-Match", etag)).getStatus())
                .isEqualTo(200);

        MockHttpServletResponse chart = page("/cong-khai/xep-hang/bieu-do.png?nam=2191&chi-so=sipas");
        assertThat(chart.getStatus()).isEqualTo(200);
        assertThat(chart.getContentType()).startsWith("image/png");
        assertThat(chart.getContentAsByteArray()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(answer(get("/cong-khai/xep-hang/bieu-do.png?nam=2191&chi-so=sipas")
                .header("If-None-Match", chart.getHeader("ETag"))).getStatus()).isEqualTo(304);

        MockHttpServletResponse css = page("/cong-khai/tai-nguyen/site.css");
        assertThat(css.getStatus()).isEqualTo(200);
        assertThat(css.getContentType()).startsWith("text/css");
        assertThat(answer(get("/cong-khai/tai-nguyen/site.css").header("If-None-Match", css.getHeader("ETag")))
                .getStatus()).isEqualTo(304);
        assertThat(page("/cong-khai/tai-nguyen/khong-co.css").getStatus()).isEqualTo(404);
    }

    @Test
    void aPublicationsPageIsRenderedAgainOnlyOnceSomethingIsPublished() throws Exception {
        PublicSiteFixture.ensure(jdbc);
        String round = jdbc.queryForObject("select round_id from publication where code = 'CB-2192-01'", String.class);
        assertThat(page("/cong-khai/cong-bo").getContentAsString()).doesNotContain("CB-2192-99");
        String version = jdbc.queryForObject("select result_version_id from publication where code = 'CB-2192-01'",
                String.class);
        jdbc.update("insert into publication (id, round_id, result_version_id, result_year, publication_no, code, title,"
                + " state, published_by, published_by_name, published_at, manifest_sha256) values ('cache-test', ?, ?,"
                + " 2198, 99, 'CB-2192-99', 'Kiểm tra bộ nhớ đệm', 'CURRENT', 'dieuphoi', 'Điều phối', now(), ?)",
                round, version, "a".repeat(64));
        try {
            // Written but not announced: the rendered page stands.
            assertThat(page("/cong-khai/cong-bo").getContentAsString()).doesNotContain("CB-2192-99");
            events.publishEvent(new Published(round, "cache-test", "CB-2192-99", 2198, null));
            assertThat(page("/cong-khai/cong-bo").getContentAsString()).contains("CB-2192-99");
        } finally {
            jdbc.update("delete from publication where id = 'cache-test'");
            events.publishEvent(new Published(round, "cache-test", "CB-2192-99", 2198, null));
        }
    }

    @Test
    void aUnitsProfileShowsItsLatestResultsTheTrendAcrossTheMergerItsTargetsAndThePlacesPlace() throws Exception {
        MockHttpServletResponse profile = page("/cong-khai/don-vi/T34-31");
        assertThat(profile.getStatus()).isEqualTo(200);
        String html = profile.getContentAsString();
        assertThat(html).contains("<h1>Thành phố Hải Phòng</h1>", "Hình thành ngày 01/07/2025 từ:", "Hải Dương",
                "Kết quả năm 2192", "CB-2192-01", "92,00");
        // The trend: 2191 and 2192 from the publications, 2024 from each merged province, marked.
        assertThat(html).contains("trend-par", ">2024<", "87,10", "85,20", "tỉnh đã hợp nhất, không so sánh trực tiếp",
                ">2191<", "90,50");
        assertThat(html).contains("SIPAS ≥ 90 vào năm 2195", "Nghị quyết của Thành ủy", "id=\"ke-hoach-cai-thien\"",
                "Kế hoạch cải thiện");

        // Hà Nội continues Hà Nội of before July 2025: one predecessor, so its value continues the series.
        assertThat(page("/cong-khai/don-vi/T34-01").getContentAsString()).contains("86,40", "tỉnh trước 01/07/2025");

        assertThat(page("/cong-khai/don-vi/T34-99").getStatus()).isEqualTo(404);
        assertThat(page("/cong-khai/don-vi/T34-99").getContentAsString()).contains("Không có đơn vị mã");
        assertThat(page("/cong-khai/don-vi/" + "T".repeat(40)).getStatus()).isEqualTo(400);
        assertThat(page("/cong-khai/don-vi/T34-31%3Cscript%3E").getStatus()).isEqualTo(400);
    }

    @Test
    void aUnitsSignedOffImprovementPlanIsOnItsProfileAndADraftIsNot() throws Exception {
        var published = jdbc.queryForMap("select id, round_id from publication where code = 'CB-2192-01'");
        String plan = "plan-fixture-T34-31";
        if (jdbc.queryForObject("select count(*) from improvement_plan where id = ?", Integer.class, plan) == 0) {
            jdbc.update("insert into improvement_plan (id, round_id, unit_id, result_year, publication_id, rule_ref,"
                    + " version_no, state, created_by, created_at, row_version) values (?, ?, 'T34-31', 2192, ?,"
                    + " 'improvement-selection@1', 1, 'DRAFT', 'haiphong', ?, 0)", plan, published.get("round_id"),
                    published.get("id"), java.sql.Timestamp.from(java.time.Instant.now()));
            jdbc.update("insert into improvement_plan_item (plan_id, item_no, kind, code, name, share, measures,"
                    + " responsible, due_date) values (?, 1, 'AREA', '4', 'Cải cách thủ tục hành chính', 0.6, ?,"
                    + " 'Sở Nội vụ', ?)", plan, "Rà soát <b>quy trình</b> một cửa",
                    java.sql.Date.valueOf(java.time.LocalDate.of(2193, 6, 30)));
        }
        jdbc.update("update improvement_plan set state = 'DRAFT', signed_off_by = null, signed_off_by_name = null,"
                + " signed_off_at = null where id = ?", plan);
        events.publishEvent(new Published("fixture", "fixture", "CB-2192-01", 2192, null));
        assertThat(page("/cong-khai/don-vi/T34-31").getContentAsString())
                .contains("Kế hoạch cải thiện của đơn vị sau công bố sẽ được công khai tại đây.")
                .doesNotContain("Rà soát");

        jdbc.update("update improvement_plan set state = 'SIGNED_OFF', signed_off_by = 'lanhdao.haiphong',"
                + " signed_off_by_name = 'Phạm Văn Đức', signed_off_at = ? where id = ?",
                java.sql.Timestamp.from(java.time.Instant.now()), plan);
        events.publishEvent(new Published("fixture", "fixture", "CB-2192-01", 2192, null));
        String html = page("/cong-khai/don-vi/T34-31").getContentAsString();
        assertThat(html).contains("id=\"plan-items\"", "Kế hoạch cải thiện năm 2192", "CB-2192-01", "Phạm Văn Đức",
                "Cải cách thủ tục hành chính", "60,00", "Sở Nội vụ", "30/06/2193")
                // The unit's words are shown as typed, escaped.
                .contains("Rà soát &lt;b&gt;quy trình&lt;/b&gt; một cửa");
        jdbc.update("delete from improvement_plan_item where plan_id = ?", plan);
        jdbc.update("delete from improvement_plan where id = ?", plan);
        events.publishEvent(new Published("fixture", "fixture", "CB-2192-01", 2192, null));
    }

    @Test
    void theLatestPublicationsAreasAndElementsGiveTheStrongestAndWeakestItems() throws Exception {
        // 2192's publication has no areas for Hải Phòng; 2191's does: the profile shows the latest with numbers.
        jdbc.update("update publication set state = 'SUPERSEDED' where code = 'CB-2192-01'");
        events.publishEvent(new Published("t", "t", "CB-2192-01", 2192, null));
        try {
            String html = page("/cong-khai/don-vi/T34-31").getContentAsString();
            assertThat(html).contains("Kết quả năm 2191", "id=\"areas\"", "9,5 / 10", "95,00", "id=\"elements\"",
                    "93,00", "71,00", "66,00 – 76,00");
            String strongest = html.substring(html.indexOf("id=\"strongest\""), html.indexOf("id=\"weakest\""));
            String weakest = html.substring(html.indexOf("id=\"weakest\""));
            assertThat(strongest).contains("95,00", "93,00").doesNotContain("71,00");
            assertThat(weakest).contains("71,00", "75,00");
        } finally {
            jdbc.update("update publication set state = 'CURRENT' where code = 'CB-2192-01'");
            events.publishEvent(new Published("t", "t", "CB-2192-01", 2192, null));
        }
    }

    @Test
    void publicationsShowTheirStateAndASupersededOneSaysWhyAndLinksTheOneThatReplacedIt() throws Exception {
        String list = page("/cong-khai/cong-bo").getContentAsString();
        assertThat(list).contains("CB-2191-01", "CB-2191-02", "CB-2192-01", "Đã bị thay thế", "thay bằng CB-2191-02");

        String old = page("/cong-khai/cong-bo/CB-2191-01").getContentAsString();
        assertThat(old).contains("id=\"superseded\"", "Công bố này đã bị thay thế ngày 20/04/2192",
                "href=\"/cong-khai/cong-bo/CB-2191-02\"");
        String current = page("/cong-khai/cong-bo/CB-2191-02").getContentAsString();
        assertThat(current).contains("Sửa điểm lĩnh vực 2 của Thành phố Hải Phòng", "Đính chính cho", "CB-2191-01",
                "Nguyễn Văn Điều", "20/04/2192", "du-lieu/ket-qua.csv",
                PublicSiteFixture.sha256(PublicSiteFixture.CURRENT_CSV),
                PublicSiteFixture.CURRENT_CSV.getBytes(StandardCharsets.UTF_8).length + " byte",
                "Báo cáo quốc gia (PDF có chữ ký số)");

        MockHttpServletResponse csv = page("/cong-khai/cong-bo/CB-2191-02/du-lieu/ket-qua.csv");
        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PublicSiteFixture.CURRENT_CSV);
        assertThat(csv.getHeader("ETag")).isEqualTo("\"" + PublicSiteFixture.sha256(PublicSiteFixture.CURRENT_CSV) + "\"");
        assertThat(csv.getHeader("Cache-Control")).contains("immutable");
        assertThat(answer(get("/cong-khai/cong-bo/CB-2191-02/du-lieu/ket-qua.csv").header("If-None-Match",
                csv.getHeader("ETag"))).getStatus()).isEqualTo(304);
        // The superseded publication's file is still there, as it was.
        assertThat(page("/cong-khai/cong-bo/CB-2191-01/du-lieu/ket-qua.csv").getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(PublicSiteFixture.OLD_CSV);
        MockHttpServletResponse pdf = page("/cong-khai/cong-bo/CB-2191-02/bao-cao-quoc-gia.pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).contains("attachment", "bao-cao-quoc-gia.pdf");

        assertThat(page("/cong-khai/cong-bo/CB-2199-01").getStatus()).isEqualTo(404);
        assertThat(page("/cong-khai/cong-bo/CB-2199-01").getContentAsString()).contains("Không có lần công bố mã");
        assertThat(page("/cong-khai/cong-bo/CB-2191-02/khong-co.csv").getStatus()).isEqualTo(404);
        assertThat(page("/cong-khai/cong-bo/CB-2192-01/du-lieu/ngoai.csv").getStatus()).isEqualTo(404);
        assertThat(page("/cong-khai/cong-bo/CB-2191-02/du-lieu/..%2F..%2Fetc").getStatus()).isIn(400, 404);
        assertThat(page("/cong-khai/cong-bo/" + "C".repeat(41)).getStatus()).isEqualTo(400);
    }

    @Test
    void verifyingAFileByItsChecksumOrItsBytesNamesThePublicationAndWhetherItIsCurrent() throws Exception {
        String current = check(PublicSiteFixture.sha256(PublicSiteFixture.CURRENT_CSV).toUpperCase());
        assertThat(current).contains("Khớp tệp du-lieu/ket-qua.csv của công bố CB-2191-02", "Công bố này đang hiện hành.");
        String old = check(" " + PublicSiteFixture.sha256(PublicSiteFixture.OLD_CSV) + "\n");
        assertThat(old).contains("CB-2191-01", "Công bố này đã bị thay thế bởi CB-2191-02.");
        assertThat(check("ab".repeat(32))).contains("id=\"no-match\"", "Không khớp tệp nào đã công bố.");

        for (String bad : List.of("ab".repeat(31) + "a", "zz".repeat(32), "a".repeat(65), "", "x".repeat(100_000))) {
            MockHttpServletResponse refused = answer(post("/cong-khai/kiem-tra").param("sha256", bad));
            assertThat(refused.getStatus()).isEqualTo(400);
            assertThat(refused.getContentAsString()).contains("Mã SHA-256 phải gồm đúng 64 ký tự");
        }

        MockHttpServletResponse uploaded = answer(multipart("/cong-khai/kiem-tra").file(new MockMultipartFile("tep",
                "tu-dien.csv", "text/csv", PublicSiteFixture.DICTIONARY.getBytes(StandardCharsets.UTF_8))));
        assertThat(uploaded.getStatus()).isEqualTo(200);
        assertThat(uploaded.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(uploaded.getContentAsString()).contains("du-lieu/tu-dien.csv", "CB-2191-02");
        MockHttpServletResponse tampered = answer(multipart("/cong-khai/kiem-tra").file(new MockMultipartFile("tep",
                "ket-qua.csv", "text/csv", PublicSiteFixture.CURRENT_CSV.replace("90.50", "99.50")
                .getBytes(StandardCharsets.UTF_8))));
        assertThat(tampered.getContentAsString()).contains("Không khớp tệp nào đã công bố.");
        assertThat(page("/cong-khai/kiem-tra").getContentAsString()).contains("<label for=\"tep\"", "Tối đa 10 MB.",
                "<label for=\"sha256\"");
    }

    @Test
    void openDataListsEachYearsCurrentFilesAtStableAddressesWithTheDictionary() throws Exception {
        String html = page("/cong-khai/du-lieu").getContentAsString();
        assertThat(html).contains("Năm 2191", "Năm 2192", "/cong-khai/du-lieu/2191/ket-qua.csv",
                "/cong-khai/du-lieu/2191/ket-qua.json", "Từ điển dữ liệu", "Mã đơn vị, theo danh mục");
        // The stable address serves the year's current publication: the corrected numbers.
        MockHttpServletResponse csv = page("/cong-khai/du-lieu/2191/ket-qua.csv");
        assertThat(csv.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PublicSiteFixture.CURRENT_CSV);
        assertThat(csv.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(page("/cong-khai/du-lieu/2191/ket-qua.json").getContentType()).startsWith("application/json");
        // Only datasets and the dictionary have a stable address, not the reports.
        assertThat(page("/cong-khai/du-lieu/2191/bao-cao-quoc-gia.pdf").getStatus()).isEqualTo(404);
        assertThat(page("/cong-khai/du-lieu/2199/ket-qua.csv").getStatus()).isEqualTo(404);
        assertThat(page("/cong-khai/du-lieu/21x1/ket-qua.csv").getStatus()).isEqualTo(400);
    }

    @Test
    void aRoundWithAnApprovedButUnpublishedVersionAndADraftShowsNowhere() throws Exception {
        for (String address : List.of("/cong-khai", "/cong-khai/xep-hang", "/cong-khai/xep-hang?nam=2191",
                "/cong-khai/xep-hang?nam=2191&chi-so=sipas", "/cong-khai/xep-hang?nam=2192&chi-so=sipas",
                "/cong-khai/don-vi/T34-31", "/cong-khai/cong-bo", "/cong-khai/du-lieu", "/cong-khai/cong-bo/CB-2191-02",
                "/cong-khai/cong-bo/CB-2192-01")) {
            MockHttpServletResponse answer = page(address);
            assertThat(answer.getStatus()).as(address).isEqualTo(200);
            assertThat(answer.getContentAsString()).as(address).doesNotContain(PublicSiteFixture.UNPUBLISHED, "17.17",
                    "2193");
        }
        for (String address : List.of("/cong-khai/xep-hang?nam=2193", "/cong-khai/xep-hang?nam=2193&chi-so=sipas",
                "/cong-khai/xep-hang/bieu-do.png?nam=2193", "/cong-khai/du-lieu/2193/ket-qua.csv")) {
            MockHttpServletResponse answer = page(address);
            assertThat(answer.getStatus()).as(address).isEqualTo(404);
            assertThat(answer.getContentAsString()).as(address).contains("Chưa có kết quả nào của năm 2193 được công bố.");
        }
    }

    private MockHttpServletResponse page(String address) throws Exception {
        return answer(get(address));
    }

    private String check(String sha256) throws Exception {
        MockHttpServletResponse answer = answer(post("/cong-khai/kiem-tra").param("sha256", sha256));
        assertThat(answer.getStatus()).isEqualTo(200);
        return answer.getContentAsString();
    }

    private MockHttpServletResponse answer(RequestBuilder request) throws Exception {
        MockHttpServletResponse response = http.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
