package vn.thuocdo.survey.response;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.thuocdo.testing.ProcessesTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The online survey's core on H2, the embedded default a newcomer runs: the same tests as on PostgreSQL, on a
 * database of its own in memory, migrated by the same Flyway scripts.
 */
@SpringBootTest(classes = ProcessesTestApplication.class, properties = {"camunda.bpm.job-execution.enabled=false",
        "spring.main.banner-mode=off", "logging.level.org.camunda=WARN",
        "spring.datasource.url=jdbc:h2:mem:responses;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "spring.datasource.password="})
class ResponsesOnH2Test extends ResponsesContract {

    @Test
    void runsOnH2() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }
}
