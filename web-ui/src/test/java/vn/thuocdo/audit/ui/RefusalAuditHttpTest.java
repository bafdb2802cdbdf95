package vn.thuocdo.audit.ui;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thuocdo.audit.ApiAccess;
import vn.thuocdo.audit.ApiAccessLog;
import vn.thuocdo.audit.AuditEvent;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.audit.AuditQuery;
import vn.thuocdo.audit.AuditTrail;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.FormSignIn;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each kind of refusal over HTTP is exactly one DENIED event naming the person and what they asked for. */
@ServerTest
class RefusalAuditHttpTest {

    @LocalServerPort int port;
    @Autowired AuditTrail trail;
    @Autowired ApiAccessLog apiAccess;
    @Autowired Rounds rounds;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theEngineRestApiRefusedToANonOperatorIsOneDeniedRequest() throws Exception {
        AuditQuery haiphong = new AuditQuery("haiphong", null, "request", null, null);
        int before = trail.count(haiphong);

        assertThat(send(get("/engine-rest/task").header("Authorization", basic("haiphong"))).statusCode()).isEqualTo(403);

        assertThat(trail.count(haiphong)).isEqualTo(before + 1);
        AuditEvent denied = trail.find(haiphong, 0, 1).get(0);
        assertThat(denied.outcome()).isEqualTo(AuditLog.DENIED);
        assertThat(denied.who()).isEqualTo("Trần Văn Nam");
        assertThat(denied.unitId()).isEqualTo("T34-31");
        assertThat(denied.target()).isEqualTo("GET /engine-rest/task");
    }

    @Test
    void theCockpitRefusedToASignedInCoordinatorKeepsItsErrorPageAndIsOneDeniedRequest() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        AuditQuery signIns = new AuditQuery("dieuphoi", null, "sign-in", null, null);
        int signedInBefore = trail.count(signIns);
        HttpResponse<Void> login = FormSignIn.signIn(browser, uri("/"), "dieuphoi", "thuocdo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(trail.count(signIns)).as("an interactive sign-in is one row").isEqualTo(signedInBefore + 1);
        AuditQuery dieuphoi = new AuditQuery("dieuphoi", null, "request", null, null);
        int before = trail.count(dieuphoi);

        HttpResponse<String> cockpit = browser.send(get("/camunda/app/cockpit/default/").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(cockpit.statusCode()).isEqualTo(403);
        assertThat(trail.count(dieuphoi)).isEqualTo(before + 1);
        assertThat(trail.find(dieuphoi, 0, 1).get(0)).satisfies(e -> {
            assertThat(e.who()).isEqualTo("Nguyễn Thu Hà");
            assertThat(e.unitId()).isEqualTo("BO-BNV");
            assertThat(e.target()).isEqualTo("GET /camunda/app/cockpit/default/");
        });
    }

    @Test
    void anotherProvincesSubmissionThroughTheApiIsOneDeniedCallAndTheSharedJsonError() throws Exception {
        Round round = rounds.launchNew(new NewRound(2095, "Đợt thử API", RoundLevel.NATIONAL, List.of("T34-31", "T34-01"),
                "sampling-request@1", LocalDate.now().plusDays(10)), TestActors.COORDINATOR);
        AuditQuery hanoi = new AuditQuery("hanoi", "T34-01", "call", null, null);
        int before = trail.count(hanoi);

        HttpResponse<String> refused = send(HttpRequest.newBuilder(
                        uri("/api/v1/rounds/" + round.id() + "/sampling/T34-31/submission"))
                .header("Authorization", basic("hanoi")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("\"error\":\"access.denied\"");
        assertThat(trail.count(hanoi)).isEqualTo(before + 1);
        assertThat(trail.find(hanoi, 0, 1).get(0)).satisfies(e -> {
            assertThat(e.who()).isEqualTo("Lê Thị Mai");
            assertThat(e.target()).contains("T34-31");
            assertThat(e.detail()).startsWith("sampling.");
        });
    }

    @Test
    void aHundredApiCallsWriteNoSignInRowsAndOneCountedAccess() throws Exception {
        AuditQuery signIns = new AuditQuery("lanhdao.haiphong", null, "sign-in", null, null);
        int before = trail.count(signIns);
        long callsBefore = callsToMe().stream().mapToLong(ApiAccess::calls).sum();

        for (int i = 0; i < 100; i++) {
            assertThat(send(get("/api/v1/me").header("Authorization", basic("lanhdao.haiphong"))).statusCode())
                    .isEqualTo(200);
        }

        assertThat(trail.count(signIns)).isEqualTo(before);
        // Other tests of this context call the API as the same person: count this endpoint's calls, before and after.
        assertThat(callsToMe()).singleElement().satisfies(a -> {
            assertThat(a.calls()).isEqualTo(callsBefore + 100);
            assertThat(a.unitId()).isEqualTo("T34-31");
            assertThat(a.who()).isEqualTo("Phạm Quốc Hùng");
        });
    }

    private List<ApiAccess> callsToMe() {
        return apiAccess.find(new AuditQuery("lanhdao.haiphong", null, null, null, null), 0, 100).stream()
                .filter(a -> a.endpoint().equals("GET /api/v1/me")).toList();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(uri(path));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":thuocdo").getBytes(StandardCharsets.UTF_8));
    }
}
