package vn.thuocdo.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A real Keycloak 26 for the identity tests: the Maven build unpacks the distribution from Maven Central into
 * target/keycloak; this boots it once per test JVM in dev mode on free ports with a fresh database and the
 * product's realm file imported. Locally the tests skip, saying why, when the distribution is missing; in CI
 * (CI=true) they fail instead, so a green CI always means they ran.
 */
public final class KeycloakServer {

    public static final String REALM = "thuocdo";
    public static final String CLIENT_ID = "thuocdo-app";
    public static final String CLIENT_SECRET = "test-client-secret";
    public static final String ADMIN_PASSWORD = "test-admin-password-1";
    public static final String COORDINATOR_PASSWORD = "Test-DieuPhoi-2026";
    public static final String OFFICER_PASSWORD = "Test-HaiPhong-2026";
    public static final String PROVISIONING_SECRET = "test-provisioning-secret";
    /** The application's public address as an operator sets it for the realm import. */
    public static final String PUBLIC_URL = "https://thuocdo.test.example";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String base;

    private KeycloakServer() {
    }

    /** Starts the server if this JVM has not yet; returns its base URL. */
    public static synchronized String start() {
        if (base != null) {
            return base;
        }
        Path home = Paths.get(System.getProperty("keycloak.home", "target/keycloak/keycloak-26.7.3"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            String why = "No Keycloak distribution at " + home.toAbsolutePath()
                    + " (the Maven build unpacks org.keycloak:keycloak-quarkus-dist there)";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(why);
            }
            Assumptions.abort(why);
        }
        try {
            base = boot(home);
            allowPasswordGrantsForTests();
            return base;
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak did not start: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String issuer() {
        return start() + "/realms/" + REALM;
    }

    private static String boot(Path home) throws IOException, InterruptedException {
        Path data = home.resolve("data");
        if (Files.exists(data)) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Path imports = Files.createDirectories(data.resolve("import"));
        Files.copy(Paths.get("../integrations/src/main/resources/identity/keycloak/thuocdo-realm.json"),
                imports.resolve("thuocdo-realm.json"));
        int port = freePort();
        int management = freePort();
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-management-port=" + management, "--import-realm",
                "--health-enabled=true")
                .redirectErrorStream(true)
                .redirectOutput(Paths.get("target", "keycloak.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("THUOCDO_CLIENT_SECRET", CLIENT_SECRET);
        env.put("THUOCDO_DEMO_COORDINATOR_PASSWORD", COORDINATOR_PASSWORD);
        env.put("THUOCDO_DEMO_OFFICER_PASSWORD", OFFICER_PASSWORD);
        env.put("THUOCDO_PROVISIONING_SECRET", PROVISIONING_SECRET);
        env.put("THUOCDO_PUBLIC_URL", PUBLIC_URL);
        env.put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m -XX:TieredStopAtLevel=1");
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        String url = "http://localhost:" + port;
        Instant until = Instant.now().plus(Duration.ofSeconds(240));
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new IOException("Keycloak exited; see web-ui/target/keycloak.log");
            }
            try {
                HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/realms/" + REALM
                        + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return url;
                }
            } catch (IOException notYet) {
                // still booting
            }
            Thread.sleep(1000);
        }
        process.destroy();
        throw new IOException("Keycloak was not ready within 240 s; see web-ui/target/keycloak.log");
    }

    /**
     * Tests obtain tokens with the password grant, which the product's realm keeps off: it is switched on here,
     * in the test server only.
     */
    private static void allowPasswordGrantsForTests() throws IOException, InterruptedException {
        JsonNode client = admin("GET", "/clients?clientId=" + CLIENT_ID, null).get(0);
        Map<String, Object> update = JSON.convertValue(client, Map.class);
        update.put("directAccessGrantsEnabled", true);
        admin("PUT", "/clients/" + client.get("id").asText(), update);
    }

    /** Calls the admin REST API of the thuocdo realm as the bootstrap administrator. */
    public static JsonNode admin(String method, String path, Object body) throws IOException, InterruptedException {
        String token = token("master", "admin-cli", null, "admin", ADMIN_PASSWORD).get("access_token").asText();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + REALM + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
    }

    /** A password-grant token response from a realm. */
    public static JsonNode token(String realm, String clientId, String secret, String username, String password)
            throws IOException, InterruptedException {
        Map<String, String> form = new HashMap<>(Map.of("grant_type", "password", "client_id", clientId,
                "username", username, "password", password, "scope", "openid"));
        if (secret != null) {
            form.put("client_secret", secret);
        }
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                        URI.create(start() + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("token for " + username + " -> " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** An access token of the application's client for a user of the thuocdo realm. */
    public static String accessToken(String username, String password) throws IOException, InterruptedException {
        return token(REALM, CLIENT_ID, CLIENT_SECRET, username, password).get("access_token").asText();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Points the application under test at this Keycloak: its issuer and the realm's client secrets. */
    public static void configure(DynamicPropertyRegistry registry) {
        registry.add("thuocdo.identity.keycloak.issuer-uri", KeycloakServer::issuer);
        registry.add("thuocdo.identity.keycloak.client-id", () -> CLIENT_ID);
        registry.add("thuocdo.identity.keycloak.client-secret", () -> CLIENT_SECRET);
        registry.add("thuocdo.identity.keycloak.provisioning-client-secret", () -> PROVISIONING_SECRET);
    }
}
