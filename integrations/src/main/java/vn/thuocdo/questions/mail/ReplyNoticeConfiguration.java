package vn.thuocdo.questions.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import vn.thuocdo.questions.ReplyNotice;

/** Reply notices go by mail only when mail is configured (THUOCDO_MAIL_ENABLED=true), as notices do. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thuocdo.mail.enabled", havingValue = "true")
class ReplyNoticeConfiguration {

    @Bean
    ReplyNotice smtpReplyNotice(JavaMailSender sender,
                                @Value("${thuocdo.mail.from:Thuoc Do <khong-tra-loi@thuocdo.local>}") String from) {
        return new SmtpReplyNotice(sender, from);
    }
}
