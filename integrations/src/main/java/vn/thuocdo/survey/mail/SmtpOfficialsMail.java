package vn.thuocdo.survey.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.survey.officials.OfficialsMail;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The officials' personal links by SMTP: Vietnamese, UTF-8, plain text and HTML alternatives (texts in
 * mail/officials_vi.properties). A failure throws, so the person stays "not mailed" and the next reminder run
 * sends again.
 */
public class SmtpOfficialsMail implements OfficialsMail {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("mail/officials", Locale.forLanguageTag("vi"));

    private final JavaMailSender sender;
    private final String from;

    public SmtpOfficialsMail(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public void send(PersonalLink mail) {
        Object[] args = {mail.fullName(), mail.unitName(), mail.link(), Formats.date(mail.deadline())};
        String kind = mail.reminder() ? "reminder" : "invite";
        String greeting = text("greeting", args);
        String body = text(kind + ".body", args);
        String link = text("link", args);
        String deadline = text("deadline", args);
        String privacy = text("privacy", args);
        String signature = text("signature", args);
        String plain = String.join("\n\n", greeting, body, link + "\n" + mail.link(), deadline, privacy, signature);
        String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head>"
                + "<body style=\"font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a\">"
                + "<p>" + escape(greeting) + "</p><p>" + escape(body) + "</p><p>" + escape(link) + "<br>"
                + "<a href=\"" + escape(mail.link()) + "\" style=\"font-size:17px;font-weight:bold\">"
                + escape(mail.link()) + "</a></p><p><strong>" + escape(deadline) + "</strong></p>"
                + "<p style=\"color:#555\">" + escape(privacy) + "</p><p>" + escape(signature).replace("\n", "<br>")
                + "</p></body></html>";
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.to());
            helper.setSubject(text(kind + ".subject", args));
            helper.setText(plain, html);
        } catch (MessagingException unwritable) {
            throw new MailPreparationException("Officials' survey mail not written", unwritable);
        }
        sender.send(message);
    }

    private static String text(String key, Object[] args) {
        return new MessageFormat(TEXTS.getString(key), Locale.forLanguageTag("vi")).format(args);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
