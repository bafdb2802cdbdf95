package vn.thuocdo.notification;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.BiFunction;

/**
 * Notices by SMTP, in Vietnamese (mail/notices_vi.properties: {@code <key>.subject}, {@code <key>.body}). A
 * failure throws: the notifying workflow job then retries and, in the end, shows as an incident in Cockpit.
 */
public class SmtpMailer implements Mailer {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("mail/notices", Locale.forLanguageTag("vi"));

    private final JavaMailSender sender;
    private final String from;
    private final String baseUrl;
    private final BiFunction<String, String, List<String>> recipients;

    /** {@code recipients} gives the addresses for a unit id and role key. */
    public SmtpMailer(JavaMailSender sender, String from, String baseUrl,
                      BiFunction<String, String, List<String>> recipients) {
        this.sender = sender;
        this.from = from;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.recipients = recipients;
    }

    @Override
    public int send(Notice notice) {
        List<String> to = recipients.apply(notice.unitId(), notice.role());
        if (to.isEmpty()) {
            return 0;
        }
        Object[] args = notice.args().toArray();
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to.toArray(String[]::new));
        mail.setSubject(MessageFormat.format(TEXTS.getString(notice.key() + ".subject"), args));
        mail.setText(MessageFormat.format(TEXTS.getString(notice.key() + ".body"), args)
                + "\n\n" + baseUrl + "/" + notice.link() + "\n\n" + TEXTS.getString("signature"));
        sender.send(mail);
        return to.size();
    }
}
