package vn.thuocdo.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.ThuocDoApplication;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newcomer's mode: H2 in a data folder, built-in accounts and a demo round, with nothing else installed. The
 * only test that runs on H2; everything else runs on PostgreSQL.
 */
@SpringBootTest(classes = ThuocDoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.datasource.url=jdbc:h2:file:./target/smoke-data/thuocdo-${random.uuid}",
                "camunda.bpm.job-execution.enabled=false",
                "thuocdo.demo.enabled=true",
                "spring.main.banner-mode=off"})
class EmbeddedDefaultSmokeTest {

    @LocalServerPort int port;
    @Autowired JdbcClient db;
    @Autowired Rounds rounds;
    @Autowired Tasks tasks;

    @Test
    void startsOnH2WithTheUnitRegisterAndADraftRoundForTheCurrentYearThatCanBeLaunched() throws Exception {
        assertThat(db.sql("select count(*) from unit where kind = 'PROVINCE' and id like 'T34-%'").query(Long.class).single()).isEqualTo(34);
        assertThat(db.sql("select count(*) from unit where id like 'T63-%'").query(Long.class).single()).isEqualTo(63);
        assertThat(db.sql("select count(*) from unit_succession where successor_id = 'T34-31'").query(Long.class)
                .single()).isEqualTo(2);

        Round demo = rounds.visibleTo(TestActors.COORDINATOR).stream().filter(r -> r.state() == RoundState.DRAFT)
                .findFirst().orElseThrow();
        assertThat(demo.year()).isEqualTo(java.time.LocalDate.now().getYear());
        assertThat(demo.participants()).hasSize(34).contains("T34-31");

        rounds.launch(demo.id(), TestActors.COORDINATOR);
        assertThat(tasks.countInbox(TestActors.HAI_PHONG, new InboxFilter(demo.id(), null))).isEqualTo(1);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.body()).startsWith("{\"status\":\"UP\"");
    }
}
