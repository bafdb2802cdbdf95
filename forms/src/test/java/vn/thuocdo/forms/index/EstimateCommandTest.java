package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The command end to end on files, and every kind of bad responses file refused with its row. */
class EstimateCommandTest {

    private static final String HEADER = "stratum,cluster,weight,a,b,c\n";

    @TempDir
    Path dir;

    @Test
    void writesTheEstimatesCsvWithNationalAndEachStratumAndLabelsInsufficientData() throws IOException {
        Path definition = Files.writeString(dir.resolve("test.json"), EstimatorTest.DEFINITION.formatted("ADJUST"));
        Path responses = Files.writeString(dir.resolve("responses.csv"),
                "\uFEFF" + EstimatorTest.ROWS.formatted("S1", "S1", "S1", "S1", "S2", "S2"));
        Path out = dir.resolve("out.csv");
        Run run = run("--responses", responses.toString(), "--definition", definition.toString(),
                "--stratum", "stratum", "--cluster", "cluster", "--weight", "weight", "--out", out.toString());
        assertThat(run.status).as(run.stderr).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("domain,measure,estimate,se,ci_low,ci_high,n,note");
        // National item a, single-cluster stratum S2 under ADJUST (EstimatorTest): 1/2, SE √(5/64) = 0.27950850,
        // CI 1/2 ± 1.959964 · 0.27950850 = 1/2 ± 0.54782659.
        assertThat(lines).contains("national,item:a,0.50000000,0.27950850,-0.04782659,1.04782659,4,");
        // S1: 2/3, SE 1/3, CI 2/3 ± 0.65332133.
        assertThat(lines).contains("S1,item:a,0.66666667,0.33333333,0.01334534,1.31998799,3,");
        assertThat(lines).contains("S2,item:a,,,,,1,không đủ dữ liệu (insufficient data)");
        assertThat(lines).filteredOn(l -> l.startsWith("national,")).extracting(l -> l.split(",")[1])
                .containsExactly("item:a", "item:b", "item:c", "element:e1", "element:e2", "part:p1", "part:p2",
                        "overall");
        assertThat(lines).hasSize(1 + 3 * 8);
    }

    @Test
    void theShippedDefinitionIsNamedByItsReference() throws IOException {
        IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
        StringBuilder csv = new StringBuilder("province,commune,weight," + String.join(",", sipas.items()) + "\n");
        for (int row = 0; row < 80; row++) {
            csv.append(row % 2 == 0 ? "01" : "79").append(',').append(row % 8).append(',').append(100 + row);
            for (int item = 0; item < sipas.items().size(); item++) {
                csv.append(',').append((row + item) % 5 + 1);
            }
            csv.append('\n');
        }
        Path responses = Files.writeString(dir.resolve("sipas.csv"), csv);
        Run run = run("--responses", responses.toString(), "--definition", "sipas@1", "--stratum", "province",
                "--cluster", "commune", "--weight", "weight");
        assertThat(run.status).as(run.stderr).isZero();
        assertThat(run.stdout.lines()).anyMatch(l -> l.startsWith("national,overall,0."))
                .anyMatch(l -> l.startsWith("79,part:services,0.")).hasSize(1 + 3 * (33 + 9 + 2 + 1));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(HEADER + "S,c1,1,5,4,5\nS,c1,1,5,4\n", "csv.wrongColumnCount", 3L,
                        "dòng 3: có 5 cột, dòng tiêu đề có 6 cột"),
                Arguments.of(HEADER + "S,c1,1,5,4,5\nS,c1,\"1,5\",5,4,5\n", "csv.badWeight", 3L, "trọng số 1,5"),
                Arguments.of(HEADER + "S,c1,1e3,5,4,5\n", "csv.badWeight", 2L, "dòng 2, cột weight"),
                Arguments.of(HEADER + "S,c1,-2,5,4,5\n", "csv.badWeight", 2L, "trọng số -2"),
                Arguments.of(HEADER + "S,c1,0,5,4,5\n", "csv.badWeight", 2L, "trọng số 0"),
                Arguments.of(HEADER + "S,c1,,5,4,5\n", "csv.badWeight", 2L, "trọng số "),
                Arguments.of(HEADER + "S,c1,1.,5,4,5\n", "csv.badWeight", 2L, "trọng số 1."),
                Arguments.of(HEADER + "S,c1,1,5,4,5\nS,c1,1,5,4,5\nS,c2,1,5,6,5\n", "csv.badAnswer", 4L,
                        "dòng 4, cột b: câu trả lời 6 không hợp lệ; nhận: 1, 2, 3, 4, 5, dk, na"),
                Arguments.of(HEADER + "S,c1,1,5,4,\u00A05\n", "csv.badAnswer", 2L, "câu trả lời ⟨U+00A0⟩5"),
                Arguments.of(HEADER + ",c1,1,5,4,5\n", "csv.emptyValue", 2L, "dòng 2, cột stratum: không được để trống"),
                Arguments.of(HEADER + "S,,1,5,4,5\n", "csv.emptyValue", 2L, "cột cluster"),
                Arguments.of(HEADER + "S,\"c1,1,5,4,5\n", "csv.unclosedQuote", 2L, "dòng 2"),
                Arguments.of(HEADER + "S,c\"1,1,5,4,5\n", "csv.badQuote", 2L, "dòng 2"),
                Arguments.of(HEADER + "S," + "x".repeat(300) + ",1,5,4,5\n", "csv.fieldTooLong", 2L,
                        "dài hơn 256 ký tự"),
                Arguments.of(HEADER + "S,c1\u0001,1,5,4,5\n", "csv.controlCharacter", 2L, "U+0001"),
                Arguments.of("stratum,cluster,weight,a,b\nS,c1,1,5,4\n", "csv.missingColumn", null, "thiếu cột c"),
                Arguments.of("stratum,cluster,weight,a,b,c,a\n", "csv.duplicateColumn", null, "cột a lặp lại"),
                Arguments.of(HEADER + "S,c1,1,5,4,5\nnational,c2,1,5,4,5\n", "csv.reservedDomain", 3L,
                        "dòng 3, cột stratum: giá trị national được dành cho cả mẫu"),
                Arguments.of(HEADER, "csv.noRows", null, "không có câu trả lời nào"),
                Arguments.of("", "csv.empty", null, "tệp trống"));
    }

    @ParameterizedTest
    @MethodSource("badFiles")
    void aBadResponsesFileIsRefusedWithItsRowAndNothingIsEstimated(String content, String code, Long row,
                                                                   String vietnamese) throws IOException {
        Path definition = Files.writeString(dir.resolve("test.json"), EstimatorTest.DEFINITION.formatted("ADJUST"));
        Path responses = Files.writeString(dir.resolve("bad.csv"), content);
        Path out = dir.resolve("out.csv");
        Run run = run("--responses", responses.toString(), "--definition", definition.toString(),
                "--stratum", "stratum", "--cluster", "cluster", "--weight", "weight", "--out", out.toString());
        assertThat(run.status).isEqualTo(2);
        assertThat(run.stderr).contains(vietnamese);
        assertThat(out).doesNotExist();

        ResponsesRefused refused = catchThrowableOfType(ResponsesRefused.class, () -> read(content));
        assertThat(refused.code()).isEqualTo(code);
        if (row != null) {
            assertThat(refused.args().get(0)).isEqualTo(row);
        }
        // English on the second line, from the same code.
        assertThat(run.stderr.lines().toList()).hasSize(2);
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsRow() {
        byte[] latin1 = (HEADER + "S,c1,1,5,4,5\nHà Nội,c1,1,5,4,5\n").getBytes(StandardCharsets.ISO_8859_1);
        ResponsesRefused refused = catchThrowableOfType(ResponsesRefused.class,
                () -> new ResponsesCsv(EstimatorTest.definition("ADJUST"),
                        new ResponsesCsv.Columns("stratum", "cluster", "weight", null))
                        .read(new ByteArrayInputStream(latin1)));
        assertThat(refused.code()).isEqualTo("csv.notUtf8");
        assertThat(refused.args()).containsExactly(3L);
    }

    @Test
    void badCommandLinesAreRefusedBeforeAnythingIsRead() {
        assertThat(run("--responses", "x.csv", "--colour", "red").stderr)
                .contains("tùy chọn --colour không tồn tại").contains("there is no option --colour");
        assertThat(run("--responses", "x.csv", "--definition", "sipas@1").stderr).contains("thiếu tùy chọn --weight");
        assertThat(run("--definition", "sipas@1", "--weight").stderr).contains("tùy chọn --weight cần một giá trị");
        assertThat(run("--definition", "sipas@1", "--responses", dir.resolve("none.csv").toString(), "--weight", "w")
                .stderr).contains("không đọc được tệp");
        assertThat(run("--definition", "sipas@1", "--responses", "x.csv", "--weight", "w", "--cluster", "w")
                .stderr).contains("cột w được dùng cho hai vai trò");
        Run invalid = run("--definition", dir.resolve("missing.json").toString(), "--responses", "x.csv",
                "--weight", "w");
        assertThat(invalid.status).isEqualTo(2);
    }

    /**
     * Three provinces of 6 communes × 20 respondents on the test definition: A nearly all satisfied, C nearly none, B
     * between. With --rank-intervals the domain rows gain rank, rank_low, rank_high (A 1-1, B 2-2, C 3-3 on every
     * measure: far apart), national rows leave them empty, and the same seed writes the same file.
     */
    @Test
    void rankIntervalsAddThreeColumnsForTheDomainRowsAndTheSameSeedGivesTheSameFile() throws IOException {
        Path definition = Files.writeString(dir.resolve("test.json"), EstimatorTest.DEFINITION.formatted("ADJUST"));
        StringBuilder csv = new StringBuilder(HEADER);
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        String[] provinces = {"A", "B", "C"};
        double[] chance = {0.95, 0.5, 0.05};
        for (int p = 0; p < 3; p++) {
            for (int c = 0; c < 6; c++) {
                for (int i = 0; i < 20; i++) {
                    csv.append(provinces[p]).append(",x").append(c).append(',').append(1 + random.nextInt(5));
                    for (int item = 0; item < 3; item++) {
                        csv.append(',').append(random.nextDouble() < chance[p] ? "5" : "2");
                    }
                    csv.append('\n');
                }
            }
        }
        Path responses = Files.writeString(dir.resolve("provinces.csv"), csv);
        String[] args = {"--responses", responses.toString(), "--definition", definition.toString(),
                "--stratum", "stratum", "--cluster", "cluster", "--weight", "weight", "--rank-intervals",
                "--replicates", "1000", "--seed", "42"};
        Run run = run(args);
        assertThat(run.status).as(run.stderr).isZero();
        List<String> lines = run.stdout.lines().toList();
        assertThat(lines.get(0)).isEqualTo("domain,measure,estimate,se,ci_low,ci_high,n,note,rank,rank_low,rank_high");
        assertThat(lines).hasSize(1 + 4 * 8);
        assertThat(lines).filteredOn(l -> l.startsWith("national,")).allMatch(l -> l.endsWith(",,,"));
        assertThat(lines).filteredOn(l -> l.startsWith("A,")).allMatch(l -> l.endsWith(",1,1,1"));
        assertThat(lines).filteredOn(l -> l.startsWith("B,")).allMatch(l -> l.endsWith(",2,2,2"));
        assertThat(lines).filteredOn(l -> l.startsWith("C,")).allMatch(l -> l.endsWith(",3,3,3"));
        assertThat(run(args).stdout).isEqualTo(run.stdout);
        // Without the option, the format of before.
        assertThat(run(java.util.Arrays.copyOf(args, 10)).stdout.lines().findFirst()).contains(ResultsCsv.HEADER);
    }

    @Test
    void replicatesOutsideTheBoundsOrWithoutTheOptionAreRefused() throws IOException {
        Path definition = Files.writeString(dir.resolve("test.json"), EstimatorTest.DEFINITION.formatted("ADJUST"));
        Path responses = Files.writeString(dir.resolve("responses.csv"),
                EstimatorTest.ROWS.formatted("S1", "S1", "S1", "S1", "S2", "S2"));
        String[] base = {"--responses", responses.toString(), "--definition", definition.toString(),
                "--stratum", "stratum", "--cluster", "cluster", "--weight", "weight"};
        Run few = run(concat(base, "--rank-intervals", "--replicates", "999"));
        assertThat(few.status).isEqualTo(2);
        assertThat(few.stderr).contains("số mẫu lặp phải là số nguyên từ 1.000 đến 10.000, đang là 999")
                .contains("from 1,000 to 10,000, was 999");
        assertThat(run(concat(base, "--rank-intervals", "--replicates", "1e3")).stderr).contains("đang là 1e3");
        assertThat(run(concat(base, "--rank-intervals", "--seed", "x")).stderr)
                .contains("hạt giống (seed) phải là số nguyên, đang là x");
        assertThat(run(concat(base, "--seed", "4")).stderr).contains("thiếu tùy chọn --rank-intervals");
    }

    private static String[] concat(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static SurveyData read(String content) {
        return new ResponsesCsv(EstimatorTest.definition("ADJUST"),
                new ResponsesCsv.Columns("stratum", "cluster", "weight", null)).read(EstimatorTest.bytes(content));
    }

    private record Run(int status, String stdout, String stderr) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = EstimateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
