package vn.thuocdo.fieldwork.offline;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.OfflineContext;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.testing.badinput.BadInputReport;
import vn.thuocdo.testing.badinput.BadInputRun;
import vn.thuocdo.testing.badinput.BadInputTarget;
import vn.thuocdo.testing.badinput.FieldKind;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline kit's JSON behind its machine door ({@code /api/v1/fieldwork/offline}, HTTP Basic): who may send, what a
 * refusal says, a resend stored once, and the generated bad bodies. The kit's own door (session + CSRF) is driven by
 * OfflineKitBrowserTest; here only its refusal of a caller without a session. Round of 2092.
 */
@ServerTest
@OfflineContext
@Import(CheapPasswords.class)
class OfflineKitApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired FieldworkScene scene;
    @Autowired FieldworkTeams teams;
    @Autowired Assignments assignments;
    @Autowired JdbcTemplate jdbc;

    @Test
    void onlyTheEnumeratorOfAHouseholdMayStoreItsInterviewAndAResendIsStoredOnce() throws Exception {
        FieldworkScene.Team team = scene.setUp(2092);
        teams.addMember(TestActors.COORDINATOR, team.haiPhong().id(), "dieutravien", "Ngô Thị Hương",
                TeamRole.ENUMERATOR);
        teams.addMember(TestActors.COORDINATOR, team.other().id(), "giamsat", "Trần Thị Giám Sát", TeamRole.SUPERVISOR);
        List<Long> slots = scene.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), "dieutravien");
        long mine = slots.get(0);
        long elsewhere = scene.households(team, team.otherCommune()).get(0);
        String id = UUID.randomUUID().toString();
        String draft = "{\"slot\": " + mine + ", \"send\": \"DRAFT\", \"answers\": {\"ageBand\": \"18-25\"},"
                + " \"paradata\": {\"startedAt\": \"2026-12-01T01:00:00Z\", \"device\": \"Tablet\"}}";

        assertThat(post(null, id, draft).statusCode()).isEqualTo(401);
        HttpResponse<String> kitWithoutSession = HTTP.send(HttpRequest.newBuilder(URI.create(site() + "/thuc-dia/ngoai-tuyen/api/dot"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(kitWithoutSession.statusCode()).isEqualTo(401);
        assertThat(kitWithoutSession.body()).contains("\"error\":\"api.unauthorized\"");

        HttpResponse<String> official = post("haiphong", id, draft);
        assertThat(official.statusCode()).isEqualTo(403);
        assertThat(official.body()).contains("\"error\":\"access.denied\"");
        HttpResponse<String> otherBranch = post("giamsat", id, draft);
        assertThat(otherBranch.statusCode()).isEqualTo(400);
        assertThat(otherBranch.body()).contains("fieldwork.slotNotAssigned", "Hộ này không được giao cho ông/bà.");
        HttpResponse<String> notAssigned = post("dieutravien", id,
                draft.replace("\"slot\": " + mine, "\"slot\": " + elsewhere));
        assertThat(notAssigned.statusCode()).isEqualTo(400);
        assertThat(notAssigned.body()).contains("fieldwork.slotNotAssigned");
        assertThat(stored(id)).isZero();

        HttpResponse<String> first = post("dieutravien", id, draft);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.body()).contains("\"state\":\"DRAFT\"");
        assertThat(post("dieutravien", id, draft).body()).isEqualTo(first.body());
        assertThat(stored(id)).isOne();

        HttpResponse<String> refused = post("dieutravien", id, draft.replace("18-25", "9"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"ageBand\"");

        BadInputTarget target = BadInputTarget.post("/api/v1/fieldwork/offline/phieu/" + UUID.randomUUID())
                .as("dieutravien", "thuocdo")
                .field("slot", String.valueOf(slots.get(5)), FieldKind.integer(1, Long.MAX_VALUE, true))
                .field("send", "\"DRAFT\"", FieldKind.text(5, true))
                .field("answers", "{\"ageBand\": \"18-25\"}", FieldKind.object(true))
                .unchanged(() -> jdbc.queryForList("select id, state, version from fieldwork_interview order by id"));
        BadInputReport report = BadInputRun.against(site(), target).bodies(2_000).run();
        System.out.println(report.summary());
        report.writeTo(Path.of("target", "bench", "bad-input.md"));
        assertThat(report.serverErrors()).as(report.summary()).isZero();
        assertThat(report.failures()).as(report.summary()).isEmpty();
    }

    private int stored(String id) {
        return jdbc.queryForObject("select count(*) from fieldwork_interview where id = ?", Integer.class, id);
    }

    private String site() {
        return "http://localhost:" + port;
    }

    private HttpResponse<String> post(String username, String id, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site() + "/api/v1/fieldwork/offline/phieu/" + id))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":thuocdo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
