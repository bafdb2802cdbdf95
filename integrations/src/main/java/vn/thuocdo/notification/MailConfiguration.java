package vn.thuocdo.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.identity.Role;

/** Mail only when configured (THUOCDO_MAIL_ENABLED=true); otherwise notices are shown in the application only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thuocdo.mail.enabled", havingValue = "true")
class MailConfiguration {

    @Bean
    Mailer smtpMailer(JavaMailSender sender, UnitDirectory directory,
                      @Value("${thuocdo.mail.from:Thuoc Do <khong-tra-loi@thuocdo.local>}") String from,
                      @Value("${thuocdo.mail.base-url:http://localhost:8080}") String baseUrl) {
        return new SmtpMailer(sender, from, baseUrl,
                (unit, role) -> directory.emailsOf(unit, Role.ofKey(role).orElseThrow()));
    }
}
