package vn.thuocdo.survey.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.ServerTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hand-written OpenAPI document and the application agree: every mapping under /api/v1 is described with its
 * method, every described operation is mapped, every reference resolves; and it is served without signing in.
 * (The same context as SurveyResponsesBadInputTest, so no second start.)
 */
@ServerTest
@Import(CheapPasswords.class)
@TestPropertySource(properties = {"thuocdo.survey.rate.per-client=1000000000",
        "thuocdo.survey.rate.per-address=1000000000",
        "thuocdo.survey.code-key=" + IngestionLoad.CODE_KEY})
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyApiMappingIsDescribedAndEveryDescribedOperationIsMapped() throws Exception {
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/v1/openapi.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode document = JSON.readTree(served.body());
        assertThat(document.path("openapi").asText()).isEqualTo("3.1.0");

        Set<String> described = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                described.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/") || p.equals("/api/v1"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m.name() + " " + p))));
        assertThat(mapped).isNotEmpty().contains("POST /api/v1/rounds/{roundId}/survey/responses");
        assertThat(described).isEqualTo(mapped);

        List<String> broken = new ArrayList<>();
        references(document, document, broken);
        assertThat(broken).isEmpty();
        assertThat(document.path("components").path("securitySchemes").has("basic")).isTrue();
    }

    /** Every "$ref" points at something in the document. */
    private static void references(JsonNode root, JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || root.at(ref.asText().substring(1)).isMissingNode())) {
                broken.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> references(root, child, broken));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> references(root, child, broken));
        }
    }
}
