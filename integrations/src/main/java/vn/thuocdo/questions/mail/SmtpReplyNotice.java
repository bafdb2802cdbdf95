package vn.thuocdo.questions.mail;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import vn.thuocdo.questions.ReplyNotice;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The reply notice by SMTP, in Vietnamese (mail/questions_vi.properties), as plain text: the question is the
 * citizen's own text, quoted, never markup. A failure throws; the caller logs it.
 */
public class SmtpReplyNotice implements ReplyNotice {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("mail/questions", Locale.forLanguageTag("vi"));
    /** Enough of the question to recognise it; the whole of it is on the page. */
    private static final int QUOTED = 300;

    private final JavaMailSender sender;
    private final String from;

    public SmtpReplyNotice(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(Reply reply) {
        String question = reply.question().length() > QUOTED ? reply.question().substring(0, QUOTED) + "…"
                : reply.question();
        Object[] args = {reply.askerName() == null ? text("anonymous") : reply.askerName(), question, reply.link()};
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(reply.to());
        mail.setSubject(text("subject"));
        mail.setText(new MessageFormat(text("body"), Locale.forLanguageTag("vi")).format(args));
        sender.send(mail);
    }

    private static String text(String key) {
        return TEXTS.getString(key);
    }
}
