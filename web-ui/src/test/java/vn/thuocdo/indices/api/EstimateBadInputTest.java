package vn.thuocdo.indices.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.testing.CheapPasswords;
import vn.thuocdo.testing.ServerTest;
import vn.thuocdo.testing.badinput.BadInputReport;
import vn.thuocdo.testing.badinput.BadInputRun;
import vn.thuocdo.testing.badinput.BadInputTarget;
import vn.thuocdo.testing.badinput.FieldKind;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 2,000 generated bad multipart bodies at the statisticians' upload (POST /api/v1/indices/estimate): no 5xx, every
 * answer in the API's error shape, each bad part named. Nothing is stored by the endpoint, so there is no state to
 * compare. The same context as the other bad-input runs (cheap passwords).
 */
@ServerTest
@Import(CheapPasswords.class)
class EstimateBadInputTest {

    @LocalServerPort int port;

    @Test
    void twoThousandBadUploadsAreEachRefusedWithTheirReason() throws Exception {
        IndexDefinition sipas = IndexCatalogue.load().latest("sipas").orElseThrow();
        String header = "province,commune,weight," + String.join(",", sipas.items()) + "\n";
        StringBuilder valid = new StringBuilder(header);
        for (int row = 0; row < 40; row++) {
            valid.append(row % 2 == 0 ? "01" : "79").append(',').append(row % 4).append(',').append(100 + row)
                    .append(answers(sipas, row)).append('\n');
        }
        String row = "01,1,100" + answers(sipas, 1) + "\n";
        List<byte[]> badFiles = List.of(
                bytes(header + row + "01,1,100" + answers(sipas, 2).replaceFirst(",[1-5]", ",6") + "\n"),
                bytes(header + row + "01,1,1e3" + answers(sipas, 2) + "\n"),
                bytes(header + row + "01,1,0" + answers(sipas, 2) + "\n"),
                bytes(header + row + "01,1" + answers(sipas, 2) + "\n"),
                bytes(header + "01,,100" + answers(sipas, 2) + "\n"),
                bytes(header.replace("," + sipas.items().get(3), "") + "01,1,100\n"),
                bytes(header),
                bytes(""),
                (header + row + "Hà Nội,1,100" + answers(sipas, 3) + "\n").getBytes(StandardCharsets.ISO_8859_1),
                bytes(header + "01,\"1,100" + answers(sipas, 2) + "\n"),
                bytes(header + row + "national,1,100" + answers(sipas, 2) + "\n"));
        BadInputTarget upload = BadInputTarget.post(EstimateApi.PATH)
                .as("thongke", "thuocdo")
                .multipart()
                .file("responses", "responses.csv", "text/csv", valid.toString(), badFiles)
                .field("stratum", "\"province\"", FieldKind.text(64, false))
                .field("cluster", "\"commune\"", FieldKind.text(64, false))
                .field("weight", "\"weight\"", FieldKind.text(64, true))
                .field("domain", "\"province\"", FieldKind.text(64, false))
                .field("replicates", "\"1000\"", FieldKind.integer(1_000, 10_000, false))
                .field("seed", "\"42\"", FieldKind.integer(-999_999_999_999_999_999L, 999_999_999_999_999_999L, false));

        BadInputReport report = BadInputRun.against("http://localhost:" + port, upload).bodies(2_000).run();

        System.out.println(report.summary());
        assertThat(report.serverErrors()).as(report.summary()).isZero();
        assertThat(report.failures()).as(report.summary()).isEmpty();
    }

    private static String answers(IndexDefinition sipas, int row) {
        StringBuilder out = new StringBuilder();
        for (int item = 0; item < sipas.items().size(); item++) {
            out.append(',').append((row + item) % 5 + 1);
        }
        return out.toString();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
