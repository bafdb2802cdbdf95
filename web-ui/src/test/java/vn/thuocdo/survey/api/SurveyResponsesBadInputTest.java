package vn.thuocdo.survey.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
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
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.badinput.BadInputReport;
import vn.thuocdo.testing.badinput.BadInputRun;
import vn.thuocdo.testing.badinput.BadInputTarget;
import vn.thuocdo.testing.badinput.FieldKind;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of generated bad bodies (BadInputRun.defaultBodies) at the partner batch endpoint: no 5xx, every answer in the API's error shape naming
 * the field made bad, and not one response stored. The harness spoils the batch's frame (the list of responses);
 * what is wrong inside one response is refused per item, which SurveyResponsesApiTest covers. The limits on pace
 * are lifted here: this measures the checks, not the 429.
 */
@ServerTest
@Import(CheapPasswords.class)
@TestPropertySource(properties = {"thuocdo.survey.rate.per-client=1000000000",
        "thuocdo.survey.rate.per-address=1000000000", "thuocdo.survey.rate.per-code=1000000000",
        "thuocdo.survey.code-key=ingestion-load-key-0123456789abcdef0123456789"})
class SurveyResponsesBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort int port;
    @Autowired OnlineSurveys online;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;

    @Test
    void thousandsOfBadBatchesAreEachRefusedAndNothingIsStored() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2061, List.of("T34-31"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", UUID.randomUUID().toString());
        item.put("code", letters.get(0).code().display());
        Map<String, Object> answers = new LinkedHashMap<>(CompleteAnswers.of(sipas, 1));
        answers.put("otherSuggestion", "Cần thêm chỗ ngồi ở bộ phận một cửa");
        item.put("answers", answers);
        item.put("startedAt", "2026-03-02T08:15:00+07:00");
        String valid = JSON.writeValueAsString(item);

        BadInputTarget batch = BadInputTarget.post("/api/v1/rounds/" + round.id() + "/survey/responses")
                .as("buudien", "thuocdo")
                .field("responses", "[" + valid + "]", FieldKind.items(valid, SurveyResponsesApi.MAX_ITEMS, true))
                .unchanged(() -> jdbc.queryForObject("select count(*) from survey_response", Long.class))
                .afterAccepted(() -> jdbc.update("delete from survey_response where round_id = ?", round.id()));

        BadInputReport report = BadInputRun.against("http://localhost:" + port, batch).run();

        System.out.println(report.summary());
        report.writeTo(Path.of("target", "bench", "bad-input.md"));
        assertThat(report.serverErrors()).as(report.summary()).isZero();
        assertThat(report.failures()).as(report.summary()).isEmpty();
    }
}
