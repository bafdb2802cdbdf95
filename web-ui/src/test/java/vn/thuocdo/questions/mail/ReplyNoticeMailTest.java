package vn.thuocdo.questions.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.questions.CitizenPosts;
import vn.thuocdo.questions.NewPost;
import vn.thuocdo.questions.PostKind;
import vn.thuocdo.testing.PostgresTestDatabase;
import vn.thuocdo.testing.TestClock;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reply notice with a real mail server, in the officials' mail test's context (identical annotations, so no new
 * context): a published answer mails the address the citizen left, once, and the address is then erased; a rejected
 * question mails nobody and its address is erased too; a question without an address mails nobody. The notice
 * leaves after the publication commits, never from inside it: a publication rolled back mails nobody.
 */
@SpringBootTest(classes = ThuocDoApplication.class, properties = {
        "camunda.bpm.job-execution.enabled=false", "thuocdo.demo.enabled=false", "spring.main.banner-mode=off",
        "thuocdo.mail.enabled=true", "spring.mail.host=127.0.0.1", "spring.mail.port=3946",
        "thuocdo.public-url=https://khaosat.thuocdo.example.vn/", "thuocdo.survey.officials.max-reminders=2",
        "thuocdo.survey.officials.reminder-interval-days=7", "thuocdo.survey.officials.max-rows=50",
        "thuocdo.survey.officials.min-group-shown=2"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
@Import(TestClock.class)
class ReplyNoticeMailTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(3946, "127.0.0.1",
            ServerSetup.PROTOCOL_SMTP));

    static final Actor COORDINATOR = new Actor("dieuphoi", "Nguyễn Thu Hà", "BO-BNV", Set.of(Role.MINISTRY_COORDINATOR));
    static final Actor MODERATOR = new Actor("kiemduyet", "Đặng Thu Trang", "BO-BNV", Set.of(Role.CITIZEN_MODERATOR));

    @Autowired CitizenPosts posts;
    @Autowired JdbcClient db;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aPublishedAnswerMailsTheAskerOnceAndTheAddressIsThenErased() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String asked = posts.submit(new NewPost(PostKind.QUESTION, "Phạm Thị Hoa", "hoa@example.vn", "T34-31",
                "Khi nào công bố kết quả? " + marker));
        String rejected = posts.submit(new NewPost(PostKind.QUESTION, null, "khac@example.vn", null, "Lạc đề " + marker));
        String anonymous = posts.submit(new NewPost(PostKind.QUESTION, null, null, null, "Không để lại thư " + marker));
        for (String id : new String[] {asked, anonymous}) {
            posts.answer(id, "Quý II năm sau.", COORDINATOR);
            posts.publish(id, MODERATOR);
        }
        posts.reject(rejected, "Không liên quan", MODERATOR);

        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("hoa@example.vn");
        assertThat(received[0].getSubject()).isEqualTo("Câu hỏi của bạn đã được trả lời");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(db.sql("select count(*) from citizen_post where id in (?, ?) and asker_email is not null")
                .params(asked, rejected).query(Integer.class).single()).isZero();
    }

    @Test
    void theNoticeLeavesOnlyOnceThePublicationHasCommittedAndARolledBackPublicationMailsNobody() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String kept = posts.submit(new NewPost(PostKind.QUESTION, null, "lan@example.vn", null, "Câu hỏi " + marker));
        String undone = posts.submit(new NewPost(PostKind.QUESTION, null, "minh@example.vn", null, "Hỏi lại " + marker));
        posts.answer(kept, "Đã có trong báo cáo.", COORDINATOR);
        posts.answer(undone, "Đã có trong báo cáo.", COORDINATOR);
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        transaction.executeWithoutResult(status -> {
            posts.publish(kept, MODERATOR);
            // Still inside the publication: nothing has left yet.
            assertThat(mail.getReceivedMessages()).isEmpty();
        });
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo("lan@example.vn");
        assertThat(email(kept)).isNull();

        transaction.executeWithoutResult(status -> {
            posts.publish(undone, MODERATOR);
            status.setRollbackOnly();
        });
        assertThat(mail.getReceivedMessages()).hasSize(1);
        // Not published, so the address still waits for the notice of the publication to come.
        assertThat(email(undone)).isEqualTo("minh@example.vn");
        assertThat(db.sql("select state from citizen_post where id = ?").param(undone).query(String.class).single())
                .isEqualTo("ANSWERED");
    }

    private String email(String id) {
        return db.sql("select asker_email from citizen_post where id = ?").param(id)
                .query((rs, row) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }
}
