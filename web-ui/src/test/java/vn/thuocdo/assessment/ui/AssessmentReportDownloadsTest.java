package vn.thuocdo.assessment.ui;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.thuocdo.assessment.AssessmentExports;
import vn.thuocdo.assessment.AssessmentReport.Kind;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.testing.TestActors;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The report links on the unit's screens and the downloads behind them, through the application's security filters:
 * the unit's own people get their files, another unit's officer is refused (403, audited once), nobody signed in is
 * sent to the sign-in page; the appraisal report also opens to the organiser's coordinators and council.
 */
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class AssessmentReportDownloadsTest extends KaribuTest {

    /** Rounds are unique per organiser and year: this test's years are 2055-2059. */
    static final AtomicInteger YEARS = new AtomicInteger(2055);

    @Autowired Rounds rounds;
    @Autowired JdbcTemplate jdbc;

    String round;
    MockMvc http;

    @BeforeEach
    void aRoundWithHaiPhongAndHaNoi() {
        LocalDate due = LocalDate.now().plusDays(10);
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt báo cáo tự đánh giá", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", due, 3, Map.of("assessment", due.plusDays(60))),
                TestActors.COORDINATOR).id();
        http = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).apply(springSecurity()).build();
    }

    @Test
    void theOfficersScreenLinksTheSelfAssessmentReportWhichOpensForTheUnitAndNoOtherUnit() throws Exception {
        signIn("haiphong");
        navigate("assessment/self?round=" + round);
        AssessmentReportLinks links = _get(AssessmentReportLinks.class);
        String pdf = AssessmentReportDownloads.address(Kind.SELF_ASSESSMENT, round, "T34-31", AssessmentExports.Format.PDF);
        String xlsx = AssessmentReportDownloads.address(Kind.SELF_ASSESSMENT, round, "T34-31", AssessmentExports.Format.XLSX);
        assertThat(links.anchors.keySet()).containsExactly(pdf, xlsx);
        assertThat(links.anchors.get(pdf).getText()).isEqualTo("Bản tự đánh giá (PDF)");
        assertThat(pdf).isEqualTo("/bao-cao/tu-danh-gia/" + round + "/T34-31.pdf");

        MockHttpServletResponse file = as("haiphong", pdf);
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        assertThat(file.getHeader("Content-Disposition")).contains("attachment", "tu-danh-gia-T34-31.pdf");
        try (PDDocument document = Loader.loadPDF(file.getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("BẢN TỰ ĐÁNH GIÁ", "Thành phố Hải Phòng", "Đợt báo cáo tự đánh giá", "Trang 1/");
        }
        assertThat(as("lanhdao.haiphong", xlsx).getStatus()).isEqualTo(200);
        assertThat(as("lanhdao.haiphong", xlsx).getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        MockHttpServletResponse refused = as("hanoi", pdf);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).doesNotContain("Hải Phòng");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = 'hanoi' and outcome = 'DENIED'"
                + " and detail = 'assessment.write' and target = 'provincial-officer:T34-31'", Integer.class)).isOne();
        // The appraisers and the coordinators read the appraisal report, not the unit's own self-assessment copy.
        assertThat(as("thamdinh", pdf).getStatus()).isEqualTo(403);
        assertThat(as("dieuphoi", pdf).getStatus()).isEqualTo(403);

        // Nobody signed in: not the Karibu session's person either.
        SecurityContextHolder.clearContext();
        TestSecurityContextHolder.clearContext();
        MockHttpServletResponse anonymous = http.perform(get(pdf).with(anonymous())).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'assessment-report-exported'"
                + " and unit_id = 'T34-31' and target = ?", Integer.class, round)).isEqualTo(3);
    }

    @Test
    void theAppraisalReportOpensToTheCoordinatorsAndCouncilButNotToAnotherUnitOrItsCoordinator() throws Exception {
        signIn("haiphong");
        navigate("assessment/self?round=" + round);
        String pdf = AssessmentReportDownloads.address(Kind.APPRAISAL, round, "T34-31", AssessmentExports.Format.PDF);
        assertThat(as("dieuphoi", pdf).getStatus()).isEqualTo(200);
        assertThat(as("hoidong", pdf).getStatus()).isEqualTo(200);
        assertThat(as("haiphong", pdf).getStatus()).isEqualTo(200);
        assertThat(as("hanoi", pdf).getStatus()).isEqualTo(403);
        assertThat(as("dieuphoi.haiphong", pdf).getStatus()).isEqualTo(403);
        // Not assigned to Hải Phòng: an appraiser reads only the units the coordinator gave them.
        assertThat(as("thamdinh", pdf).getStatus()).isEqualTo(403);
        assertThat(as("dieuphoi", "/bao-cao/tham-dinh/" + round + "/T34-99.pdf").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse as(String username, String path) throws Exception {
        UserDetails account = accounts.loadUserByUsername(username);
        return http.perform(get(path).with(user(account))).andReturn().getResponse();
    }
}
