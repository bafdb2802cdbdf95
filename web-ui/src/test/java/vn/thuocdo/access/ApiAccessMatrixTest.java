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
import vn.thuocdo.workflow.InboxFilter;
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
    static final Map<String, Map<String, Integer>> MATRIX = Map.ofEntries(
            Map.entry("/api/v1/me", Map.of("*", 200, "anonymous", 401)),
            Map.entry("/api/v1/inbox", Map.of("*", 200, "anonymous", 401)),
            Map.entry("/api/v1/rounds", Map.of("*", 200, "anonymous", 401)),
            // A round's progress is its organiser's: the ministry's coordinators, not a province's.
            Map.entry("/api/v1/rounds/{roundId}/progress",
                    Map.of("ministry-coordinator@BO-BNV", 200, "*", 403, "anonymous", 401)),
            // Only the unit's own officer submits its sampling information (POST, below).
            Map.entry("/api/v1/rounds/{roundId}/sampling/{unitId}/submission",
                    Map.of("provincial-officer@T34-31", 200, "*", 403, "anonymous", 401)),
            // Only a partner's system sends responses; past the role check this round has no online survey (404).
            Map.entry("/api/v1/rounds/{roundId}/survey/responses",
                    Map.of("survey-partner", 404, "*", 403, "anonymous", 401)),
            // The statisticians' upload: the ministry's coordinators and the survey statisticians (a JSON body is
            // then 415: it takes multipart/form-data); nobody else, whatever they send.
            Map.entry("/api/v1/indices/estimate", Map.of("ministry-coordinator", 415, "survey-statistician", 415,
                    "*", 403, "anonymous", 401)),
            // The API's description is public: it holds no data.
            Map.entry("/api/v1/openapi.json", Map.of("*", 200, "anonymous", 200)),
            Map.entry("/engine-rest/task", Map.of("operator", 200, "*", 403, "anonymous", 401)),
            Map.entry("/actuator/prometheus", Map.of("operator", 200, "*", 403, "anonymous", 401)),
            Map.entry("/actuator/health", Map.of("*", 200, "anonymous", 200)),
            // The offline kit's machine door: who is signed in for anyone; the rest past the fieldworker role only
            // (this round has none of their households: 400 for them; the interview's slot is not theirs: 400).
            Map.entry("/api/v1/fieldwork/offline/phien", Map.of("*", 200, "anonymous", 401)),
            Map.entry("/api/v1/fieldwork/offline/dot",
                    Map.of("enumerator", 200, "fieldwork-supervisor", 200, "*", 403, "anonymous", 401)),
            Map.entry("/api/v1/fieldwork/offline/dot/{roundId}",
                    Map.of("enumerator", 400, "fieldwork-supervisor", 400, "*", 403, "anonymous", 401)),
            Map.entry("/api/v1/fieldwork/offline/phieu/{interviewId}",
                    Map.of("enumerator", 400, "fieldwork-supervisor", 400, "*", 403, "anonymous", 401)),
            // The kit's own door takes the people's session, never HTTP Basic: its JSON is 401 to any such caller, its
            // page sends them to the login form, and the shell's files (no one's data) are open.
            Map.entry("/thuc-dia/ngoai-tuyen", Map.of("*", 302, "anonymous", 302)),
            Map.entry("/thuc-dia/ngoai-tuyen/sw.js", Map.of("*", 200, "anonymous", 200)),
            Map.entry("/thuc-dia/ngoai-tuyen/tep/{file}", Map.of("*", 200, "anonymous", 200)),
            Map.entry("/thuc-dia/ngoai-tuyen/api/phien", Map.of("*", 401, "anonymous", 401)),
            Map.entry("/thuc-dia/ngoai-tuyen/api/dot", Map.of("*", 401, "anonymous", 401)),
            Map.entry("/thuc-dia/ngoai-tuyen/api/dot/{roundId}", Map.of("*", 401, "anonymous", 401)),
            // A POST there without the session's CSRF token stops at the token, before anyone is asked who they are.
            Map.entry("/thuc-dia/ngoai-tuyen/api/phieu/{interviewId}", Map.of("*", 403, "anonymous", 403)));

    /**
     * The public survey page (#10): open to everyone alike, signed in or not, and never a cookie. A GET of each
     * pattern ({code} the page's example code, which fails its check symbol: 400; {file} our script; ** an
     * unknown path) and its status for every caller.
     */
    static final Map<String, Integer> PUBLIC_PAGES = Map.of("/khao-sat", 200, "/khao-sat/phieu", 405,
            "/khao-sat/luu", 405, "/khao-sat/cam-on", 200, "/khao-sat/tep/{file}", 200, "/s/{code}", 400,
            "/khao-sat/**", 404, "/s/**", 404);

    /**
     * The public results site and its questions (#14), each pattern with an address to try: open to everyone alike,
     * never a cookie. What each page shows is PublicSiteTest's and QuestionsSiteHttpTest's; here, that every caller,
     * signed in or not, gets the same answer and never a server error.
     */
    static final Map<String, String> PUBLIC_SITE = Map.ofEntries(
            Map.entry("/cong-khai", "/cong-khai"), Map.entry("/cong-khai/", "/cong-khai/"),
            Map.entry("/cong-khai/**", "/cong-khai/khong-co/trang"),
            Map.entry("/cong-khai/cong-bo", "/cong-khai/cong-bo"),
            Map.entry("/cong-khai/cong-bo/{code}", "/cong-khai/cong-bo/CB-1999-01"),
            Map.entry("/cong-khai/cong-bo/{code}/{*path}", "/cong-khai/cong-bo/CB-1999-01/du-lieu/ket-qua.csv"),
            Map.entry("/cong-khai/don-vi/{unitId}", "/cong-khai/don-vi/T34-31"),
            Map.entry("/cong-khai/du-lieu", "/cong-khai/du-lieu"),
            Map.entry("/cong-khai/du-lieu/{year}/{file}", "/cong-khai/du-lieu/1999/ket-qua.csv"),
            Map.entry("/cong-khai/gop-y", "/cong-khai/gop-y"), Map.entry("/cong-khai/gop-y/**", "/cong-khai/gop-y/x"),
            Map.entry("/cong-khai/gop-y/da-gui", "/cong-khai/gop-y/da-gui"),
            Map.entry("/cong-khai/hoi-dap", "/cong-khai/hoi-dap"),
            Map.entry("/cong-khai/hoi-dap/**", "/cong-khai/hoi-dap/x"),
            Map.entry("/cong-khai/hoi-dap/da-gui", "/cong-khai/hoi-dap/da-gui"),
            Map.entry("/cong-khai/kiem-tra", "/cong-khai/kiem-tra"),
            Map.entry("/cong-khai/tai-nguyen/{file:[a-z0-9-]{1,40}\\.(?:css|js|png|svg|ico)}",
                    "/cong-khai/tai-nguyen/site.css"),
            Map.entry("/cong-khai/xep-hang", "/cong-khai/xep-hang"),
            Map.entry("/cong-khai/xep-hang/bieu-do.png", "/cong-khai/xep-hang/bieu-do.png"));

    /**
     * Pages of the signed-in browser session (form login, not the API's Basic or bearer): evidence downloads and the
     * assessment reports. Their matrices are EvidenceBrowserTest's and AssessmentReportDownloadsTest's.
     */
    static final Set<String> SESSION_PAGES = Set.of("/tai-lieu/{id}",
            "/bao-cao/{kind:tu-danh-gia|tham-dinh}/{round:[0-9A-Za-z-]{1,36}}/{unit:[0-9A-Za-z_-]{1,32}}.{extension:pdf|xlsx}");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired IdentityProperties identity;
    @Autowired Rounds rounds;
    @Autowired vn.thuocdo.workflow.Tasks tasks;

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
        ours.removeAll(PUBLIC_PAGES.keySet());
        ours.removeAll(PUBLIC_SITE.keySet());
        ours.removeAll(SESSION_PAGES);
        assertThat(MATRIX.keySet()).as("endpoints without an access rule").containsAll(ours);
    }

    @Test
    void thePublicSurveyPageIsTheSameForEveryCallerAndSetsNoCookie() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (var page : PUBLIC_PAGES.entrySet()) {
            String path = page.getKey().replace("{file}", "trang.js").replace("{code}", "K7MP-Q2XA-W9R")
                    .replace("**", "khong-co/trang");
            List<String> callers = new ArrayList<>(identity.demoAccounts().stream().map(a -> a.username()).toList());
            callers.add(null);
            for (String caller : callers) {
                HttpResponse<String> answer = send(path, caller, null);
                if (answer.statusCode() != page.getValue() || !answer.headers().allValues("Set-Cookie").isEmpty()) {
                    wrong.add(caller + " " + path + ": " + answer.statusCode() + " " + answer.headers().allValues("Set-Cookie"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void thePublicSiteAnswersEveryCallerAlikeNeverWithAServerErrorAndSetsNoCookie() throws Exception {
        List<String> callers = new ArrayList<>(identity.demoAccounts().stream().map(a -> a.username()).toList());
        callers.add(null);
        List<String> wrong = new ArrayList<>();
        for (String path : PUBLIC_SITE.values()) {
            Integer first = null;
            for (String caller : callers) {
                HttpResponse<String> answer = send(path, caller, null);
                first = first == null ? answer.statusCode() : first;
                if (answer.statusCode() != first || answer.statusCode() >= 500
                        || !answer.headers().allValues("Set-Cookie").isEmpty()) {
                    wrong.add(caller + " " + path + ": " + answer.statusCode() + " (first " + first + ") "
                            + answer.headers().allValues("Set-Cookie"));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static final String OFFLINE_DRAFT = """
            {"slot": 1, "send": "DRAFT", "answers": {}}""";

    /** Endpoints that take a POST, with a body that would be accepted from the right caller. */
    static final Map<String, String> POSTED = Map.of(
            "/api/v1/rounds/{roundId}/sampling/{unitId}/submission", """
                    {"contactName":"Nguyễn Văn An","contactPhone":"0912345678","contactEmail":"an@snv.haiphong.gov.vn",
                     "communes":"114","villages":"2300","households":"650000","population":"2100000",
                     "dossiersHandled":"480000"}""",
            "/api/v1/rounds/{roundId}/survey/responses", """
                    {"responses":[{"id":"3f2b6c1e-8a4d-4e2b-9c1a-2d5e7f9a0b1c","code":"K7MP-Q2XA-W9R","answers":{}}]}""",
            "/api/v1/fieldwork/offline/phieu/{interviewId}", OFFLINE_DRAFT,
            "/api/v1/indices/estimate", "{}",
            "/thuc-dia/ngoai-tuyen/api/phieu/{interviewId}", OFFLINE_DRAFT);


    @Test
    void eachCallerGetsExactlyTheStatusTheMatrixSays() throws Exception {
        Round round = rounds.launchNew(new NewRound(2090, "Đợt ma trận API", RoundLevel.NATIONAL, List.of("T34-31"),
                "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        List<String> wrong = new ArrayList<>();
        for (var endpoint : MATRIX.entrySet()) {
            String path = endpoint.getKey().replace("{roundId}", round.id()).replace("{unitId}", "T34-31")
                    .replace("{interviewId}", "3f2b6c1e-8a4d-4e2b-9c1a-2d5e7f9a0b1c").replace("{file}", "kit.js");
            String posted = POSTED.get(endpoint.getKey());
            for (IdentityProperties.DemoAccount account : identity.demoAccounts()) {
                int expected = account.roles().stream().map(r -> r + "@" + account.unit())
                        .filter(endpoint.getValue()::containsKey).map(endpoint.getValue()::get).findFirst()
                        .or(() -> account.roles().stream().filter(endpoint.getValue()::containsKey)
                                .map(endpoint.getValue()::get).findFirst())
                        .orElse(endpoint.getValue().get("*"));
                int actual = send(path, account.username(), posted).statusCode();
                if (expected != actual) {
                    wrong.add(account.username() + " " + path + ": " + actual + ", expected " + expected);
                }
            }
            int anonymous = send(path, null, posted).statusCode();
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

    @Test
    void aProvincialSystemSubmitsByRoundAndUnitAndGetsEveryFieldsReasonInVietnamese() throws Exception {
        Round round = rounds.launchNew(new NewRound(2092, "Đợt API nộp", RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR);
        String path = "/api/v1/rounds/" + round.id() + "/sampling/T34-31/submission";
        HttpResponse<String> invalid = send(path, "haiphong", """
                {"contactName":"Nguyễn Văn An","contactPhone":"12","contactEmail":"an@snv.haiphong.gov.vn",
                 "communes":"114","villages":"2300","households":"nhiều","population":"2100000",
                 "dossiersHandled":"480000"}""");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"error\":\"sampling.invalidAnswers\"")
                .contains("Số điện thoại đầu mối: số điện thoại không hợp lệ (ví dụ 0912345678).")
                .contains("Tổng số hộ: giá trị nhiều không phải là số; hãy nhập số nguyên, ví dụ 1644.");
        assertThat(tasks.countInbox(TestActors.HAI_PHONG, new InboxFilter(round.id(), null))).isEqualTo(1);

        HttpResponse<String> accepted = send(path, "haiphong", POSTED.get("/api/v1/rounds/{roundId}/sampling/{unitId}/submission"));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("\"state\":\"SUBMITTED\"").contains("\"revision\":1");
        assertThat(tasks.countInbox(TestActors.HAI_PHONG, new InboxFilter(round.id(), null))).isZero();
        // A second one while the first is in review: refused with the reason, nothing changed.
        HttpResponse<String> again = send(path, "haiphong", POSTED.get("/api/v1/rounds/{roundId}/sampling/{unitId}/submission"));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("sampling.notAwaitingSubmission");
    }

    private String body(String path, String user) throws Exception {
        return send(path, user, null).body();
    }

    private HttpResponse<String> send(String path, String user, String posted) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (posted != null) {
            request.POST(HttpRequest.BodyPublishers.ofString(posted)).header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":thuocdo").getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
