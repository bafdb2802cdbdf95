package vn.thuocdo.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The capabilities with their adapters, without the web application, for the integrations module's tests. */
@SpringBootApplication(scanBasePackages = "vn.thuocdo")
class IntegrationsTestApplication {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
