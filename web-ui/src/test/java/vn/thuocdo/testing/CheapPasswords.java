package vn.thuocdo.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

/**
 * BCrypt at its lowest cost for the demo accounts: every API call checks the password (HTTP Basic, no session), and
 * at the production cost of 10 that check, not the endpoint, would be what thousands of calls measure.
 */
@TestConfiguration(proxyBeanMethods = false)
public class CheapPasswords {

    @Bean
    @Primary
    PasswordEncoder cheapPasswords() {
        return new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(4)));
    }
}
