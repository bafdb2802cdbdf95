package vn.thuocdo.questions.site;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.questions.CitizenPosts;
import vn.thuocdo.questions.NewPost;
import vn.thuocdo.questions.PostKind;
import vn.thuocdo.testing.ServerTest;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public questions and feedback pages over real HTTP: only published posts are shown, as text; a post is
 * received and kept unpublished; the honeypot's post looks received and is kept nowhere; sizes are refused before
 * anything is read; a flood from one address gets a Vietnamese 429 and nothing beyond the limit is kept; wrong
 * addresses, pages and methods get 404, 400 and 405 pages, never a 500.
 */
@ServerTest
@TestPropertySource(properties = "thuocdo.test.context=assessment-browser")
class QuestionsSiteHttpTest {

    static final Actor MODERATOR = new Actor("kiemduyet", "Đặng Thu Trang", "BO-BNV", Set.of(Role.CITIZEN_MODERATOR));
    static final Actor COORDINATOR = new Actor("dieuphoi", "Nguyễn Thu Hà", "BO-BNV", Set.of(Role.MINISTRY_COORDINATOR));

    @LocalServerPort int port;
    @Autowired CitizenPosts posts;
    @Autowired JdbcClient db;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void freshRateCounts() {
        // Every request of these tests comes from 127.0.0.1: each test starts with that address's counts at zero.
        db.sql("delete from citizen_post_rate").update();
    }

    @Test
    void onlyPublishedQuestionsAreShownAndAScriptIsShownAsText() throws Exception {
        String marker = UUID.randomUUID().toString();
        String shown = posts.submit(new NewPost(PostKind.QUESTION, "Bà <b>Lan</b>", "lan@example.vn", "T34-31",
                "Hỏi " + marker + " <script>alert('x')</script> Hải Phòng?"));
        posts.answer(shown, "Trả lời " + marker, COORDINATOR);
        posts.publish(shown, MODERATOR);
        String answered = posts.submit(new NewPost(PostKind.QUESTION, null, null, null, "Chưa duyệt " + marker));
        posts.answer(answered, "Trả lời chưa duyệt " + marker, COORDINATOR);
        posts.submit(new NewPost(PostKind.QUESTION, null, null, null, "Chưa trả lời " + marker));
        String rejected = posts.submit(new NewPost(PostKind.FEEDBACK, null, null, null, "Bị từ chối " + marker));
        posts.reject(rejected, "Lạc đề", MODERATOR);

        HttpResponse<String> page = get("/cong-khai/hoi-dap");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("lang=\"vi\"", "Hỏi đáp", "Hỏi " + marker,
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "Bà &lt;b&gt;Lan&lt;/b&gt;", "Trả lời " + marker,
                "về Thành phố Hải Phòng", "Gửi câu hỏi");
        assertThat(page.body()).doesNotContain("<script>alert", "Chưa duyệt " + marker, "Chưa trả lời " + marker,
                "Trả lời chưa duyệt", "lan@example.vn");
        assertThat(page.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(get("/cong-khai/gop-y").body()).doesNotContain("Bị từ chối " + marker).contains("Gửi góp ý");

        HttpResponse<String> english = get("/cong-khai/hoi-dap?lang=en");
        assertThat(english.body()).contains("lang=\"en\"", "Questions and answers", "Send question", "Hỏi " + marker);
    }

    @Test
    void aQuestionIsReceivedKeptUnpublishedAndTheNextPageSaysWhenItWillAppear() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> sent = post("/cong-khai/hoi-dap", Map.of("noi-dung", "Câu hỏi " + marker, "ten", "Trần An",
                "email", "an@example.vn", "don-vi", "T34-01"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/cong-khai/hoi-dap/da-gui");
        assertThat(db.sql("select state || ' ' || unit_id || ' ' || asker_email from citizen_post where body = ?")
                .param("Câu hỏi " + marker).query(String.class).single()).isEqualTo("SUBMITTED T34-01 an@example.vn");
        HttpResponse<String> received = get("/cong-khai/hoi-dap/da-gui");
        assertThat(received.statusCode()).isEqualTo(200);
        assertThat(received.body()).contains("Đã nhận", "sau khi được trả lời và kiểm duyệt").doesNotContain(marker);
        assertThat(get("/cong-khai/hoi-dap").body()).doesNotContain(marker);

        HttpResponse<String> feedback = post("/cong-khai/gop-y?lang=en", Map.of("noi-dung", "Góp ý " + marker));
        assertThat(feedback.headers().firstValue("Location").orElseThrow()).endsWith("/cong-khai/gop-y/da-gui?lang=en");
        assertThat(get("/cong-khai/gop-y/da-gui?lang=en").body()).contains("Your feedback was received");
        assertThat(count("Góp ý " + marker)).isEqualTo(1);
    }

    @Test
    void aFilledHoneypotLooksReceivedButNothingIsKeptAndItIsAudited() throws Exception {
        String marker = UUID.randomUUID().toString();
        int audited = db.sql("select count(*) from audit_event where action = 'questions-honeypot'").query(Integer.class).single();
        HttpResponse<String> sent = post("/cong-khai/hoi-dap", Map.of("noi-dung", "Quảng cáo " + marker,
                "website", "http://spam.example"));
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/cong-khai/hoi-dap/da-gui");
        assertThat(count("Quảng cáo " + marker)).isZero();
        assertThat(db.sql("select count(*) from audit_event where action = 'questions-honeypot' and outcome = 'DENIED'")
                .query(Integer.class).single()).isEqualTo(audited + 1);
        // The address in the trail is the keyed hash, never 127.0.0.1.
        assertThat(db.sql("select count(*) from audit_event where action like 'questions-%' and target like '%127.0.0.1%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void sizesAreRefusedWithAClearMessageAndNothingIsKept() throws Exception {
        String marker = UUID.randomUUID().toString();
        HttpResponse<String> tooLong = post("/cong-khai/hoi-dap", Map.of("noi-dung", marker + "x".repeat(2001)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("Chưa gửi được", "Nội dung dài quá 2.000 ký tự", "aria-invalid=\"true\"");
        HttpResponse<String> badEmail = post("/cong-khai/hoi-dap", Map.of("noi-dung", marker, "email", "khong-phai"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body()).contains("không đúng dạng", "khong-phai");
        HttpResponse<String> unknownUnit = post("/cong-khai/gop-y", Map.of("noi-dung", marker, "don-vi", "X".repeat(40)));
        assertThat(unknownUnit.statusCode()).isEqualTo(400);
        assertThat(unknownUnit.body()).contains("không có trong danh sách");
        HttpResponse<String> huge = post("/cong-khai/hoi-dap", Map.of("noi-dung", marker + "ệ".repeat(20_000)));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("Nội dung quá dài");
        HttpResponse<String> empty = post("/cong-khai/hoi-dap", Map.of("noi-dung", "   "));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Vui lòng nhập nội dung");
        assertThat(db.sql("select count(*) from citizen_post where body like ?").param(marker + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void twoWrongFieldsAreBothShownBesideTheirFieldsWithWhatWasTypedAndNothingIsKept() throws Exception {
        String marker = UUID.randomUUID().toString();
        Map<String, String> typed = Map.of("noi-dung", marker, "ten", "Nguyễn Văn " + "A".repeat(100),
                "email", "khong-phai");
        HttpResponse<String> vietnamese = post("/cong-khai/gop-y", typed);
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("Chưa gửi được: có 2 mục cần sửa", "Họ tên dài quá 100 ký tự",
                "không đúng dạng", "id=\"hd-name-error\"", "id=\"hd-email-error\"", "khong-phai", marker);
        assertThat(vietnamese.body().split("aria-invalid=\"true\"", -1)).hasSize(3);
        HttpResponse<String> english = post("/cong-khai/hoi-dap?lang=en", typed);
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.body()).contains("Not sent: 2 fields need correcting", "The name is longer than 100 characters",
                "The e-mail address is not valid");
        assertThat(db.sql("select count(*) from citizen_post where body = ?").param(marker)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aFloodFromOneAddressGetsA429AndNothingBeyondTheLimitIsKept() throws Exception {
        String marker = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            assertThat(post("/cong-khai/hoi-dap", Map.of("noi-dung", marker + " số " + i)).statusCode()).isEqualTo(302);
        }
        for (int i = 5; i < 8; i++) {
            HttpResponse<String> refused = post("/cong-khai/hoi-dap", Map.of("noi-dung", marker + " số " + i));
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.body()).contains("Bạn đã gửi quá nhiều lần", "5 lần trong 10 phút và 20 lần mỗi ngày",
                    "chưa được lưu");
        }
        assertThat(db.sql("select count(*) from citizen_post where body like ?").param(marker + "%")
                .query(Integer.class).single()).isEqualTo(5);
        assertThat(db.sql("select count(*) from audit_event where action = 'questions-rate-limit'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void wrongAddressesPagesAndMethodsGetTheirOwnPagesNeverA500() throws Exception {
        assertThat(get("/cong-khai/hoi-dap/khong-co").statusCode()).isEqualTo(404);
        assertThat(get("/cong-khai/hoi-dap/khong-co").body()).contains("Không tìm thấy trang");
        assertThat(get("/cong-khai/hoi-dap?trang=abc").statusCode()).isEqualTo(400);
        assertThat(get("/cong-khai/hoi-dap?trang=99999999999").statusCode()).isEqualTo(400);
        assertThat(get("/cong-khai/gop-y?trang=9999").statusCode()).isEqualTo(404);
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(uri("/cong-khai/hoi-dap"))
                .PUT(HttpRequest.BodyPublishers.ofString("noi-dung=x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> malformed = raw("/cong-khai/hoi-dap", "noi-dung=%zz%");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("Yêu cầu không hợp lệ");
        HttpResponse<String> fields = raw("/cong-khai/hoi-dap", "a=1&".repeat(50));
        assertThat(fields.statusCode()).isEqualTo(400);
    }

    private int count(String body) {
        return db.sql("select count(*) from citizen_post where body = ?").param(body).query(Integer.class).single();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return raw(path, body);
    }

    private HttpResponse<String> raw(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
