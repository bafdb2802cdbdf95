package vn.thuocdo.survey.letters;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.invitation.InvitationCode;
import vn.thuocdo.survey.invitation.InvitationKeys;
import vn.thuocdo.survey.invitation.InvitationState;
import vn.thuocdo.survey.invitation.InvitationStore;
import vn.thuocdo.survey.invitation.LetterBatches;
import vn.thuocdo.survey.response.OnlineSurveys;
import vn.thuocdo.survey.response.SurveyWindow;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A province's letters end to end on PostgreSQL, through the real PDF and workbook adapter: the ZIP Vietnam Post
 * receives, its codes working, and a second issue killing the first letters. Years 2084-2085: the 2101-2104 of the plan are refused by Rounds (2020-2100).
 */
@AdapterTest
class LetterBatchesTest {

    private static final Pattern CODE = Pattern.compile("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{3}");

    @Autowired OnlineSurveys online;
    @Autowired LetterBatches batches;
    @Autowired InvitationKeys keys;
    @Autowired InvitationStore store;
    @Autowired SurveyWindow window;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aProvinceGetsOnePdfAndOneCodeListPerCommuneWithTheSameWorkingCodes() throws IOException {
        OnlineSurveys.OpenRound round = online.open(2084, List.of("T34-31"));
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        LetterBatches.Written written = batches.write(round.id(), "T34-31", null, TestActors.COORDINATOR, zip);

        // Kept for a look (pdftoppm): what Vietnam Post would receive.
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "letters", "province.zip"), zip.toByteArray());
        Map<String, byte[]> entries = entries(zip.toByteArray());
        List<String> communes = jdbc.queryForList("select distinct commune_code from survey_sample_unit"
                + " where sample_id = ? and unit_id = 'T34-31' and stage = 'HOUSEHOLD' and draw_order is not null"
                + " order by commune_code", String.class, round.sampleId());
        long slots = jdbc.queryForObject("select count(*) from survey_sample_unit where sample_id = ?"
                + " and unit_id = 'T34-31' and stage = 'HOUSEHOLD' and draw_order is not null", Long.class,
                round.sampleId());
        assertThat(written.letters()).isEqualTo(slots);
        assertThat(written.communes()).isEqualTo(communes.size());
        // Named with the commune's code and its name without marks: "xã thử 3" is xa-thu-3.
        assertThat(entries.keySet()).hasSize(2 * communes.size())
                .allMatch(name -> name.matches("9\\d{4}-xa-thu-\\d+\\.(pdf|xlsx)"));

        int pages = 0;
        List<String> allCodes = new ArrayList<>();
        for (String commune : communes) {
            String base = entries.keySet().stream().filter(n -> n.startsWith(commune + "-")).findFirst().orElseThrow()
                    .replaceAll("\\.(pdf|xlsx)$", "");
            List<List<String>> list = rows(entries.get(base + ".xlsx"));
            try (PDDocument pdf = Loader.loadPDF(entries.get(base + ".pdf"))) {
                pages += pdf.getNumberOfPages();
                assertThat(pdf.getNumberOfPages()).isEqualTo(list.size());
                // Page n is the letter of the list's row n: same code, village and household. Read in one pass,
                // pages split at the stripper's page end mark.
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setPageEnd("\f");
                String[] texts = stripper.getText(pdf).split("\f");
                for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                    String text = texts[page - 1];
                    List<String> row = list.get(page - 1);
                    assertThat(codes(text)).containsExactly(row.get(3));
                    assertThat(text.replaceAll("\\s+", " ")).contains("hộ số " + row.get(2) + " · " + row.get(1))
                            .contains("Thành phố Hải Phòng").contains("Bộ Nội vụ").contains("Hạn trả lời: hết ngày");
                    assertThat(row.get(0)).startsWith(commune + " - Xã thử ");
                    assertThat(row.get(4)).isEqualTo("http://localhost:8080/s/" + row.get(3).replace("-", ""));
                    allCodes.add(row.get(3));
                }
            }
        }
        assertThat(pages).isEqualTo(slots);
        assertThat(allCodes).doesNotHaveDuplicates();
        for (String code : allCodes) {
            assertThat(store.byHash(keys.hash(InvitationCode.parse(code))).orElseThrow().state())
                    .isEqualTo(InvitationState.ISSUED);
        }

        // Issued again for one commune: that commune's first letters stop working, the others' do not.
        String commune = communes.get(0);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        LetterBatches.Written reissued = batches.write(round.id(), "T34-31", commune, TestActors.COORDINATOR, again);
        assertThat(reissued.communes()).isOne();
        Map<String, byte[]> second = entries(again.toByteArray());
        assertThat(second.keySet()).allMatch(n -> n.startsWith(commune + "-"));
        String list = second.keySet().stream().filter(n -> n.endsWith(".xlsx")).findFirst().orElseThrow();
        List<String> newCodes = rows(second.get(list)).stream().map(r -> r.get(3)).toList();
        assertThat(newCodes).hasSize(reissued.letters()).doesNotContainAnyElementsOf(allCodes);
        Map<String, Long> states = new LinkedHashMap<>();
        for (String code : allCodes) {
            var invitation = store.byHash(keys.hash(InvitationCode.parse(code))).orElseThrow();
            states.merge(invitation.communeCode().equals(commune) + ":" + invitation.state(), 1L, Long::sum);
        }
        assertThat(states).containsOnlyKeys("true:VOID", "false:ISSUED")
                .containsEntry("true:VOID", (long) reissued.letters());
    }

    @Test
    void noLetterIsIssuedWithoutADeadlineNorByAnyoneButTheCoordinator() {
        OnlineSurveys.OpenRound round = online.open(2085, List.of("T34-01"));
        assertThatThrownBy(() -> batches.write(round.id(), "T34-01", null, TestActors.officerOf("T34-01"),
                new ByteArrayOutputStream())).isInstanceOfAny(AccessDenied.class, Rejected.class);
        window.close(round.id());
        assertThatThrownBy(() -> batches.write(round.id(), "T34-01", null, TestActors.COORDINATOR,
                new ByteArrayOutputStream())).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.key()).isEqualTo("letters.surveyOver"));
        assertThat(jdbc.queryForObject("select count(*) from survey_invitation where round_id = ?", Long.class,
                round.id())).isZero();
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** The code list's letter rows (from the 4th), each as text cells. */
    static List<List<String>> rows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getFirstSheet().read()) {
                if (row.getRowNum() >= 4) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < 5; c++) {
                        cells.add(row.getCellText(c));
                    }
                    rows.add(cells);
                }
            }
        }
        return rows;
    }

    private static List<String> codes(String text) {
        List<String> codes = new ArrayList<>();
        // The code is printed letter-spaced, which text extraction reads as spaces here and there.
        Matcher m = CODE.matcher(text.replaceAll("[ \t]+", ""));
        while (m.find()) {
            codes.add(m.group());
        }
        return codes;
    }
}
