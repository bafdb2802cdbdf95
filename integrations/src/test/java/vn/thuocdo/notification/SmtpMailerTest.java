package vn.thuocdo.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notices over real SMTP, received by an in-process mail server. */
class SmtpMailerTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private SmtpMailer mailer(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.setDefaultEncoding("UTF-8");
        return new SmtpMailer(sender, "khong-tra-loi@thuocdo.local", "https://thuocdo.example.vn/",
                (unit, role) -> unit.equals("T34-31") && role.equals("provincial-officer")
                        ? List.of("an@snv.haiphong.gov.vn", "binh@snv.haiphong.gov.vn") : List.of());
    }

    @Test
    void aReminderReachesEveryOfficerOfTheUnitInVietnamese() throws Exception {
        int sent = mailer(mail.getSmtp().getPort()).send(new Notice(1, Instant.now(), "T34-31", "provincial-officer",
                "notice.sampling.reminder", List.of("30/11/2026"), "sampling/submit"));
        assertThat(sent).isEqualTo(2);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[0].getSubject()).isEqualTo("Nhắc hạn: cung cấp thông tin chọn mẫu trước ngày 30/11/2026");
        assertThat(GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(new String(received[0].getInputStream().readAllBytes(), "UTF-8"))
                .contains("Hạn nộp là ngày 30/11/2026", "https://thuocdo.example.vn/sampling/submit");
    }

    @Test
    void nobodyToMailMeansNoMail() {
        assertThat(mailer(mail.getSmtp().getPort()).send(new Notice(2, Instant.now(), "T34-01", "provincial-officer",
                "notice.sampling.reminder", List.of("30/11/2026"), "sampling/submit"))).isZero();
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void anUnreachableMailServerFailsLoudlySoTheJobRetries() {
        assertThatThrownBy(() -> mailer(1).send(new Notice(3, Instant.now(), "T34-31", "provincial-officer",
                "notice.sampling.reminder", List.of("30/11/2026"), "sampling/submit")))
                .isInstanceOf(org.springframework.mail.MailException.class);
    }
}
