package vn.thuocdo.survey.page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.Section;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.response.Channel;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.badinput.BadInputRun;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of hostile form posts (BadInputRun.defaultBodies) at the public page's three forms (the code, a
 * section, the script's autosave): codes malformed, unknown, answered or missing; sections unknown; answers too long, of the wrong type, in other scripts,
 * repeated, with "don't know" beside an answer; percent-encoding broken; a body that is not a form. No 5xx; the
 * autosave answers JSON whatever happens; the answered household's response is untouched; and whatever the
 * working code got stored is a response its questionnaire accepts in full. Pace limits lifted (the context of
 * {@code SurveyResponsesBadInputTest}): this measures the checks, not the 429. Round 2085.
 */
@ServerTest
@Import(CheapPasswords.class)
@TestPropertySource(properties = {"thuocdo.survey.rate.per-client=1000000000",
        "thuocdo.survey.rate.per-address=1000000000", "thuocdo.survey.rate.per-code=1000000000",
        "thuocdo.survey.code-key=ingestion-load-key-0123456789abcdef0123456789"})
class PublicSurveyBadInputTest {

    private static final int BODIES = BadInputRun.defaultBodies();

    @LocalServerPort int port;
    @Autowired OnlineSurveys online;
    @Autowired Questionnaires questionnaires;
    @Autowired Responses responses;
    @Autowired JdbcTemplate jdbc;

    @Test
    void thousandsOfHostileFormPostsAreAnsweredWithoutAServerErrorAndStoreNothingInvalid() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2085, List.of("T34-31"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        String answered = letters.get(0).code().display();
        responses.submit(answered, CompleteAnswers.of(sipas, 3), Channel.WEB, null);
        String before = jdbc.queryForObject("select answers from survey_response where round_id = ?", String.class,
                round.id());
        String working = letters.get(1).code().display();

        Random random = new Random(2085);
        List<String> questions = sipas.questions().stream().map(Question::id).toList();
        List<String> sections = sipas.sections().stream().map(Section::id).toList();
        String[] codes = {working, working.toLowerCase().replace('-', ' '), answered, "K7MP-Q2XA-W9R", "", "  ",
                "ABCD-EFGH-IJK", "0000-0000-000", "x".repeat(5_000), "ⅯⅯⅯⅯ-ⅯⅯⅯⅯ-ⅯⅯⅯ", "\u0000", working + "Z"};
        String[] paths = {"/khao-sat", "/khao-sat/phieu", "/khao-sat/luu"};
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < BODIES; i++) {
            String path = paths[random.nextInt(paths.length)];
            String body;
            String type = "application/x-www-form-urlencoded";
            switch (random.nextInt(20)) {
                case 0 -> body = "ma=%zz&phan=%E0%A4";                       // broken percent-encoding
                case 1 -> {
                    body = "{\"ma\":\"" + working + "\"}";                  // not a form at all
                    type = "application/json";
                }
                case 2 -> body = "ma=" + enc(working) + "&" + "a".repeat(60_000) + "=1";
                default -> body = form(random, codes, sections, questions);
            }
            HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            statuses.merge(reply.statusCode(), 1, Integer::sum);
            if (reply.statusCode() >= 500) {
                failures.add(reply.statusCode() + " " + path + " " + body.substring(0, Math.min(300, body.length())));
            } else if (path.equals("/khao-sat/luu") && reply.statusCode() != 403
                    && !reply.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                failures.add("not JSON: " + reply.statusCode() + " " + body.substring(0, Math.min(300, body.length())));
            }
        }
        System.out.println("Public page, hostile form posts: " + statuses);
        assertThat(failures).as("statuses " + statuses).isEmpty();
        assertThat(jdbc.queryForObject("select answers from survey_response where invitation_id = (select id from"
                + " survey_invitation where round_id = ? and code_hash = (select i.code_hash from survey_invitation i"
                + " join survey_response r on r.invitation_id = i.id where i.round_id = ? limit 1))", String.class,
                round.id(), round.id())).as("the answered household's response").isEqualTo(before);
        List<String> stored = jdbc.queryForList("select answers from survey_response where round_id = ?", String.class,
                round.id());
        assertThat(stored).hasSizeBetween(1, 2);
        for (String answers : stored) {
            @SuppressWarnings("unchecked")
            Map<String, Object> raw = new com.fasterxml.jackson.databind.ObjectMapper().readValue(answers, Map.class);
            assertThat(sipas.read(raw, Completeness.FINAL, LocalDate.now()).valid()).as(answers).isTrue();
        }
    }

    /** A form as a hostile sender makes one: real and made-up names, values of every wrong kind, repeated. */
    private static String form(Random random, String[] codes, List<String> sections, List<String> questions) {
        StringBuilder form = new StringBuilder();
        if (random.nextInt(10) > 0) {
            form.append("ma=").append(enc(codes[random.nextInt(codes.length)]));
        }
        if (random.nextInt(5) > 0) {
            String section = random.nextInt(6) == 0 ? pick(random, "", "khong-co", "x".repeat(200), "../../etc")
                    : sections.get(random.nextInt(sections.size()));
            form.append("&phan=").append(enc(section));
        }
        if (random.nextBoolean()) {
            form.append("&di=").append(enc(pick(random, "tiep", "lui", "gui", "", "GUI", "x".repeat(1_000))));
        }
        if (random.nextInt(4) == 0) {
            form.append("&hoi=").append(enc(random.nextBoolean() ? String.join(" ", questions) : " ".repeat(5_000)));
        }
        int fields = random.nextInt(12);
        for (int f = 0; f < fields; f++) {
            String name = random.nextInt(8) == 0 ? pick(random, "khongco", "kb.khongco", "a".repeat(300), "")
                    : (random.nextInt(5) == 0 ? "kb." : "") + questions.get(random.nextInt(questions.size()));
            form.append('&').append(enc(name)).append('=').append(enc(value(random)));
        }
        return !form.isEmpty() && form.charAt(0) == '&' ? form.substring(1) : form.toString();
    }

    private static String value(Random random) {
        return switch (random.nextInt(16)) {
            case 0 -> "x".repeat(10_000);
            case 1 -> "1e999";
            case 2 -> "-0";
            case 3 -> "٣٤";
            case 4 -> "NaN";
            case 5 -> "9".repeat(40);
            case 6 -> "<script>alert(1)</script>";
            case 7 -> "=HYPERLINK(\"http://x\")";
            case 8 -> "\u202Egnp.exe";
            case 9 -> "31/02/2026";
            case 10 -> "";
            case 11 -> "   ";
            default -> pick(random, "yes", "no", "interested", "portal", "online", "na", "1", "5", "3", "dk", "other");
        };
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
