package vn.thuocdo.sampling.api;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.testing.badinput.BadInputReport;
import vn.thuocdo.testing.badinput.BadInputRun;
import vn.thuocdo.testing.badinput.BadInputTarget;
import vn.thuocdo.testing.badinput.FieldKind;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated bad bodies (BadInputRun.defaultBodies) at the sampling submission (POST /api/v1/rounds/{roundId}/sampling/{unitId}/submission):
 * no 5xx, every answer in the API's error shape naming each field made bad, and the request still waiting,
 * unsubmitted. The field kinds mirror forms/sampling/sampling-request-v1.json.
 */
@ServerTest
@Import(SamplingSubmissionBadInputTest.CheapPasswords.class)
class SamplingSubmissionBadInputTest {

    @LocalServerPort int port;
    @Autowired Rounds rounds;
    @Autowired JdbcClient jdbc;
    @Autowired Tasks tasks;
    @Autowired SamplingRequests sampling;

    @Test
    void thousandsOfBadBodiesAreEachRefusedWithTheirReasonAndNothingIsSaved() throws Exception {
        Round round = rounds.launchNew(new NewRound(2095, "Đợt dữ liệu xấu", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        BadInputTarget submission = BadInputTarget.post("/api/v1/rounds/" + round.id() + "/sampling/T34-31/submission")
                .as("haiphong", "thuocdo")
                .field("contactName", "\"Nguyễn Văn An\"", FieldKind.text(120, true))
                .field("contactPhone", "\"0912345678\"", FieldKind.phone(true))
                .field("contactEmail", "\"an@snv.haiphong.gov.vn\"", FieldKind.email(200, true))
                .field("communes", "\"114\"", FieldKind.integer(1, 1000, true))
                .field("villages", "\"2300\"", FieldKind.groupedInteger(1, 100_000, true))
                .field("households", "\"650000\"", FieldKind.groupedInteger(1, 10_000_000, true))
                .field("population", "\"2100000\"", FieldKind.groupedInteger(1, 50_000_000, true))
                .field("dossiersHandled", "\"480000\"", FieldKind.groupedInteger(0, 100_000_000, true))
                .field("note", "\"Số liệu tháng 8\"", FieldKind.longText(2000, false))
                .unchanged(this::saved)
                .afterAccepted(() -> returnToUnit(round.id()));

        BadInputReport report = BadInputRun.against("http://localhost:" + port, submission).run();

        System.out.println(report.summary());
        report.writeTo(Path.of("target", "bench", "bad-input.md"));
        assertThat(report.serverErrors()).as(report.summary()).isZero();
        assertThat(report.failures()).as(report.summary()).isEmpty();
    }

    /** Every request's state and answers and the count of their history: all unchanged when every body was refused. */
    private List<Map<String, Object>> saved() {
        return jdbc.sql("""
                        select r.id, r.state, r.revision, r.answers, r.submitted_at,
                               (select count(*) from sampling_request_event e where e.request_id = r.id) events
                        from sampling_request r order by r.id""").query().listOfRows();
    }

    /** A body got through: the coordinator returns it, so the request awaits a submission again. */
    private void returnToUnit(String roundId) {
        tasks.inbox(TestActors.COORDINATOR, new InboxFilter(roundId, null), 0, 1).stream().findFirst().ifPresent(
                review -> sampling.sendBack(review.taskId(), "Dữ liệu xấu đã lọt qua kiểm tra; trả lại để thử tiếp.",
                        TestActors.COORDINATOR));
    }

    /**
     * BCrypt at its lowest cost for the demo accounts: every API call checks the password (HTTP Basic, no
     * session), and at the production cost of 10 that check, not the endpoint, would be what thousands of calls measure.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class CheapPasswords {
        @Bean
        @Primary
        PasswordEncoder cheapPasswords() {
            return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
        }
    }
}
