package vn.thuocdo.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.testing.PostgresTestDatabase;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.testing.TestClock;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail through the running application: the task-arrival mail after launch, the reminder from the engine's
 * timer, and a mail server that is down turning into a failed job and, at last, an incident for Cockpit.
 */
@SpringBootTest(classes = ThuocDoApplication.class, properties = {
        "camunda.bpm.job-execution.enabled=false", "thuocdo.demo.enabled=false", "spring.main.banner-mode=off",
        "thuocdo.mail.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=3925"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestClock.class)
class DeadlineMailTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3925, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired Rounds rounds;
    @Autowired ProcessEngine engine;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void officersAreMailedWhenTheTaskArrivesAndAgainBeforeTheDeadline() throws Exception {
        Round round = launch(2093);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage arrival = mail.getReceivedMessages()[0];
        assertThat(arrival.getAllRecipients()[0].toString()).isEqualTo("haiphong@demo.thuocdo.local");
        assertThat(arrival.getSubject()).startsWith("Nhiệm vụ mới: cung cấp thông tin chọn mẫu");

        runJobsAt(round, round.samplingDue().minusDays(3).atTime(9, 0));
        assertThat(mail.waitForIncomingEmail(5000, 2)).isTrue();
        assertThat(mail.getReceivedMessages()[1].getSubject()).startsWith("Nhắc hạn: cung cấp thông tin chọn mẫu");
    }

    @Test
    void aMailServerThatIsDownLeavesARetriedJobAndFinallyAnIncident() throws Exception {
        Round round = launch(2094);
        mail.stop();
        try {
            runJobsAt(round, round.samplingDue().minusDays(3).atTime(9, 0));
            assertThat(engine.getRuntimeService().createIncidentQuery()
                    .processInstanceId(instances(round).iterator().next()).count()).isEqualTo(1);
        } finally {
            mail.start();
        }
    }

    private Round launch(int year) {
        return rounds.launchNew(new NewRound(year, "Đợt thư nhắc", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(10)), TestActors.COORDINATOR);
    }

    private HashSet<String> instances(Round round) {
        return new HashSet<>(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(round.id() + ":%").list().stream().map(p -> p.getId()).toList());
    }

    /** Runs every job of the round due at that Vietnamese time, each until it succeeds or runs out of retries. */
    private void runJobsAt(Round round, java.time.LocalDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.atZone(TimeZones.VIETNAM).toInstant()));
        var management = engine.getManagementService();
        for (int pass = 0; pass < 10; pass++) {
            List<Job> due = management.createJobQuery().processInstanceIds(instances(round)).executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // The engine counts the failure down on the job; the next pass retries it.
                }
            }
        }
    }
}
