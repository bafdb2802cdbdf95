package vn.thuocdo.indices.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.RankOptions;
import vn.thuocdo.forms.index.ResponsesCsv;
import vn.thuocdo.testing.ServerTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statisticians' upload over real HTTP: the estimate command's CSV from the same code, rank intervals with a
 * seed, every refusal in the API's error shape (Vietnamese first, the row of a bad file), and only the allowed roles.
 */
@ServerTest
class EstimateApiTest {

    private static final String DEFINITION = """
            {"id": "thu", "version": 1, "title": {"vi": "Chỉ số thử"},
             "answers": {"valid": ["1", "2", "3", "4", "5"], "satisfied": ["4", "5"], "notValid": ["dk"]},
             "minValidAnswers": 2, "singleClusterStratum": "ADJUST",
             "items": ["a", "b"],
             "elements": [{"id": "e1", "of": ["a", "b"]}],
             "parts": [{"id": "p1", "of": ["e1"]}],
             "overall": ["p1"]}""";

    @LocalServerPort int port;

    @Test
    void aStatisticianGetsTheCommandsCsvForTheSipasDefinitionInForce() throws Exception {
        IndexDefinition sipas = IndexCatalogue.load().latest("sipas").orElseThrow();
        String csv = sipasResponses(sipas);
        HttpResponse<String> answer = post("thongke", parts("responses", csv, "stratum", "province",
                "cluster", "commune", "weight", "weight"), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(answer.body()).isEqualTo(expected(sipas, csv, null))
                .startsWith("domain,measure,estimate,se,ci_low,ci_high,n,note\nnational,item:");
    }

    @Test
    void withASeedTheDomainRowsGainTheirRankIntervalsTheSameEachTime() throws Exception {
        String csv = twoItemResponses();
        Map<String, String> parts = parts("responses", csv, "definition", DEFINITION, "stratum", "province",
                "cluster", "commune", "weight", "w", "replicates", "1000", "seed", "42");
        HttpResponse<String> answer = post("dieuphoi", parts, null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        IndexDefinition definition = vn.thuocdo.forms.index.Indices.parse(DEFINITION);
        assertThat(answer.body()).isEqualTo(expected(definition, csv, new RankOptions(1000, 42)));
        List<String> lines = answer.body().lines().toList();
        assertThat(lines.get(0)).endsWith(",rank,rank_low,rank_high");
        // A far above B: ranks 1 and 2 on every measure, without doubt.
        assertThat(lines).filteredOn(l -> l.startsWith("A,")).hasSize(5).allMatch(l -> l.endsWith(",1,1,1"));
        assertThat(lines).filteredOn(l -> l.startsWith("B,")).hasSize(5).allMatch(l -> l.endsWith(",2,2,2"));
        assertThat(post("dieuphoi", parts, null).body()).isEqualTo(answer.body());
    }

    @Test
    void aBadRowIsRefusedWithItsRowAndColumnInVietnameseThenInEnglishWhenAsked() throws Exception {
        String csv = "province,commune,w,a,b\nA,1,10,5,4\nA,2,10,5,4\nA,2,10,7,4\n";
        Map<String, String> parts = parts("responses", csv, "definition", DEFINITION, "stratum", "province",
                "cluster", "commune", "weight", "w");
        HttpResponse<String> vietnamese = post("thongke", parts, null);
        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.body()).contains("\"error\":\"csv.badAnswer\"")
                .contains("dòng 4, cột a: câu trả lời 7 không hợp lệ").contains("\"field\":\"responses\"");
        assertThat(post("thongke", parts, "en").body()).contains("row 4, column a: answer 7 is not valid");
    }

    @Test
    void everyBadPartIsNamedInOneRefusal() throws Exception {
        HttpResponse<String> answer = post("thongke", parts("responses", twoItemResponses(), "definition", DEFINITION,
                "stratum", "x".repeat(65), "cluster", "", "weight", "w", "replicates", "999", "colour", "đỏ"), null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\":\"indices.badUpload\"")
                .contains("\"field\":\"stratum\"").contains("\"field\":\"cluster\"")
                .contains("\"field\":\"replicates\"").contains("\"field\":\"colour\"")
                .contains("tên cột phải có từ 1 đến 64 ký tự in được");
        HttpResponse<String> missing = post("thongke", parts("stratum", "province"), null);
        assertThat(missing.body()).contains("Thiếu mục bắt buộc \\\"responses\\\"").contains("\"field\":\"weight\"");
        HttpResponse<String> definition = post("thongke", parts("responses", twoItemResponses(),
                "definition", "{\"id\": \"thu\"}", "weight", "w"), null);
        assertThat(definition.statusCode()).isEqualTo(400);
        assertThat(definition.body()).contains("\"error\":\"index.invalid\"").contains("\"field\":\"definition\"");
        HttpResponse<String> unknownColumn = post("thongke", parts("responses", twoItemResponses(),
                "definition", DEFINITION, "weight", "trong_so"), null);
        assertThat(unknownColumn.body()).contains("\"error\":\"csv.missingColumn\"").contains("thiếu cột trong_so");
    }

    @Test
    void onlyCoordinatorsAndStatisticiansMayUploadAndOnlyAsMultipart() throws Exception {
        Map<String, String> parts = parts("responses", twoItemResponses(), "definition", DEFINITION, "weight", "w");
        assertThat(post("haiphong", parts, null).statusCode()).isEqualTo(403);
        assertThat(post("thamdinh", parts, null).statusCode()).isEqualTo(403);
        HttpRequest json = request("thongke", null).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        HttpResponse<String> refused = HttpClient.newHttpClient().send(json, HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("\"error\":\"indices.multipartRequired\"");
        HttpRequest cut = request("thongke", null).header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"w")).build();
        HttpResponse<String> malformed = HttpClient.newHttpClient().send(cut, HttpResponse.BodyHandlers.ofString());
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("\"error\":\"indices.badMultipart\"");
    }

    /** What the command's code writes for the same file: the endpoint must answer exactly this. */
    private static String expected(IndexDefinition definition, String csv, RankOptions ranks) {
        var data = new ResponsesCsv(definition, new ResponsesCsv.Columns("province", "commune",
                csv.startsWith("province,commune,weight") ? "weight" : "w", null))
                .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        StringWriter out = new StringWriter();
        RankOptions.writeEstimates(definition, data, ranks, out);
        return out.toString();
    }

    private static String sipasResponses(IndexDefinition sipas) {
        StringBuilder csv = new StringBuilder("province,commune,weight," + String.join(",", sipas.items()) + "\n");
        for (int row = 0; row < 120; row++) {
            csv.append(row % 2 == 0 ? "01" : "79").append(',').append(row % 8).append(',').append(100 + row);
            for (int item = 0; item < sipas.items().size(); item++) {
                csv.append(',').append((row + item) % 5 + 1);
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    /** Provinces A (mostly satisfied) and B (mostly not), 6 communes × 15 respondents each. */
    private static String twoItemResponses() {
        SplittableRandom random = new SplittableRandom(8);
        StringBuilder csv = new StringBuilder("province,commune,w,a,b\n");
        for (String province : List.of("A", "B")) {
            double chance = province.equals("A") ? 0.9 : 0.1;
            for (int c = 0; c < 6; c++) {
                for (int i = 0; i < 15; i++) {
                    csv.append(province).append(',').append(c).append(',').append(10 + random.nextInt(20));
                    for (int item = 0; item < 2; item++) {
                        csv.append(',').append(random.nextDouble() < chance ? "5" : "2");
                    }
                    csv.append('\n');
                }
            }
        }
        return csv.toString();
    }

    private static Map<String, String> parts(String... nameValue) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            parts.put(nameValue[i], nameValue[i + 1]);
        }
        return parts;
    }

    private HttpResponse<String> post(String user, Map<String, String> parts, String language) throws Exception {
        String boundary = "----thuocdo" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var part : parts.entrySet()) {
            String file = part.getKey().equals("responses") ? "; filename=\"responses.csv\"\r\nContent-Type: text/csv"
                    : part.getKey().equals("definition") ? "; filename=\"definition.json\"\r\nContent-Type: application/json" : "";
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\""
                    + file + "\r\n\r\n" + part.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = request(user, language).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String user, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + EstimateApi.PATH))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":thuocdo").getBytes(StandardCharsets.UTF_8)));
        return language == null ? request : request.header("Accept-Language", language);
    }
}
