package vn.thuocdo.fieldwork;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import vn.thuocdo.testing.ProcessesTestApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** Fieldwork's core on H2, the embedded default: the same tests on a database of its own, migrated by V15 too. */
@SpringBootTest(classes = ProcessesTestApplication.class, properties = {"camunda.bpm.job-execution.enabled=false",
        "spring.main.banner-mode=off", "logging.level.org.camunda=WARN",
        "spring.datasource.url=jdbc:h2:mem:fieldwork;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "spring.datasource.password="})
class FieldworkOnH2Test extends FieldworkContract {

    @Test
    void runsOnH2() throws Exception {
        try (var connection = jdbc.getDataSource().getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
        }
    }
}
