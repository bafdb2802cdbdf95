package vn.thuocdo.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.TestActors;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bad request to /api/** is a 4xx in one JSON shape, {"error", "message", "fields"}, worded in Vietnamese
 * unless the caller asks for English: including the ones Spring answered with its own English body or a 500.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class ApiErrorShapeTest {

    private static final String VALID = """
            {"contactName":"Nguyễn Văn An","contactPhone":"0912345678","contactEmail":"an@snv.haiphong.gov.vn",
             "communes":"114","villages":"2300","households":"650000","population":"2100000",
             "dossiersHandled":"480000"}""";

    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    @LocalServerPort int port;
    @Autowired Rounds rounds;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String submission;

    @BeforeEach
    void aRoundAwaitsHaiPhongsSubmission() {
        int year = YEARS.getAndIncrement();
        String id = rounds.launchNew(new NewRound(year, "Đợt lỗi API " + System.nanoTime(), RoundLevel.NATIONAL,
                List.of("T34-31"), "sampling-request@1", LocalDate.now().plusDays(5)), TestActors.COORDINATOR).id();
        submission = "/api/v1/rounds/" + id + "/sampling/T34-31/submission";
    }

    @Test
    void wildcardMissingAndUnknownContentTypesAre415InTheShapeNot500() throws Exception {
        for (String type : new String[] {"*/*", "application/*", "foo", "text/plain", "application/json;charset=foo",
                "application/xml", null}) {
            HttpResponse<String> answer = send("POST", submission, type, VALID, null);
            assertThat(answer.statusCode()).as(type).isEqualTo(415);
            assertShape(answer, "api.unsupportedMediaType");
            assertThat(message(answer)).as(type).startsWith("Nội dung gửi lên phải là JSON");
        }
    }

    @Test
    void bodiesSpringCouldNotReadAre400WithTheReasonInVietnameseOrEnglish() throws Exception {
        expect(send("POST", submission, "application/json", "{\"contactName\": \"An\",", null), 400, "api.malformedJson");
        expect(send("POST", submission, "application/json", "", null), 400, "api.bodyMissing");
        // Jackson would read the first object and ignore the rest.
        expect(send("POST", submission, "application/json", VALID + "{\"communes\":\"x\"}", null), 400, "api.malformedJson");
        expect(send("POST", submission, "application/json", "null", null), 400, "api.bodyMissing");
        expect(send("POST", submission, "application/json", "[1, 2]", null), 400, "api.bodyNotObject");
        expect(send("POST", submission, "application/json", "\"chuỗi\"", null), 400, "api.bodyNotObject");
        // Jackson's read limits (here a number of 2,000 digits), not our code, stop these.
        expect(send("POST", submission, "application/json", "{\"communes\":" + "9".repeat(2000) + "}", null), 400,
                "api.bodyTooComplex");
        expect(send("POST", submission, "application/json", "{\"communes\":\"1\",\"communes\":\"114\"}", null), 400,
                "api.duplicateField");
        HttpResponse<String> english = send("POST", submission, "application/json", "{bad", "en-GB,en;q=0.9");
        expect(english, 400, "api.malformedJson");
        assertThat(message(english)).startsWith("The body is not valid JSON");
        HttpResponse<String> array = send("POST", submission, "application/json", VALID.replace("\"114\"", "[114]"), null);
        // The body is read; the form refuses the value of the wrong type, field by field, with the others' checks.
        expect(array, 400, "sampling.invalidAnswers");
        assertThat(body(array).get("fields").get(0).get("field").asText()).isEqualTo("communes");
        assertThat(body(array).get("fields").get(0).get("error").asText()).isEqualTo("field.wrongType");
    }

    @Test
    void aMethodAPathDoesNotTakeIs405WithAllow() throws Exception {
        HttpResponse<String> answer = send("GET", submission, null, null, null);
        expect(answer, 405, "api.methodNotAllowed");
        assertThat(answer.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void anUnknownApiPathIs404InTheShape() throws Exception {
        expect(send("GET", "/api/v1/whatever", null, null, null), 404, "api.notFound");
        HttpResponse<String> english = send("POST", "/api/v2/rounds", "application/json", "{}", "en");
        expect(english, 404, "api.notFound");
        assertThat(message(english)).isEqualTo("There is no such API address. Please check the path.");
    }

    @Test
    void aParameterOfTheWrongTypeNamesTheParameter() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/v1/inbox?offset=nhiều", null, null, null);
        expect(answer, 400, "api.parameterWrongType");
        assertThat(body(answer).get("fields").get(0).get("field").asText()).isEqualTo("offset");
    }

    @Test
    void onlyJsonIsOfferedAndSaidSoInJson() throws Exception {
        HttpRequest request = authorised("/api/v1/me").header("Accept", "image/png").build();
        expect(http.send(request, HttpResponse.BodyHandlers.ofString()), 406, "api.notAcceptable");
    }

    @Test
    void aBodyAnnouncedLargerThanTheLimitIs413BeforeItIsRead() throws Exception {
        String huge = "{\"note\":\"" + "x".repeat(300 * 1024) + "\"}";
        expect(send("POST", submission, "application/json", huge, null), 413, "api.bodyTooLarge");
    }

    /**
     * Chunked, with no length announced and no end: a server that buffered the body before refusing it would
     * wait for the end forever; ours answers once 256 KB have arrived.
     */
    @Test
    void aStreamedBodyIsRefusedWith413AsSoonAsItCrossesTheLimit() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + submission + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + basic("haiphong")
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 40; i++) {
                byte[] chunk = ((i == 0 ? "{\"note\":\"" : "") + "x".repeat(16 * 1024)).getBytes(StandardCharsets.US_ASCII);
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).startsWith("HTTP/1.1 413");
            StringBuilder rest = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                rest.append(line).append('\n');
                if (line.contains("\"fields\"")) {
                    break;
                }
            }
            assertThat(rest).contains("\"error\":\"api.bodyTooLarge\"").contains("262.144 byte");
        }
    }

    @Test
    void pathsTheFirewallRefusesAre400WithOneLogLineAndNoStackTrace(CapturedOutput log) throws Exception {
        int before = log.getOut().length();
        assertThat(send("GET", "/engine-rest;x=1/engine", null, null, null).statusCode()).isEqualTo(400);
        expect(send("GET", "/api/v1/me;x=1", null, null, null), 400, "api.requestRejected");
        expect(send("GET", "/api/v1/%2e%2e/me", null, null, null), 400, "api.requestRejected");
        expect(send("GET", "/api/v1//me", null, null, null), 400, "api.requestRejected");
        // An encoded slash never reaches the application: Tomcat itself answers 400.
        assertThat(send("GET", "/api/v1%2Fme", null, null, null).statusCode()).isEqualTo(400);
        assertThat(send("GET", "/login;jsessionid=x/..;/", null, null, null).statusCode()).isEqualTo(400);
        String logged = log.getOut().substring(before);
        assertThat(logged).contains("Refused GET /engine-rest;x=1/engine")
                .doesNotContain("Exception").doesNotContain("\tat org.");
    }

    private void expect(HttpResponse<String> answer, int status, String key) throws Exception {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertShape(answer, key);
    }

    private void assertShape(HttpResponse<String> answer, String key) throws Exception {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json"));
        JsonNode body = body(answer);
        assertThat(body.get("error").asText()).as(answer.body()).isEqualTo(key);
        assertThat(body.get("message").asText()).as(answer.body()).isNotBlank().doesNotStartWith("api.");
        assertThat(body.get("fields").isArray()).as(answer.body()).isTrue();
        assertThat(body.size()).as(answer.body()).isEqualTo(3);
    }

    private JsonNode body(HttpResponse<String> answer) throws Exception {
        return json.readTree(answer.body());
    }

    private String message(HttpResponse<String> answer) throws Exception {
        return body(answer).get("message").asText();
    }

    private HttpResponse<String> send(String method, String path, String type, String content, String language)
            throws Exception {
        HttpRequest.Builder request = authorised(path);
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        request.method(method, content == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(content));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", basic("haiphong"));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":thuocdo").getBytes(StandardCharsets.UTF_8));
    }
}
