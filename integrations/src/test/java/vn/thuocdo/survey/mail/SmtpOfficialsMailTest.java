package vn.thuocdo.survey.mail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.thuocdo.survey.officials.OfficialsMail.PersonalLink;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The personal link mails over real SMTP: Vietnamese, UTF-8, text and HTML, the link and the last day in both. */
class SmtpOfficialsMailTest {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static SmtpOfficialsMail mailer(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new SmtpOfficialsMail(sender, "Thuoc Do <khong-tra-loi@thuocdo.local>");
    }

    @Test
    void anInvitationCarriesTheLinkAndTheLastDayInVietnameseTextAndHtml() throws Exception {
        mailer(mail.getSmtp().getPort()).send(new PersonalLink("lan@snv.haiphong.gov.vn", "Nguyễn Thị <Lan>",
                "Thành phố Hải Phòng", "https://thuocdo.example.vn/s/ABCD2345EFG", LocalDate.of(2026, 12, 31), false));
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("lan@snv.haiphong.gov.vn");
        assertThat(received.getSubject()).isEqualTo(
                "Mời tham gia khảo sát cán bộ, công chức về cải cách hành chính (PAR INDEX)");
        String plain = part(received, "text/plain");
        String html = part(received, "text/html");
        assertThat(plain).contains("Kính gửi ông/bà Nguyễn Thị <Lan>,", "Thành phố Hải Phòng",
                "https://thuocdo.example.vn/s/ABCD2345EFG", "đến hết ngày 31/12/2026");
        assertThat(html).contains("Nguyễn Thị &lt;Lan&gt;", "href=\"https://thuocdo.example.vn/s/ABCD2345EFG\"",
                "31/12/2026").doesNotContain("<Lan>");
    }

    @Test
    void aReminderSaysSoInItsSubject() throws Exception {
        mailer(mail.getSmtp().getPort()).send(new PersonalLink("lan@snv.haiphong.gov.vn", "Lan", "Bộ Tư pháp",
                "https://thuocdo.example.vn/s/ABCD2345EFG", LocalDate.of(2026, 12, 31), true));
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getSubject()).startsWith("Nhắc: khảo sát cán bộ, công chức").endsWith("31/12/2026");
        assertThat(part(received, "text/plain")).contains("thay cho đường dẫn trong thư trước");
    }

    @Test
    void anUnreachableServerThrowsSoThePersonStaysNotMailed() {
        assertThatThrownBy(() -> mailer(1).send(new PersonalLink("lan@snv.haiphong.gov.vn", "Lan", "Bộ Tư pháp",
                "https://thuocdo.example.vn/s/ABCD2345EFG", LocalDate.of(2026, 12, 31), false)))
                .isInstanceOf(MailException.class);
    }

    /** The decoded text of the message's part of that type, however deep in the multipart tree. */
    private static String part(jakarta.mail.Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
