package vn.thuocdo.fieldwork;

import org.springframework.boot.test.context.SpringBootTest;
import vn.thuocdo.testing.ProcessesTestApplication;

/** The checks of interviews on H2, the embedded default: the same tests on a database of its own. */
@SpringBootTest(classes = ProcessesTestApplication.class, properties = {"camunda.bpm.job-execution.enabled=false",
        "spring.main.banner-mode=off", "logging.level.org.camunda=WARN",
        "spring.datasource.url=jdbc:h2:mem:fieldworkchecks;DB_CLOSE_DELAY=-1", "spring.datasource.username=sa",
        "spring.datasource.password="})
class FieldworkChecksOnH2Test extends FieldworkChecksContract {
}
