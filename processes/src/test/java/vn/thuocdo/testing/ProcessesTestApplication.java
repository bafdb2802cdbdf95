package vn.thuocdo.testing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The processes module on its own, for its tests. Left out of the test jar so web-ui's scan never sees it. */
@SpringBootApplication(scanBasePackages = "vn.thuocdo")
public class ProcessesTestApplication {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
