package vn.thuocdo.compilation;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.SurveyScene;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/**
 * The compiled ranks' uncertainty (#13 "Rank uncertainty"): rank intervals and the units not significantly different
 * on SIPAS overall and the PAR INDEX, stored with the version, and the same again from the same data and seed.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class CompilationRankIntervalsTest {

    static final AtomicInteger YEARS = new AtomicInteger(2093);
    static final String HAI_PHONG = "T34-31";
    static final String TWIN = "T34-01";
    static final String LOW = "T34-79";
    static final Actor OFFICER = new Actor("haiphong", "Nguyễn Thị Lan", HAI_PHONG, Set.of(Role.PROVINCIAL_OFFICER));

    @Autowired Compilations compilations;
    @Autowired IndexComputation computation;
    @Autowired SelfAssessments assessments;
    @Autowired Rounds rounds;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient db;

    String round;

    /**
     * Hải Phòng and its twin answer alike (communes c1-c3 satisfied, c4 not: 500/600 each, from different communes);
     * the third province is dissatisfied everywhere (0%). Hải Phòng alone has self-assessed points above 0.
     */
    @BeforeEach
    void threeProvincesTwoAlikeOneFarBelow() {
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử khoảng hạng", RoundLevel.NATIONAL,
                List.of(HAI_PHONG, TWIN, LOW), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR).id();
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        for (String unit : List.of(HAI_PHONG, TWIN, LOW)) {
            for (int c = 1; c <= 4; c++) {
                for (int h = 0; h < 10; h++) {
                    String answer = unit.equals(LOW) ? "1" : c == 4 ? "2" : "5";
                    scene.respond(unit, unit + "-c" + c, c == 1 ? 30.0 : 10.0, answer);
                }
            }
        }
        // Every province assessed itself (a unit that did not is outside the ranking): Hải Phòng says yes to every
        // yes/no sub-criterion, the other two no, so their PAR totals are their survey points alone.
        for (String unit : List.of(HAI_PHONG, TWIN, LOW)) {
            Actor officer = unit.equals(HAI_PHONG) ? OFFICER : vn.thuocdo.testing.TestActors.officerOf(unit);
            SelfAssessment opened = assessments.open(officer, round, unit);
            for (SubCriterion sub : opened.scorecard().subCriteria()) {
                if (sub.rule() instanceof ScoringRule.YesNo) {
                    assessments.score(officer, round, unit, sub.code(), new SelfScore.Done(unit.equals(HAI_PHONG)),
                            null, 0);
                }
            }
        }
    }

    private static IndexResult row(List<IndexResult> rows, String unit, String measure) {
        return rows.stream().filter(r -> r.unitId().equals(unit) && r.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError(unit + " " + measure));
    }

    @Test
    void theVersionStoresRankIntervalsAndTheUnitsNotSignificantlyDifferent() {
        runtime.createProcessInstanceByKey("CompilationProcess").businessKey(round + ":compilation")
                .setVariable("roundId", round).setVariable("organiserUnitId", COORDINATOR.unitId())
                .setVariable("compilationDue", null).execute();
        String version = compilations.versions(round, COORDINATOR).get(0).id();
        List<IndexResult> overall = compilations.results(round, version, IndexResult.SIPAS_OVERALL, COORDINATOR);

        // Equal estimates share rank 1; the dissatisfied province is third, second only in the few replicates that
        // draw a twin's unsatisfied commune three times (0% as well: a tie, (1/4)^3 each).
        IndexResult haiPhong = row(overall, HAI_PHONG, IndexResult.SIPAS_OVERALL);
        assertThat(haiPhong.rank()).isEqualTo(1);
        assertThat(haiPhong.rankLow()).isEqualTo(1);
        assertThat(haiPhong.rankHigh()).isBetween(1, 2);
        assertThat(row(overall, TWIN, IndexResult.SIPAS_OVERALL).rank()).isEqualTo(1);
        IndexResult low = row(overall, LOW, IndexResult.SIPAS_OVERALL);
        assertThat(low.rank()).isEqualTo(3);
        assertThat(low.rankLow()).isBetween(2, 3);
        assertThat(low.rankHigh()).isEqualTo(3);
        // A difference of 0 is never significant; 83% against 0% always is.
        assertThat(haiPhong.notDifferent()).containsExactly(TWIN);
        assertThat(low.notDifferent()).isEmpty();
        assertThat(row(overall, IndexResult.NATIONAL, IndexResult.SIPAS_OVERALL).rankLow()).isNull();

        // PAR INDEX: Hải Phòng's self-assessed points put it first in every replicate; the others move with SIPAS.
        List<IndexResult> totals = compilations.results(round, version, IndexResult.PAR_TOTAL, COORDINATOR);
        IndexResult first = row(totals, HAI_PHONG, IndexResult.PAR_TOTAL);
        assertThat(first.rank()).isEqualTo(1);
        assertThat(List.of(first.rankLow(), first.rankHigh())).containsExactly(1, 1);
        assertThat(first.notDifferent()).isEmpty();
        IndexResult twin = row(totals, TWIN, IndexResult.PAR_TOTAL);
        assertThat(twin.rank()).isEqualTo(2);
        assertThat(twin.rankLow()).isEqualTo(2);
        assertThat(twin.rankHigh()).isBetween(2, 3);
        IndexResult last = row(totals, LOW, IndexResult.PAR_TOTAL);
        assertThat(List.of(last.rank(), last.rankHigh())).containsExactly(3, 3);
        assertThat(last.rankLow()).isBetween(2, 3);
        assertThat(row(compilations.results(round, version, IndexResult.PAR_PERCENT, COORDINATOR), TWIN,
                IndexResult.PAR_PERCENT).rankLow()).isEqualTo(2);
        // Areas are not ranked.
        assertThat(compilations.results(round, version, IndexResult.PAR_AREA, COORDINATOR))
                .allSatisfy(r -> assertThat(r.rankLow()).isNull());
    }

    @Test
    void theSameDataAndSeedGiveTheSameIntervals() {
        List<IndexResult> once = computation.compute(round).rows();
        List<IndexResult> again = computation.compute(round).rows();
        assertThat(again).isEqualTo(once);
        assertThat(once).filteredOn(r -> r.measure().equals(IndexResult.PAR_TOTAL))
                .hasSize(3).allSatisfy(r -> assertThat(r.rankLow()).isNotNull());
    }
}
