package vn.thuocdo.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deployment files are configuration, not code, so nothing else would notice when they drift from the
 * reference data or stop parsing: a broken realm only shows when Keycloak refuses to start in production.
 */
class ComposeFileTest {

    private static final Path REPO_ROOT = findRepoRoot();
    private static final Path REALM_FILE =
            REPO_ROOT.resolve("integrations/src/main/resources/identity/keycloak/thuocdo-realm.json");
    private static final Path UNITS = REPO_ROOT.resolve("processes/src/main/resources/units");

    private static JsonNode realm;

    @BeforeAll
    static void readRealm() throws IOException {
        realm = new ObjectMapper().readTree(REALM_FILE.toFile());
    }

    @Test
    void composeFileIsAcceptedByDockerCompose() throws Exception {
        List<String> compose = composeCommand();
        assumeTrue(compose != null, "neither 'docker compose' nor 'docker-compose' is installed");

        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("config", "-q"));
        // A file, not a pipe: a command that hangs must not hang the read as well.
        Path output = Files.createTempFile("compose-config", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(REPO_ROOT.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        // Values a real deployment would set: the file must not only work with its dev-only defaults.
        builder.environment().putAll(Map.of(
                "THUOCDO_DB_USERNAME", "thuocdo",
                "THUOCDO_DB_PASSWORD", "placeholder-db-password",
                "THUOCDO_CLIENT_SECRET", "placeholder-client-secret",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "placeholder-admin-password",
                "THUOCDO_DEMO_COORDINATOR_PASSWORD", "Placeholder-DieuPhoi-1",
                "THUOCDO_DEMO_OFFICER_PASSWORD", "Placeholder-HaiPhong-1"));
        Process process = builder.start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String said = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);

        assertThat(finished).as("compose config finished in time").isTrue();
        assertThat(process.exitValue()).as("%s config -q said:%n%s", compose, said).isZero();
    }

    @Test
    void realmHasAGroupWithUnitCodeForEveryCurrentProvince() throws IOException {
        List<Map<String, String>> provinces = readCsv(UNITS.resolve("provinces-from-2025-07.csv"));
        Set<String> unitCodes = groupUnitCodes();

        assertThat(provinces).hasSize(34);
        for (Map<String, String> province : provinces) {
            assertThat(unitCodes).as("group for %s", province.get("name")).contains("T34-" + province.get("code"));
        }
    }

    @Test
    void realmHasAGroupWithUnitCodeForEveryEvaluatedCurrentMinistry() throws IOException {
        Set<String> unitCodes = groupUnitCodes();

        for (Map<String, String> ministry : readCsv(UNITS.resolve("ministries.csv"))) {
            boolean current = ministry.get("valid_to").isBlank();
            boolean evaluated = Boolean.parseBoolean(ministry.get("par_evaluated"));
            String unitCode = "BO-" + ministry.get("code");
            if (current && evaluated) {
                assertThat(unitCodes).as("group for %s", ministry.get("name")).contains(unitCode);
            } else {
                // A merged ministry's officers must not keep a unit that can still receive tasks.
                assertThat(unitCodes).as("no group for %s", ministry.get("name")).doesNotContain(unitCode);
            }
        }
        assertThat(unitCodes).contains("BO-BNV");
    }

    @Test
    void realmDefinesEveryRole() {
        Set<String> roles = new HashSet<>();
        realm.path("roles").path("realm").forEach(role -> roles.add(role.path("name").asText()));

        assertThat(roles).contains(
                "ministry-coordinator", "provincial-officer", "unit-leader", "appraiser", "council-member",
                "fieldwork-supervisor", "enumerator", "operator", "citizen-moderator", "survey-statistician",
                "survey-partner");
    }

    @Test
    void realmLocksOutPasswordGuessers() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)");
    }

    @Test
    void applicationClientIsConfidentialAndItsSecretComesFromTheEnvironment() {
        JsonNode app = client("thuocdo-app");

        assertThat(app.path("publicClient").asBoolean(true)).isFalse();
        assertThat(app.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(app.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
        // A literal secret here would be committed to git and shared by every installation.
        assertThat(app.path("secret").asText()).isEqualTo("${THUOCDO_CLIENT_SECRET}");
    }

    @Test
    void tokensCarryRolesAndUnitClaimsForTheApplicationAndTheDevices() {
        for (String clientId : List.of("thuocdo-app", "thuocdo-devices")) {
            Set<String> claims = new HashSet<>();
            client(clientId).path("protocolMappers")
                    .forEach(mapper -> claims.add(mapper.path("config").path("claim.name").asText()));

            assertThat(claims).as("claims of %s", clientId).contains("roles", "unit");
        }
    }

    @Test
    void demoUsersHaveNoPasswordInTheFile() {
        realm.path("users").forEach(user -> user.path("credentials").forEach(credential ->
                assertThat(credential.path("value").asText())
                        .as("password of %s", user.path("username").asText())
                        .matches("\\$\\{[A-Z0-9_]+}")));
    }

    private static Set<String> groupUnitCodes() {
        Set<String> codes = new HashSet<>();
        realm.path("groups").forEach(group -> group.path("attributes").path("unitCode")
                .forEach(code -> codes.add(code.asText())));
        return codes;
    }

    private static JsonNode client(String clientId) {
        return StreamSupport.stream(realm.path("clients").spliterator(), false)
                .filter(client -> clientId.equals(client.path("clientId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId + " in " + REALM_FILE));
    }

    /** Returns the compose command that works here, or null when none does. */
    private static List<String> composeCommand() {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                Process process = new ProcessBuilder(version)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
                process.destroyForcibly();
            } catch (IOException notInstalled) {
                // try the next candidate
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Maven runs tests in the module directory; an IDE may run them in the repository root. */
    private static Path findRepoRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no docker-compose.yml above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    /** Enough CSV for the reference data: a header row, and fields that may be quoted because they hold commas. */
    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = splitCsvLine(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = splitCsvLine(line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.size() ? fields.get(i) : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> splitCsvLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
