package vn.thuocdo.survey.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.ServerTest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partner API over HTTP on PostgreSQL: each bad item refused on its own with its reason in the caller's language
 * while the good ones are stored; a bad frame, an oversized body, a stranger and a hurried sender refused whole.
 * The pace is 30 requests a minute here, so that the 429 is reached.
 */
@ServerTest
@Import(CheapPasswords.class)
@TestPropertySource(properties = {"thuocdo.survey.rate.per-client=30",
        "thuocdo.survey.rate.per-address=1000"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SurveyResponsesApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired OnlineSurveys online;
    @Autowired Questionnaires questionnaires;
    @Autowired SurveyWindow window;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void everyBadItemIsRefusedWithItsReasonAndTheGoodOnesAreStoredOnce() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2059, List.of("T34-31"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        String good = UUID.randomUUID().toString();
        String script = UUID.randomUUID().toString();

        Map<String, Object> withScript = new LinkedHashMap<>(CompleteAnswers.of(sipas, 1));
        withScript.put("otherSuggestion", "<script>alert('x')</script> Cần thêm chỗ ngồi");
        Map<String, Object> unknownQuestion = new LinkedHashMap<>(CompleteAnswers.of(sipas, 2));
        unknownQuestion.put("favouriteColour", "xanh");
        Map<String, Object> outOfRange = paidTooMuch(sipas);
        Map<String, Object> skipped = new LinkedHashMap<>(CompleteAnswers.of(sipas, 4));
        skipped.put("usedService", "no");
        skipped.keySet().removeIf(k -> List.of("serviceArea", "serviceChannel", "harassment", "informalPayment",
                "informalAmount").contains(k));
        skipped.put("serviceArea", sipas.choicesOf(sipas.question("serviceArea").orElseThrow()).get(0).key());

        List<Map<String, Object>> items = new ArrayList<>();
        items.add(item(good, letters.get(0), CompleteAnswers.of(sipas, 0)));
        items.add(item(script, letters.get(1), withScript));
        items.add(item(UUID.randomUUID().toString(), "2222-2222-222", CompleteAnswers.of(sipas, 5)));
        items.add(item(UUID.randomUUID().toString(), letters.get(2), unknownQuestion));
        items.add(item(UUID.randomUUID().toString(), letters.get(3), outOfRange));
        items.add(item(UUID.randomUUID().toString(), letters.get(4), skipped));
        items.add(Map.of("id", UUID.randomUUID().toString(), "code", 12345, "answers", Map.of()));
        items.add(Map.of("id", UUID.randomUUID().toString(), "code", letters.get(5).code().value(), "answers", "x"));
        items.add(Map.of("id", "not-a-uuid", "code", letters.get(6).code().value(), "answers", Map.of()));

        HttpResponse<String> sent = post(round.id(), Map.of("responses", items), null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        JsonNode reply = JSON.readTree(sent.body());
        List<String> outcomes = new ArrayList<>();
        reply.path("responses").forEach(i -> outcomes.add(i.path("outcome").asText() + ":" + i.path("error").asText()));
        assertThat(outcomes).containsExactly("CREATED:null", "CREATED:null", "REFUSED:response.unknownCode",
                "REFUSED:response.invalidAnswers", "REFUSED:response.invalidAnswers", "REFUSED:response.invalidAnswers",
                "REFUSED:ingest.codeNotText", "REFUSED:ingest.answersNotObject",
                "REFUSED:response.idNotUuid");
        assertThat(fields(reply, 3)).containsExactly("favouriteColour:field.unknown");
        assertThat(fields(reply, 4)).anyMatch(f -> f.startsWith("informalAmount:"));
        assertThat(fields(reply, 5)).contains("serviceArea:question.notRelevant");
        assertThat(reply.path("responses").get(2).path("message").asText())
                .isEqualTo("Không tìm thấy mã khảo sát này. Vui lòng kiểm tra lại mã trên thư mời.");
        assertThat(reply.path("totals").path("created").asLong()).isEqualTo(2);
        assertThat(reply.path("totals").path("refused").asLong()).isEqualTo(7);
        assertThat(jdbc.queryForObject("select answers from survey_response where id = ?", String.class, script))
                .contains("<script>alert('x')</script> Cần thêm chỗ ngồi");

        // Sent again after a lost reply: recognised, not stored twice; the used code under another id is refused.
        List<Map<String, Object>> resend = new ArrayList<>(items.subList(0, 2));
        resend.add(item(UUID.randomUUID().toString(), letters.get(0), CompleteAnswers.of(sipas, 6)));
        HttpResponse<String> again = post(round.id(), Map.of("responses", resend), "en");
        JsonNode second = JSON.readTree(again.body());
        assertThat(second.path("responses").findValuesAsText("outcome")).containsExactly("ALREADY_RECEIVED",
                "ALREADY_RECEIVED", "REFUSED");
        assertThat(second.path("responses").get(2).path("error").asText()).isEqualTo("response.alreadyAnswered");
        assertThat(second.path("responses").get(2).path("message").asText()).startsWith("The questionnaire of this code");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where round_id = ?", Long.class,
                round.id())).isEqualTo(2);

        // The survey closed: every item refused with the closing date, nothing stored.
        window.close(round.id());
        HttpResponse<String> late = post(round.id(), Map.of("responses",
                List.of(item(UUID.randomUUID().toString(), letters.get(7), CompleteAnswers.of(sipas, 7)))), "en");
        JsonNode closed = JSON.readTree(late.body()).path("responses").get(0);
        assertThat(closed.path("error").asText()).isEqualTo("response.closed");
        assertThat(closed.path("message").asText()).startsWith("The online survey closed on");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where round_id = ?", Long.class,
                round.id())).isEqualTo(2);
    }

    @Test
    @Order(2)
    void aBadFrameAnOversizedBodyAStrangerAndAHurriedSenderAreRefusedWhole() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2060, List.of("T34-01"));
        List<IssuedCode> letters = online.letters(round, "T34-01");
        long before = jdbc.queryForObject("select count(*) from survey_response", Long.class);

        assertRefusal(post(round.id(), Map.of("responses", List.of()), null), 400, "ingest.responsesEmpty", "responses");
        assertRefusal(post(round.id(), Map.of("responses", Map.of()), null), 400, "ingest.responsesNotList", "responses");
        assertRefusal(post(round.id(), Map.of("responses", List.of(1)), null), 400, "ingest.responseNotObject",
                "responses");
        assertRefusal(post(round.id(), Map.of("items", List.of()), null), 400, "ingest.fieldUnknown", "items");
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(item(UUID.randomUUID().toString(), letters.get(0), Map.of()));
        }
        assertRefusal(post(round.id(), Map.of("responses", tooMany), null), 400, "ingest.tooManyResponses", "responses");
        String huge = "x".repeat(3 * 1024 * 1024);
        assertRefusal(post(round.id(), Map.of("responses", List.of(item(UUID.randomUUID().toString(), letters.get(0),
                Map.<String, Object>of("otherSuggestion", huge)))), null), 413, "api.bodyTooLarge", null);
        assertRefusal(post("khong-co-dot-nay", Map.of("responses", List.of(Map.of())), null), 404, "ingest.noSurvey",
                null);
        HttpResponse<String> stranger = send(round.id(), "{\"responses\":[{}]}", "haiphong", null);
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from survey_response", Long.class)).isEqualTo(before);

        // Thirty requests a minute here: a burst of seventy meets the limit whichever way the minute turns.
        HttpResponse<String> hurried = null;
        for (int i = 0; i < 70 && hurried == null; i++) {
            HttpResponse<String> answer = post(round.id(), Map.of("responses", List.of(1)), null);
            if (answer.statusCode() == 429) {
                hurried = answer;
            }
        }
        assertThat(hurried).isNotNull();
        assertRefusal(hurried, 429, "ingest.tooMany", null);
        int retryAfter = Integer.parseInt(hurried.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1, 60);
    }

    /** Paid an informal amount over the questionnaire's maximum. */
    private static Map<String, Object> paidTooMuch(Questionnaire sipas) {
        Map<String, Object> answers = new LinkedHashMap<>(CompleteAnswers.of(sipas, 3));
        answers.put("usedService", "yes");
        for (String q : List.of("serviceArea", "serviceChannel")) {
            answers.put(q, sipas.choicesOf(sipas.question(q).orElseThrow()).get(0).key());
        }
        answers.put("harassment", "no");
        answers.put("informalPayment", "yes");
        answers.put("informalAmount", 5_000_000_000L);
        return answers;
    }

    private static List<String> fields(JsonNode reply, int index) {
        List<String> fields = new ArrayList<>();
        reply.path("responses").get(index).path("fields").forEach(f -> {
            assertThat(f.path("message").asText()).isNotBlank();
            fields.add(f.path("field").asText() + ":" + f.path("error").asText());
        });
        return fields;
    }

    private static void assertRefusal(HttpResponse<String> answer, int status, String error, String field)
            throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.path("error").asText()).isEqualTo(error);
        assertThat(body.path("message").asText()).isNotBlank();
        if (field != null) {
            assertThat(body.path("fields").findValuesAsText("field")).containsExactly(field);
        }
    }

    private static Map<String, Object> item(String id, IssuedCode letter, Map<String, Object> answers) {
        return item(id, letter.code().display(), answers);
    }

    private static Map<String, Object> item(String id, String code, Map<String, Object> answers) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", id);
        item.put("code", code);
        item.put("answers", answers);
        item.put("startedAt", "2026-03-02T08:15:00+07:00");
        return item;
    }

    private HttpResponse<String> post(String roundId, Object body, String language) throws Exception {
        return send(roundId, JSON.writeValueAsString(body), "buudien", language);
    }

    private HttpResponse<String> send(String roundId, String body, String user, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/rounds/"
                        + roundId + "/survey/responses"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":thuocdo")
                        .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
