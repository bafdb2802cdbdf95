package vn.thuocdo.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.web.IdentityProperties;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every REST endpoint of ours plus the engine's and the metrics × every demo account × anonymous. An endpoint
 * added without a row fails the first test.
 */
@ServerTest
class ApiAccessMatrixTest {

    /**
     * Expected status by caller: {@code role@unit} or a role key, {@code *} for any other signed-in caller,
     * {@code anonymous}.
     */
    static final Map<String, Map<String, Integer>> MATRIX = Map.of(
            "/api/v1/me", Map.of("*", 200, "anonymous", 401),
            "/api/v1/inbox", Map.of("*", 200, "anonymous", 401),
            "/api/v1/rounds", Map.of("*", 200, "anonymous", 401),
            // A round's progress is its organiser's: the ministry's coordinators, not a province's.
            "/api/v1/rounds/{roundId}/progress", Map.of("ministry-coordinator@BO-BNV", 200, "*", 403, "anonymous", 401),
            "/engine-rest/task", Map.of("operator", 200, "*", 403, "anonymous", 401),
            "/actuator/prometheus", Map.of("operator", 200, "*", 403, "anonymous", 401),
            "/actuator/health", Map.of("*", 200, "anonymous", 200));

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired IdentityProperties identity;
    @Autowired Rounds rounds;

    @Test
    void everyEndpointOfOursHasAnEntryInTheMatrix() {
        Set<String> ours = new TreeSet<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            if (entry.getValue().getBeanType().getPackageName().startsWith("vn.thuocdo")) {
                RequestMappingInfo info = entry.getKey();
                ours.addAll(info.getPatternValues());
            }
        }
        assertThat(ours).isNotEmpty();
        assertThat(MATRIX.keySet()).as("endpoints without an access rule").containsAll(ours);
    }

    @Test
    void eachCallerGetsExactlyTheStatusTheMatrixSays() throws Exception {
        Round round = rounds.launchNew(new NewRound(2090, "Đợt ma trận API", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        List<String> wrong = new ArrayList<>();
        for (var endpoint : MATRIX.entrySet()) {
            String path = endpoint.getKey().replace("{roundId}", round.id());
            for (IdentityProperties.DemoAccount account : identity.demoAccounts()) {
                int expected = account.roles().stream().map(r -> r + "@" + account.unit())
                        .filter(endpoint.getValue()::containsKey).map(endpoint.getValue()::get).findFirst()
                        .or(() -> account.roles().stream().filter(endpoint.getValue()::containsKey)
                                .map(endpoint.getValue()::get).findFirst())
                        .orElse(endpoint.getValue().get("*"));
                int actual = status(path, account.username());
                if (expected != actual) {
                    wrong.add(account.username() + " " + path + ": " + actual + ", expected " + expected);
                }
            }
            int anonymous = status(path, null);
            if (anonymous != endpoint.getValue().get("anonymous")) {
                wrong.add("anonymous " + path + ": " + anonymous);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aCallerSeesOnlyTheirOwnUnitsWorkThroughTheApi() throws Exception {
        Round round = rounds.launchNew(new NewRound(2091, "Đợt API đơn vị", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        String haiPhong = body("/api/v1/inbox?roundId=" + round.id(), "haiphong");
        assertThat(haiPhong).contains("\"unitId\":\"T34-31\"").doesNotContain("T34-01");
        // Asking for another unit's tasks by filter gives nothing: the filter narrows, it never widens.
        assertThat(body("/api/v1/inbox?roundId=" + round.id() + "&unitId=T34-01", "haiphong")).isEqualTo("[]");
    }

    private int status(String path, String user) throws Exception {
        return send(path, user).statusCode();
    }

    private String body(String path, String user) throws Exception {
        return send(path, user).body();
    }

    private HttpResponse<String> send(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":thuocdo").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
