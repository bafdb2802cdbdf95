package vn.thuocdo.forms.replication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.OfficialsMeasures;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SubCriterion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command on a package written by {@link ReplicationPackage}, with no database: it prints the package's own
 * numbers, refuses a changed, missing or malformed file with a Vietnamese then English reason, and reads only the
 * simple DMN tables it can evaluate as the engine does.
 */
class ReplicateCommandTest {

    /** The grouping table shipped with processes, copied here as a package would carry it. */
    static final String DMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="d" name="g" namespace="n">
              <decision id="ParIndexGroup" name="g">
                <decisionTable id="t" hitPolicy="FIRST">
                  <input id="i"><inputExpression id="e" typeRef="double"><text>percent</text></inputExpression></input>
                  <output id="o" name="parIndexGroup" typeRef="string"/>
                  <rule id="a"><inputEntry id="a1"><text>&gt;= 90</text></inputEntry><outputEntry id="a2"><text>"A"</text></outputEntry></rule>
                  <rule id="b"><inputEntry id="b1"><text>&gt;= 80</text></inputEntry><outputEntry id="b2"><text>"B"</text></outputEntry></rule>
                  <rule id="c"><inputEntry id="c1"><text>&gt;= 70</text></inputEntry><outputEntry id="c2"><text>"C"</text></outputEntry></rule>
                  <rule id="d"><inputEntry id="d1"><text>-</text></inputEntry><outputEntry id="d2"><text>"D"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    static ReplicationPackage.Contents contents(int provinces, int communes, int households, long seed) {
        IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
        Scorecard scorecard = ScorecardCatalogue.load().forYear(Scorecard.Kind.PROVINCE, 2026).orElseThrow();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> keys = List.of("1", "2", "3", "4", "5", "4", "5", "9", "");
        SurveyData.Builder survey = new SurveyData.Builder(sipas);
        List<UnitInput> units = new ArrayList<>();
        for (int p = 1; p <= provinces; p++) {
            String unit = "T34-" + (10 + p);
            for (int c = 1; c <= communes; c++) {
                double weight = 50 + random.nextInt(400);
                for (int h = 0; h < households; h++) {
                    byte[] codes = new byte[sipas.items().size()];
                    for (int j = 0; j < codes.length; j++) {
                        byte code = SurveyData.code(sipas.answers(), keys.get(random.nextInt(keys.size())));
                        codes[j] = code < 0 ? SurveyData.NO_VALID_ANSWER : code;
                    }
                    survey.add(unit, unit + "-x" + c, weight, unit, codes);
                }
            }
            List<UnitInput.Points> points = new ArrayList<>();
            for (SubCriterion sub : scorecard.subCriteria()) {
                if (sub.rule() instanceof ScoringRule.YesNo) {
                    BigDecimal own = random.nextInt(4) > 0 ? sub.maxPoints() : BigDecimal.ZERO;
                    points.add(new UnitInput.Points(sub.code(), own, p % 2 == 0 ? own.multiply(new BigDecimal("0.5"))
                            : null, null));
                }
            }
            units.add(new UnitInput(unit, "Tỉnh thử " + p + ", số " + p, "PROVINCE", scorecard.id(),
                    p % 3 == 0 ? "FINAL" : "APPRAISED", points));
        }
        Scorecard ministries = ScorecardCatalogue.load().forYear(Scorecard.Kind.MINISTRY, 2026).orElseThrow();
        units.add(new UnitInput("BO-BTC", "Bộ Tài chính", "MINISTRY", ministries.id(), null, List.of()));
        return new ReplicationPackage.Contents("r-1", "Đợt thử", 2026, "CB-2026-01", "v-1", 2, sipas,
                List.of(QuestionnaireCatalogue.load().get(sipas.questionnaire())), null, null,
                List.of(scorecard, ministries),
                DMN.getBytes(StandardCharsets.UTF_8), 1000, 7, survey.build(), units);
    }

    static Path written(Map<String, byte[]> files, Path into) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = into.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        return into;
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ReplicateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCommandPrintsThePackagesNumbersFromItsFilesAlone(@TempDir Path temp) throws IOException {
        Path dir = written(ReplicationPackage.write(contents(5, 4, 12, 1)), temp);
        Run run = run("--replicate", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(Files.readString(dir.resolve(ReplicationPackage.RESULTS)))
                .startsWith(PackageCsv.PUBLISHED_HEADER + "\n")
                // A name with a comma is quoted; a unit that did not assess itself has no total, rank or group.
                .contains("\"Tỉnh thử 1, số 1\"",
                        "BO-BTC,Bộ Tài chính,MINISTRY,par:total,,,,,,,100.00,,,,,,compilation.note.noAssessment");
        Path out = temp.resolve("lai.csv");
        assertThat(run("--replicate", dir.toString(), "--out", out.toString()).status()).isZero();
        assertThat(Files.readString(out)).isEqualTo(run.out());
    }

    /**
     * The same round with the officials' survey: each province's and the ministry's listed officials answer (70 to
     * 100 each, seeded answers of every key), one unit too few (20). The package carries the officials' definition
     * and one aggregates line per unit, and its numbers are those computed from the rows in memory, bit for bit.
     */
    @Test
    void theOfficialsSurveyTravelsAsOneLinePerUnitAndGivesTheSameNumbersAsItsRows(@TempDir Path temp)
            throws IOException {
        ReplicationPackage.Contents plain = contents(4, 3, 11, 5);
        IndexDefinition officials = IndexCatalogue.load().get(OfficialsMeasures.DEFINITION);
        SplittableRandom random = new SplittableRandom(13);
        List<String> keys = List.of("1", "2", "3", "4", "5", "4", "5", "dk", "na", "");
        SurveyData.Builder census = new SurveyData.Builder(officials);
        for (UnitInput unit : plain.units()) {
            int respondents = unit.unitId().equals("T34-12") ? 20 : 70 + random.nextInt(31);
            for (int i = 0; i < respondents; i++) {
                byte[] codes = new byte[officials.items().size()];
                for (int j = 0; j < codes.length; j++) {
                    codes[j] = SurveyData.code(officials.answers(), keys.get(random.nextInt(keys.size())));
                }
                census.add(unit.unitId(), unit.unitId(), 1, unit.unitId(), codes);
            }
        }
        SurveyData officialsData = census.build();
        List<vn.thuocdo.forms.questionnaire.Questionnaire> questionnaires = new ArrayList<>(plain.questionnaires());
        questionnaires.add(QuestionnaireCatalogue.load().get(officials.questionnaire()));
        ReplicationPackage.Contents withOfficials = new ReplicationPackage.Contents(plain.roundId(),
                plain.roundName(), plain.year(), plain.publicationCode(), plain.resultVersionId(),
                plain.resultVersionNumber(), plain.definition(), questionnaires, null, null, plain.scorecards(),
                plain.groupRule(), plain.replicates(), plain.seed(), plain.survey(), plain.units(), officials,
                officialsData);
        Map<String, byte[]> files = ReplicationPackage.write(withOfficials);

        assertThat(files).containsKeys(ReplicationPackage.OFFICIALS_INDEX, ReplicationPackage.OFFICIALS_AGGREGATES);
        String aggregates = new String(files.get(ReplicationPackage.OFFICIALS_AGGREGATES), StandardCharsets.UTF_8);
        assertThat(aggregates.lines().count() - 1).isEqualTo(plain.units().size());
        // From the rows in memory, no file between: the same text as the package's results, to the last digit.
        Map<String, Scorecard> cards = new java.util.LinkedHashMap<>();
        plain.scorecards().forEach(c -> cards.put(c.id(), c));
        String fromRows = ReplicationPackage.results(Recomputation.compute(new Recomputation.Inputs(
                plain.definition(), plain.survey(), plain.units(), cards,
                GroupTable.read("g.dmn", plain.groupRule()), plain.replicates(), plain.seed(), officials,
                officialsData)));
        String results = new String(files.get(ReplicationPackage.RESULTS), StandardCharsets.UTF_8);
        assertThat(results).isEqualTo(fromRows)
                .contains("BO-BTC,Bộ Tài chính,MINISTRY,officials:overall,0.",
                        "T34-12,\"Tỉnh thử 2, số 2\",PROVINCE,officials:overall,,,,,20,,,,,,,,"
                                + "compilation.note.insufficient",
                        "compilation.note.census");
        Path dir = written(files, temp);
        Run run = run("--replicate", dir.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(results);
        // Without the officials' answers the package is as before: no officials' file, no officials' number.
        Map<String, byte[]> without = ReplicationPackage.write(plain);
        assertThat(without).doesNotContainKeys(ReplicationPackage.OFFICIALS_INDEX,
                ReplicationPackage.OFFICIALS_AGGREGATES);
        assertThat(new String(without.get(ReplicationPackage.RESULTS), StandardCharsets.UTF_8))
                .doesNotContain("officials:");
    }

    @Test
    void aChangedMissingOrMalformedPackageIsRefusedInBothLanguages(@TempDir Path temp) throws IOException {
        Path dir = written(ReplicationPackage.write(contents(3, 3, 10, 2)), temp);
        Path units = dir.resolve(ReplicationPackage.UNITS);
        String original = Files.readString(units);
        Files.writeString(units, original.replace("PROVINCE", "MINISTRY"));
        Run changed = run("--replicate", dir.toString());
        assertThat(changed.status()).isEqualTo(2);
        assertThat(changed.out()).isEmpty();
        assertThat(changed.err()).contains("du-lieu/don-vi.csv", "không khớp mã SHA-256", "was changed");

        Files.delete(units);
        assertThat(run("--replicate", dir.toString()).err()).contains("thiếu tệp du-lieu/don-vi.csv");
        assertThat(run("--replicate", temp.resolve("nowhere").toString()).err()).contains("SHA256SUMS");
        assertThat(run("--replicat", dir.toString()).err()).contains("tùy chọn --replicat không tồn tại");
        assertThat(run().err()).contains("thiếu tùy chọn --replicate");

        // A checksums file naming a path outside the package is refused, not followed.
        Files.writeString(dir.resolve(ReplicationPackage.CHECKSUMS), "0".repeat(64) + "  ../../etc/passwd\n");
        assertThat(run("--replicate", dir.toString()).status()).isEqualTo(2);
    }

    @Test
    void theGroupTableReadsOnlyWhatItCanEvaluateAsTheEngineDoes() {
        GroupTable table = GroupTable.read("g.dmn", DMN.getBytes(StandardCharsets.UTF_8));
        assertThat(table.group(new BigDecimal("90.00"))).isEqualTo("A");
        assertThat(table.group(new BigDecimal("89.99"))).isEqualTo("B");
        assertThat(table.group(new BigDecimal("70.00"))).isEqualTo("C");
        assertThat(table.group(new BigDecimal("12.50"))).isEqualTo("D");
        assertThatThrownBy(() -> GroupTable.read("g.dmn", DMN.replace("FIRST", "COLLECT")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(PackageRefused.class);
        assertThatThrownBy(() -> GroupTable.read("g.dmn", DMN.replace("&gt;= 80", "[80..90)")
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(PackageRefused.class);
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>";
        assertThatThrownBy(() -> GroupTable.read("g.dmn", entity.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(PackageRefused.class);
    }
}
