package vn.thuocdo.sampling.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The submission API over HTTP: every bad value named on its field, nothing stored; a good body stored as numbers. */
@ServerTest
class SamplingApiTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2037);
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired JdbcClient db;

    @Test
    void theIssuesBadValuesGet400WithEveryFieldsReasonAndNothingIsStored() throws Exception {
        Round round = launch();
        HttpResponse<String> refused = post(round, """
                {"contactName": "Nguyễn Văn An\\u00a0", "contactPhone": 912345678,
                 "contactEmail": "a@%s@", "communes": 10.5, "villages": 1000.0, "households": "..5",
                 "population": true, "dossiersHandled": [], "note": "%s", "extra": {}}"""
                .formatted(".".repeat(32_000), "\\u0001".repeat(2000)), null);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("error").asText()).isEqualTo("sampling.invalidAnswers");
        Map<String, String> messages = new LinkedHashMap<>();
        body.path("fields").forEach(f -> messages.put(f.path("field").asText() + ":" + f.path("error").asText(),
                f.path("message").asText()));
        assertThat(messages).containsOnlyKeys("extra:field.unknown", "contactPhone:field.textExpected",
                "contactEmail:field.tooLong", "communes:field.notWhole", "villages:field.notWhole",
                "households:field.badGrouping", "population:field.wrongType", "dossiersHandled:field.wrongType",
                "note:field.controlCharacter");
        assertThat(messages.get("communes:field.notWhole"))
                .isEqualTo("Số xã, phường, đặc khu: giá trị 10.5 không phải số nguyên: mục này không nhận phần thập phân.");
        assertThat(messages.get("villages:field.notWhole")).contains("1000.0");
        assertThat(messages.get("note:field.controlCharacter")).contains("U+0001").contains("vị trí 1");
        assertThat(messages.values()).allSatisfy(m -> assertThat(m).isNotBlank().hasSizeLessThan(300));
        assertThat(request(round).state()).isEqualTo(SamplingState.REQUESTED);
        assertThat(request(round).answers().isEmpty()).isTrue();

        HttpResponse<String> english = post(round, "{\"communes\": \"1e9\"}", "en");
        assertThat(english.body()).contains("Number of communes, wards and special zones: 1e9 is written with an exponent");
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefusedAs400() throws Exception {
        Round round = launch();
        for (String body : List.of("[]", "\"x\"", "42")) {
            HttpResponse<String> refused = post(round, body, null);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
        }
        assertThat(request(round).state()).isEqualTo(SamplingState.REQUESTED);
    }

    @Test
    void aTypedBodyIsStoredWithItsNumbersAsNumbers() throws Exception {
        Round round = launch();
        HttpResponse<String> accepted = post(round, """
                {"contactName": "Nguyễn Văn An", "contactPhone": "0912 345 678", "contactEmail": "an@snv.haiphong.gov.vn",
                 "communes": 114, "villages": "2.300", "households": 650000, "population": "2100000",
                 "dossiersHandled": 480000, "note": null}""", null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        String stored = db.sql("select answers from sampling_request where round_id = ?").param(round.id())
                .query(String.class).single();
        JsonNode answers = JSON.readTree(stored);
        List<String> numbers = new ArrayList<>();
        answers.fields().forEachRemaining(e -> {
            if (e.getValue().isIntegralNumber()) {
                numbers.add(e.getKey() + "=" + e.getValue().asLong());
            }
        });
        assertThat(numbers).containsExactly("communes=114", "villages=2300", "households=650000",
                "population=2100000", "dossiersHandled=480000");
        assertThat(answers.path("contactPhone").asText()).isEqualTo("0912 345 678");
    }

    private Round launch() {
        return rounds.launchNew(new NewRound(YEAR.getAndIncrement(), "Đợt thử API có kiểu", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
    }

    private vn.thuocdo.sampling.SamplingRequest request(Round round) {
        return sampling.forRound(round.id()).get(0);
    }

    private HttpResponse<String> post(Round round, String json, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rounds/"
                        + round.id() + "/sampling/T34-31/submission"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("haiphong:thuocdo".getBytes(StandardCharsets.UTF_8)));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
