package vn.thuocdo.compilation;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.SurveyScene;
import vn.thuocdo.testing.TestActors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * The officials' survey (par-officials@1) in the PAR INDEX: each unit's officials' index, a census of its listed
 * officials, is stored like SIPAS's and fills the scorecard's {@code officials:*} sub-criteria, for a province and
 * for a ministry, so neither is noted "survey missing" once its officials have answered.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class CompilationOfficialsTest {

    static final AtomicInteger YEARS = new AtomicInteger(2161);
    static final String HAI_PHONG = "T34-31";
    static final String JUSTICE = "BO-BTP";

    @Autowired IndexComputation computation;
    @Autowired Compilations compilations;
    @Autowired WhatIf whatIf;
    @Autowired RuntimeService runtime;
    @Autowired SelfAssessments assessments;
    @Autowired JdbcClient db;

    final IndexDefinition officials = IndexCatalogue.load().get("officials@1");
    String round;
    SurveyScene scene;

    /**
     * Hải Phòng (a province) and the Ministry of Justice take part; both assessed themselves (yes to every yes/no
     * sub-criterion) and their appraisals are final. Hải Phòng's 40 citizens are satisfied with everything (SIPAS
     * 100%). Nobody's officials have answered yet.
     */
    @BeforeEach
    void aProvinceAndAMinistryWithFinalAssessments() {
        // Written directly: this test's years (2161-2169) lie beyond the 2020-2100 that preparing a round accepts.
        round = SurveyScene.round(db, YEARS.getAndIncrement(), "Đợt thử khảo sát cán bộ", LocalDate.now().plusDays(10),
                List.of(HAI_PHONG, JUSTICE));
        scene = new SurveyScene(db, round).approvedSample();
        for (int c = 1; c <= 4; c++) {
            for (int h = 0; h < 10; h++) {
                scene.respond(HAI_PHONG, HAI_PHONG + "-c" + c, c == 1 ? 30.0 : 10.0, "5");
            }
        }
        for (String unit : List.of(HAI_PHONG, JUSTICE)) {
            var officer = TestActors.officerOf(unit);
            SelfAssessment opened = assessments.open(officer, round, unit);
            for (SubCriterion sub : opened.scorecard().subCriteria()) {
                if (sub.rule() instanceof ScoringRule.YesNo) {
                    assessments.score(officer, round, unit, sub.code(), new SelfScore.Done(true), null, 0);
                }
            }
        }
        db.sql("update self_assessment set state = 'FINAL' where round_id = ?").param(round).update();
    }

    /** {@code count} officials of a unit answering every item with {@code answer}, through their mailed links. */
    private void officials(String unit, int count, String answer) {
        for (int i = 0; i < count; i++) {
            // The respondent section and the suggestion travel with the answers and are not items.
            Map<String, Object> answers = new LinkedHashMap<>();
            answers.put("role", "leader");
            answers.put("unitType", "department");
            answers.put("yearsOfService", 12);
            answers.put("reformSuggestion", "5");
            answers.putAll(SurveyScene.alike(officials, answer));
            scene.official(unit, answers);
        }
    }

    private static IndexResult row(List<IndexResult> rows, String unit, String measure) {
        return rows.stream().filter(r -> r.unitId().equals(unit) && r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " " + measure));
    }

    @Test
    void theOfficialsAnswersGivePointsToAProvinceAndAMinistryAndNoSurveyIsMissing() {
        List<IndexResult> before = computation.compute(round).rows();
        // Without the officials: no officials' rows, and both units lack survey points.
        assertThat(before).noneMatch(r -> r.measure().startsWith("officials:"));
        assertThat(row(before, HAI_PHONG, IndexResult.PAR_TOTAL).note()).isEqualTo(IndexResult.SURVEY_MISSING);
        assertThat(row(before, JUSTICE, IndexResult.PAR_TOTAL).note()).isEqualTo(IndexResult.SURVEY_MISSING);

        // Hải Phòng: 20 of 40 officials agree with everything (4, 5), 20 do not (2): every item, area and the
        // overall index 20/40 = 0.5. Ministry: 32 of 40 agree, 8 strongly disagree: 32/40 = 0.8; 5 more answer
        // "don't know" to everything, which counts nowhere (n stays 40).
        officials(HAI_PHONG, 10, "4");
        officials(HAI_PHONG, 10, "5");
        officials(HAI_PHONG, 20, "2");
        officials(JUSTICE, 32, "5");
        officials(JUSTICE, 8, "1");
        officials(JUSTICE, 5, "dk");
        IndexComputation.Computed computed = computation.compute(round);
        List<IndexResult> after = computed.rows();
        assertThat(computed.indexDefinition()).isEqualTo("sipas@1,officials@1");

        IndexResult province = row(after, HAI_PHONG, "officials:overall");
        assertThat(province.estimate()).isEqualTo(0.5);
        assertThat(province.n()).isEqualTo(40L);
        assertThat(province.weightTotal()).isEqualTo(40.0);
        // A census of the listed officials: no sampling error, so no SE and the note that says why.
        assertThat(province.se()).isNull();
        assertThat(province.ciLow()).isNull();
        assertThat(province.note()).isEqualTo(IndexResult.CENSUS);
        assertThat(row(after, HAI_PHONG, "officials:element:direction").estimate()).isEqualTo(0.5);
        assertThat(row(after, HAI_PHONG, "officials:part:reform").estimate()).isEqualTo(0.5);
        IndexResult ministry = row(after, JUSTICE, "officials:overall");
        // The mean of eight areas of 32/40 each: 0.8 to the last bits of a double sum.
        assertThat(ministry.estimate()).isCloseTo(0.8, within(1e-12));
        assertThat(ministry.n()).isEqualTo(40L);
        assertThat(ministry.weightTotal()).isEqualTo(45.0);
        assertThat(row(after, JUSTICE, "officials:element:impact").estimate()).isEqualTo(0.8);
        // No national officials' row: provinces' and ministries' officials are not one population.
        assertThat(after).noneMatch(r -> r.unitId().equals(IndexResult.NATIONAL)
                && r.measure().startsWith("officials:"));

        // The officials' sub-criteria: the province scorecard's are worth 10 points, the ministry's 31.5 (every
        // maximum a multiple of 0.5, so no rounding): 10 × 0.5 = 5.00 and 31.5 × 0.8 = 25.20 more in the totals.
        IndexResult provinceTotal = row(after, HAI_PHONG, IndexResult.PAR_TOTAL);
        IndexResult ministryTotal = row(after, JUSTICE, IndexResult.PAR_TOTAL);
        assertThat(provinceTotal.points().subtract(row(before, HAI_PHONG, IndexResult.PAR_TOTAL).points()))
                .isEqualByComparingTo(new BigDecimal("5.00"));
        assertThat(ministryTotal.points().subtract(row(before, JUSTICE, IndexResult.PAR_TOTAL).points()))
                .isEqualByComparingTo(new BigDecimal("25.20"));
        assertThat(provinceTotal.note()).isNull();
        assertThat(ministryTotal.note()).isNull();
        // Fixed across the replicates (a census), the officials' points still leave a rank interval to each unit.
        assertThat(provinceTotal.rankLow()).isEqualTo(1);
        assertThat(ministryTotal.rankLow()).isEqualTo(1);
    }

    @Test
    void aUnitWithTooFewOfficialsAnsweringHasInsufficientDataAndItsSurveyIsMissing() {
        officials(HAI_PHONG, 40, "5");
        officials(JUSTICE, 29, "5");
        List<IndexResult> rows = computation.compute(round).rows();
        IndexResult few = row(rows, JUSTICE, "officials:overall");
        assertThat(few.estimate()).isNull();
        assertThat(few.note()).isEqualTo(IndexResult.INSUFFICIENT);
        assertThat(row(rows, JUSTICE, "officials:element:direction").n()).isEqualTo(29L);
        assertThat(row(rows, JUSTICE, IndexResult.PAR_TOTAL).note()).isEqualTo(IndexResult.SURVEY_MISSING);
        assertThat(row(rows, HAI_PHONG, IndexResult.PAR_TOTAL).note()).isNull();
    }

    /**
     * The what-if splits each area into self-scored and survey points from the stored version: the officials' points
     * are survey points there too (read back from the officials' rows), not counted as the unit's own.
     */
    @Test
    void theWhatIfCountsTheOfficialsPointsAsSurveyPoints() {
        officials(JUSTICE, 32, "5");
        officials(JUSTICE, 8, "1");
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", COORDINATOR.unitId())
                .setVariable("compilationDue", null).execute();
        String version = compilations.versions(round, COORDINATOR).get(0).id();
        ScorecardCatalogue catalogue = ScorecardCatalogue.load();
        Map<Scorecard.Kind, Scorecard> cards = Map.of(
                Scorecard.Kind.MINISTRY, catalogue.forYear(Scorecard.Kind.MINISTRY, 2026).orElseThrow(),
                Scorecard.Kind.PROVINCE, catalogue.forYear(Scorecard.Kind.PROVINCE, 2026).orElseThrow());
        WhatIf.UnitNumbers ministry = whatIf.load(version, cards).stream()
                .filter(u -> u.unitId().equals(JUSTICE)).findFirst().orElseThrow();
        assertThat(ministry.surveyPoints().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(new BigDecimal("25.20"));
    }

    @Test
    void theReviewScreensNameTheOfficialsMeasuresInTheDefinitionsWords() {
        assertThat(computation.measureLabels().get("officials:element:direction").vi())
                .isEqualTo("Công tác chỉ đạo, điều hành cải cách hành chính");
        assertThat(computation.measureLabels().get("officials:overall")).isEqualTo(officials.title());
        assertThat(computation.measureLabels()).containsKey("sipas:overall");
    }
}
