package vn.thuocdo.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thuocdo.testing.FormSignIn;
import vn.thuocdo.testing.ServerTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP surface of a running server: what anonymous callers, officers and operators get. */
@ServerTest
class HttpSecurityTest {

    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theEngineRestApiAnswers401ToAnonymousCallersAnd403ToNonOperators() throws Exception {
        assertThat(get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/task", null).headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).startsWith("Basic"));
        assertThat(get("/engine-rest/task", "haiphong").statusCode()).isEqualTo(403);
        assertThat(get("/engine-rest/task", "dieuphoi").statusCode()).isEqualTo(403);
        HttpResponse<String> operator = get("/engine-rest/engine", "vanhanh");
        assertThat(operator.statusCode()).isEqualTo(200);
        assertThat(operator.body()).contains("default");
    }

    @Test
    void anAnonymousApiCallIs401WithItsChallengeAndTheSharedJsonError() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/me", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"thuocdo\"");
        assertThat(anonymous.body()).contains("\"error\":\"api.unauthorized\"", "Vui lòng đăng nhập", "\"fields\":[]");
        // The engine's REST API keeps its bare 401: its callers are Camunda's tools, not ours.
        assertThat(get("/engine-rest/engine", null).body()).isEmpty();
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/engine-rest/engine"))
                .header("Authorization", basic("vanhanh", "sai-mat-khau")).build();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }

    @Test
    void cockpitIsForSignedInOperatorsOnly() throws Exception {
        HttpResponse<String> anonymous = get("/camunda/app/cockpit/default/", null);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void theRootServesTheApplicationNotTheCockpit() throws Exception {
        HttpResponse<String> root = get("/", null);
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> login = get("/login", null);
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).doesNotContain("camunda");
    }

    @Test
    void healthProbesAreOpenAndSayOnlyUpOrDown() throws Exception {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(probe, null);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            assertThat(health.body()).as(probe).startsWith("{\"status\":\"UP\"").doesNotContain("components");
        }
    }

    @Test
    void metricsAreForOperators() throws Exception {
        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "haiphong").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = get("/actuator/prometheus", "vanhanh");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections_active");
    }

    @Test
    void aSignedInOperatorReachesCockpitAndAPostWithoutTheCsrfTokenIsRefused() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<Void> login = FormSignIn.signIn(browser, uri("/"), "vanhanh", "thuocdo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));

        HttpResponse<String> cockpit = browser.send(HttpRequest.newBuilder(uri("/camunda/app/cockpit/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("Cockpit");
        HttpResponse<String> camundaUser = browser.send(HttpRequest.newBuilder(
                uri("/camunda/api/admin/auth/user/default")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(camundaUser.statusCode()).isEqualTo(200);
        assertThat(camundaUser.body()).contains("\"userId\":\"vanhanh\"");

        HttpResponse<Void> forged = browser.send(HttpRequest.newBuilder(uri("/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (user != null) {
            request.header("Authorization", basic(user, "thuocdo"));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
