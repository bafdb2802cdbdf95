package vn.thuocdo.survey.page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.InvitationCode;
import vn.thuocdo.survey.invitation.Invitations;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.RateLimits;
import vn.thuocdo.survey.response.Responses;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public survey over real HTTP, as a phone without JavaScript uses it: the code page, each refusal of the core
 * on a page of its own, one section a page with skip logic decided on the server, escaping, the final submission,
 * and the headers that keep the code private (no cookie, no referrer, no cache). Rounds of 2073–2076: the years
 * 2105–2108 the plan gave this part are past the last year a round may have (2100).
 */
@ServerTest
class PublicSurveyHttpTest {

    @LocalServerPort int port;
    @Autowired OnlineSurveys online;
    @Autowired Responses responses;
    @Autowired Invitations invitations;
    @Autowired SurveyWindow window;
    @Autowired Questionnaires questionnaires;
    @Autowired RateLimits limits;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theCodePageIsSmallPrivateAndSetsNoCookie() throws Exception {
        HttpResponse<String> page = get("/khao-sat");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"vi\">", "Mã khảo sát", "autocomplete=\"off\"",
                "K7MP-Q2XA-W9R");
        assertPrivate(page);
        HttpResponse<String> css = get(Pages.CSS);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age");
        assertThat(css.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> script = get(Pages.SCRIPT);
        assertThat(script.body().getBytes(StandardCharsets.UTF_8).length).isLessThan(4096);
        assertThat(page.body().getBytes(StandardCharsets.UTF_8).length + css.body().getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(50 * 1024);
        assertThat(get("/khao-sat/tep/khac.js").statusCode()).isEqualTo(404);
    }

    @Test
    void eachRefusalOfACodeIsSaidPlainly() throws Exception {
        OnlineSurveys.OpenRound round = open(2074);
        List<IssuedCode> letters = online.letters(round, "T34-31");

        assertRefused(post("/khao-sat", Map.of("ma", "")), 400, "Vui lòng nhập mã khảo sát");
        assertRefused(post("/khao-sat", Map.of("ma", "ABC")), 400, "không đúng dạng");
        assertRefused(post("/khao-sat", Map.of("ma", "X".repeat(5000))), 400, "quá dài");
        String typo = mistype(letters.get(0).code().value());
        HttpResponse<String> mistyped = post("/khao-sat", Map.of("ma", typo));
        assertRefused(mistyped, 400, "gõ nhầm");
        assertThat(mistyped.body()).contains("aria-invalid=\"true\"", "value=\"" + typo + "\"");
        String unknown = InvitationCode.generate(new SecureRandom()).display();
        assertRefused(post("/khao-sat", Map.of("ma", unknown)), 404, "Không tìm thấy mã khảo sát");
        assertRefused(get("/s/" + unknown), 404, "Không tìm thấy mã khảo sát");

        // Letters issued again: the first ones die.
        invitations.issueLetters(round.id(), "T34-31", null, TestActors.COORDINATOR);
        assertRefused(get("/s/" + letters.get(0).code().value()), 410, "đã được thay bằng mã mới");
        String code = invitations.issueLetters(round.id(), "T34-31", null, TestActors.COORDINATOR).get(0).code().value();
        assertThat(get("/s/" + code).statusCode()).isEqualTo(200);

        jdbc.update("update survey_window set opened_at = ? where round_id = ?",
                Timestamp.from(Instant.now().plus(Duration.ofDays(3))), round.id());
        window.open(round.id(), round.sampleId(), Instant.now().plus(Duration.ofDays(30)));
        assertRefused(post("/khao-sat", Map.of("ma", code)), 403, "Cuộc khảo sát trực tuyến mở từ ngày");

        jdbc.update("update survey_window set opened_at = ? where round_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(3))), round.id());
        window.close(round.id());
        HttpResponse<String> closed = get("/s/" + code);
        assertRefused(closed, 410, "Cuộc khảo sát trực tuyến đã kết thúc ngày");
        assertThat(closed.body()).containsPattern("kết thúc ngày \\d\\d/\\d\\d/\\d{4}");
        // A form posted after the close is refused too, and nothing is saved.
        assertRefused(post("/khao-sat/phieu", Map.of("ma", code, "phan", "profile", "ageBand", "26-35")), 410, "đã kết thúc");
    }

    @Test
    void aHouseholdAnswersSectionBySectionWithoutJavaScript() throws Exception {
        OnlineSurveys.OpenRound round = open(2073);
        List<IssuedCode> letters = online.letters(round, "T34-31");
        String code = letters.get(0).code().display();
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();

        HttpResponse<String> first = get("/s/" + letters.get(0).code().value());
        assertThat(first.statusCode()).isEqualTo(200);
        assertPrivate(first);
        assertThat(first.body()).contains("Phần 1/5", "Giới thiệu", "name=\"ma\" value=\"" + code + "\"");

        HttpResponse<String> profile = post("/khao-sat/phieu", Map.of("ma", code, "phan", "introduction", "di", "tiep"));
        assertPrivate(profile);
        assertThat(profile.body()).contains("Phần 2/5", "<fieldset", "<legend>Ông/bà thuộc nhóm tuổi nào?",
                "type=\"radio\"");
        Map<String, String> about = new HashMap<>();
        sipas.sections().get(1).questions().forEach(q -> about.put(q.id(), sipas.choicesOf(q).get(0).key()));
        about.putAll(Map.of("ma", code, "phan", "profile", "di", "tiep", "hoi", String.join(" ", about.keySet())));
        HttpResponse<String> experience = post("/khao-sat/phieu", about);
        assertThat(experience.body()).contains("Phần 3/5", "Sự quan tâm và trải nghiệm");
        // Not yet asked: hidden and disabled, so a browser without the script posts nothing for it.
        assertThat(experience.body()).containsPattern("id=\"q-serviceArea\" hidden").contains("name=\"usedService\"");

        // Using a service makes its questions appear: the same section comes back with them shown.
        Map<String, String> used = new HashMap<>(Map.of("ma", code, "phan", "experience", "di", "tiep",
                "hoi", "policyInterest infoChannels usedService preferredChannel",
                "policyInterest", "veryInterested", "usedService", "yes", "preferredChannel", "online"));
        used.put("infoChannels", "press");
        HttpResponse<String> again = post("/khao-sat/phieu", used);
        // ...and the service section counts now: six sections.
        assertThat(again.body()).contains("Phần 3/6").doesNotContainPattern("id=\"q-serviceArea\" hidden")
                .contains("id=\"q-serviceArea\"");

        // A refused answer: the section again, a summary linking to the field, the field marked invalid.
        used.putAll(Map.of("hoi", "policyInterest infoChannels usedService serviceArea serviceChannel harassment"
                + " informalPayment informalAmount preferredChannel", "serviceArea", choice(sipas, "serviceArea"),
                "serviceChannel", "online", "harassment", "no", "informalPayment", "yes", "informalAmount", "abc"));
        HttpResponse<String> refused = post("/khao-sat/phieu", used);
        assertThat(refused.body()).contains("Phần 3/6", "id=\"tom-tat-loi\"", "href=\"#a-informalAmount\"",
                "aria-invalid=\"true\"", "value=\"abc\"")
                .containsPattern("aria-describedby=\"[^\"]*e-informalAmount\"");

        // Not using one: the service section is passed over (5 sections instead of 6).
        used.putAll(Map.of("usedService", "no", "informalAmount", ""));
        HttpResponse<String> policies = post("/khao-sat/phieu", used);
        assertThat(policies.body()).contains("Phần 4/5", "Mức độ hài lòng về chính sách");
        HttpResponse<String> back = post("/khao-sat/phieu", Map.of("ma", code, "phan", "policySatisfaction", "di", "lui"));
        assertThat(back.body()).contains("Phần 3/5").containsPattern("id=\"q-serviceArea\" hidden")
                .contains("value=\"no\" checked");

        // Stopped here: entering the code again, in any spelling, comes back to this section.
        assertThat(post("/khao-sat", Map.of("ma", code.toLowerCase().replace("-", " "))).body())
                .contains("Phần 3/5", "value=\"no\" checked");

        // Free text is shown as typed, never run.
        Map<String, Object> complete = CompleteAnswers.of(sipas, 7);
        complete.put("usedService", "no");
        complete.keySet().removeIf(id -> List.of("serviceArea", "serviceChannel", "harassment", "informalPayment",
                "informalAmount").contains(id) || sipas.sections().get(4).questions().stream().anyMatch(q -> q.id().equals(id)));
        complete.remove("priorities");
        responses.saveDraft(code, complete, "improvements");
        HttpResponse<String> last = post("/khao-sat/phieu", Map.of("ma", code, "phan", "improvements", "di", "gui",
                "hoi", "priorities otherSuggestion", "otherSuggestion", "<script>alert('x')</script> & \"trích\""));
        assertThat(last.statusCode()).isEqualTo(422);
        assertThat(last.body()).contains("Phần 5/5", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;trích&quot;",
                "Bắt buộc trả lời", "href=\"#a-priorities-").doesNotContain("<script>alert");

        HttpResponse<String> sent = post("/khao-sat/phieu", Map.of("ma", code, "phan", "improvements", "di", "gui",
                "hoi", "priorities otherSuggestion", "priorities", choice(sipas, "priorities"),
                "otherSuggestion", "<script>alert('x')</script>"));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/khao-sat/cam-on");
        assertThat(get("/khao-sat/cam-on").body()).contains("Xin cảm ơn ông/bà!");
        assertThat(jdbc.queryForObject("select answers from survey_response where round_id = ?", String.class,
                round.id())).contains("<script>alert('x')</script>", "\"usedService\":\"no\"");

        assertRefused(get("/s/" + code), 409, "đã được gửi");
        assertRefused(post("/khao-sat/phieu", Map.of("ma", code, "phan", "improvements", "di", "gui")), 409, "đã được gửi");
    }

    @Test
    void theAutosaveSaysWhichQuestionsAreAskedNowAndWhyAnAnswerIsRefused() throws Exception {
        OnlineSurveys.OpenRound round = open(2075);
        String code = online.letters(round, "T34-31").get(0).code().value();
        HttpResponse<String> yes = post("/khao-sat/luu", Map.of("ma", code, "phan", "experience", "usedService", "yes",
                "informalPayment", "yes", "informalAmount", "-5"));
        assertThat(yes.statusCode()).isEqualTo(200);
        assertThat(yes.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(yes.body()).contains("\"serviceArea\"", "\"informalAmount\":\"", "\"tienDo\":[\"Phần 3/6\",3,6]");
        assertThat(yes.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> no = post("/khao-sat/luu", Map.of("ma", code, "phan", "experience", "usedService", "no"));
        assertThat(no.body()).doesNotContain("serviceArea").contains("\"loi\":{}");
        assertThat(responses.enter(code).draft()).containsEntry("usedService", "no").doesNotContainKey("informalPayment");
        assertThat(post("/khao-sat/luu", Map.of("ma", code, "phan", "nowhere")).statusCode()).isEqualTo(400);
        assertThat(post("/khao-sat/luu", Map.of("ma", "nope")).body()).contains("không đúng dạng");

        // An official's personal link opens the officials' questionnaire on the same page.
        long official = jdbc.queryForObject("insert into survey_official (round_id, unit_id, full_name, position_group,"
                + " email, list_version, uploaded_by, uploaded_at) values (?, 'T34-31', 'Nguyễn Văn <b>An</b>', 'leader',"
                + " 'an@example.vn', 1, 'test', now()) returning id", Long.class, round.id());
        String link = invitations.issueOfficial(round.id(), "T34-31", official, "leader", "test").code().value();
        assertThat(get("/s/" + link).body()).contains("Phiếu khảo sát lãnh đạo, quản lý và công chức", "Phần 1/");
    }

    @Test
    void badFormsAndFloodsGetClearVietnamesePages() throws Exception {
        OnlineSurveys.OpenRound round = open(2076);
        String code = online.letters(round, "T34-31").get(0).code().value();
        assertRefused(post("/khao-sat/phieu", Map.of()), 400, "Vui lòng nhập mã khảo sát");
        assertRefused(post("/khao-sat/phieu", Map.of("ma", code, "phan", "x".repeat(10_000))), 400,
                "Không có phần này");
        assertThat(jdbc.queryForObject("select count(*) from survey_draft d join survey_invitation i"
                + " on i.id = d.invitation_id where i.round_id = ?", Long.class, round.id())).isZero();

        // A method the page does not take: a 4xx, and still no cookie.
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/khao-sat"))
                .PUT(HttpRequest.BodyPublishers.ofString("ma=" + code)).build(), HttpResponse.BodyHandlers.ofString());
        assertRefused(put, 405, "Yêu cầu không hợp lệ");
        assertRefused(get("/khao-sat/khong-co"), 404, "Không có trang này");
        assertRefused(get("/s/" + code + "/them"), 404, "Không có trang này");

        int rate = limits.perMinute(RateLimits.Scope.CODE);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= rate; i++) {
            statuses.add(get("/s/" + code).statusCode());
        }
        assertThat(statuses).contains(200).endsWith(429);
        HttpResponse<String> flooded = get("/s/" + code);
        assertRefused(flooded, 429, "Vui lòng đợi một phút");
        assertThat(flooded.headers().firstValue("Retry-After")).hasValue("60");
    }

    /**
     * A round open for answers. The window opened a moment earlier: on the tests' frozen clock the opening, stored
     * to the microsecond, can otherwise lie a fraction after "now".
     */
    private OnlineSurveys.OpenRound open(int year) {
        OnlineSurveys.OpenRound round = online.open(year, List.of("T34-31"));
        jdbc.update("update survey_window set opened_at = opened_at - interval '1 minute' where round_id = ?", round.id());
        window.open(round.id(), round.sampleId(), Instant.now().plus(Duration.ofDays(30)));
        return round;
    }

    private static String choice(Questionnaire questionnaire, String questionId) {
        return questionnaire.choicesOf(questionnaire.question(questionId).orElseThrow()).get(0).key();
    }

    /** The same code with one symbol changed: the check symbol catches it. */
    private static String mistype(String code) {
        char c = code.charAt(3);
        return code.substring(0, 3) + (c == 'A' ? 'B' : 'A') + code.substring(4);
    }

    private static void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("<html lang=\"vi\">", message);
        assertPrivate(response);
    }

    private static void assertPrivate(HttpResponse<String> response) {
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
