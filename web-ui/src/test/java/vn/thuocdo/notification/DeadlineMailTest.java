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
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.sampling.ui.SamplingAnswersForTests;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
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
 * timer, the notices of a submission and an approval, and a mail server that is down turning into a failed job and,
 * at last, an incident for Cockpit.
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
    @Autowired SamplingRequests sampling;
    @Autowired Tasks tasks;

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

    @Test
    void theCoordinatorIsMailedALinkToTheReviewWhenAUnitSubmitsAndTheOfficerALinkToTheRequestWhenApproved()
            throws Exception {
        Round round = launch(2095);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        sampling.submit(onlyTask(round, TestActors.HAI_PHONG), SamplingAnswersForTests.complete(), TestActors.HAI_PHONG);
        String review = onlyTask(round, TestActors.COORDINATOR);
        runNoticeJobs();
        MimeMessage submitted = received("Đơn vị đã nộp thông tin chọn mẫu: Thành phố Hải Phòng");
        assertThat(submitted.getAllRecipients()).extracting(Object::toString).anyMatch(to -> to.startsWith("dieuphoi@"))
                .noneMatch(to -> to.startsWith("haiphong@"));
        assertThat(submitted.getContent().toString()).contains("/sampling/review/" + review);

        sampling.approve(review, TestActors.COORDINATOR);
        runNoticeJobs();
        MimeMessage approved = received("Thông tin chọn mẫu đã được chấp thuận");
        assertThat(approved.getAllRecipients()[0].toString()).isEqualTo("haiphong@demo.thuocdo.local");
        assertThat(approved.getContent().toString())
                .contains("/sampling/request?round=" + round.id() + "&unit=T34-31");
    }

    /** The first mail received with that subject (one copy per recipient arrives). */
    private static MimeMessage received(String subject) throws Exception {
        for (MimeMessage message : mail.getReceivedMessages()) {
            if (subject.equals(message.getSubject())) {
                return message;
            }
        }
        throw new AssertionError("No mail \"" + subject + "\" among " + mail.getReceivedMessages().length);
    }

    @Test
    void aMailServerThatIsDownWhenAUnitSubmitsLeavesAnIncidentAndTheSubmissionStands() throws Exception {
        Round round = launch(2096);
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        mail.stop();
        try {
            sampling.submit(onlyTask(round, TestActors.HAI_PHONG), SamplingAnswersForTests.complete(),
                    TestActors.HAI_PHONG);
            runNoticeJobs();
            assertThat(engine.getRuntimeService().createIncidentQuery()
                    .processDefinitionKeyIn("NoticeMailProcess").count()).isGreaterThanOrEqualTo(1);
            // The submission and the workflow went on: the mail is the only thing waiting.
            assertThat(sampling.forRound(round.id()).get(0).state()).isEqualTo(SamplingState.SUBMITTED);
            assertThat(tasks.inbox(TestActors.COORDINATOR, new InboxFilter(round.id(), null), 0, 1)).hasSize(1);
        } finally {
            mail.start();
        }
    }

    private String onlyTask(Round round, vn.thuocdo.identity.Actor actor) {
        return tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }

    /** Runs the mail jobs of notices, each until it succeeds or runs out of retries. */
    private void runNoticeJobs() {
        var management = engine.getManagementService();
        for (int pass = 0; pass < 10; pass++) {
            List<Job> due = management.createJobQuery().processDefinitionKey("NoticeMailProcess").executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                try {
                    management.executeJob(job.getId());
                } catch (RuntimeException failed) {
                    // Counted down on the job; the next pass retries it.
                }
            }
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
