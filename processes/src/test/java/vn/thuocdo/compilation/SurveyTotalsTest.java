package vn.thuocdo.compilation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.forms.index.Estimate;
import vn.thuocdo.forms.index.Estimator;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.SurveyData;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.SurveyScene;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The survey's cluster totals (#13, SIPAS from the database in about a GROUP BY's time): built from the responses the
 * first time, stored, reused while every (unit, commune) has the same count of responses, built again when a
 * response arrives; the numbers the same either way, by hand on a small design, and a response without a design
 * weight left out and counted.
 */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class SurveyTotalsTest {

    static final AtomicInteger YEARS = new AtomicInteger(2185);
    static final String HAI_PHONG = "T34-31";
    static final String HA_NOI = "T34-01";

    @Autowired SurveyRows surveyRows;
    @Autowired JdbcClient db;

    final IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
    String round;
    SurveyScene scene;

    @BeforeEach
    void aRoundWithASample() {
        round = SurveyScene.round(db, YEARS.getAndIncrement(), "Đợt thử tổng theo cụm", LocalDate.now(), List.of());
        scene = new SurveyScene(db, round).approvedSample();
    }

    private Timestamp builtAt() {
        return db.sql("select built_at from survey_totals where round_id = ? and definition = 'sipas@1'")
                .param(round).query(Timestamp.class).optional().orElse(null);
    }

    private static double overall(List<Estimate> estimates, String domain) {
        return estimates.stream().filter(e -> e.domain().equals(domain) && e.measure().equals("overall"))
                .findFirst().orElseThrow().estimate();
    }

    @Test
    void theTotalsAreBuiltOnceReusedWhileTheResponsesAreTheSameAndBuiltAgainWhenOneArrives() {
        // Hải Phòng: commune c1, 30 households of weight 10 satisfied; c2, 20 of weight 40 not (answer 2). Weighted
        // share satisfied = 300 / (300 + 800) = 3/11 on every item, so every element, part and the overall are 3/11.
        for (int h = 0; h < 30; h++) {
            scene.respond(HAI_PHONG, "c1", 10.0, "5");
        }
        for (int h = 0; h < 20; h++) {
            scene.respond(HAI_PHONG, "c2", 40.0, "2");
        }
        // Hà Nội: 30 satisfied households of weight 20, and one on a slot without a design weight: left out.
        for (int h = 0; h < 30; h++) {
            scene.respond(HA_NOI, "h1", 20.0, "4");
        }
        scene.respond(HA_NOI, "h1", null, "1");

        assertThat(builtAt()).isNull();
        SurveyRows.Loaded first = surveyRows.load(round, sipas);
        assertThat(builtAt()).isNotNull();
        assertThat(first.responses()).isEqualTo(81);
        assertThat(first.unweighted()).isEqualTo(1);
        assertThat(first.respondents()).containsEntry(HAI_PHONG, 50L).containsEntry(HA_NOI, 30L);
        assertThat(first.weights()).containsEntry(HAI_PHONG, 1100.0).containsEntry(HA_NOI, 600.0);
        List<Estimate> estimates = Estimator.estimate(sipas, first.data());
        assertThat(overall(estimates, HAI_PHONG)).isCloseTo(3.0 / 11, within(1e-15));
        assertThat(overall(estimates, HA_NOI)).isEqualTo(1.0);
        // Nationally: (300 + 600) / (1100 + 600) = 9/17.
        assertThat(overall(estimates, Estimator.NATIONAL)).isCloseTo(9.0 / 17, within(1e-15));

        // The same responses: the stored totals, not built again, and the same numbers to the last bit. (A mark
        // put in the stored domains shows they were read rather than built again.)
        SurveyRows.Loaded again = surveyRows.load(round, sipas);
        assertThat(Estimator.estimate(sipas, again.data())).isEqualTo(estimates);
        assertThat(again.weights()).isEqualTo(first.weights());
        assertThat(again.respondents()).isEqualTo(first.respondents());
        db.sql("update survey_totals set domains = replace(domains, ',1100.0', ',1100.5') where round_id = ?")
                .param(round).update();
        assertThat(surveyRows.load(round, sipas).weights()).containsEntry(HAI_PHONG, 1100.5);

        // One more response: the counts differ, the totals are built again and the new answer counts.
        scene.respond(HAI_PHONG, "c2", 40.0, "5");
        SurveyRows.Loaded after = surveyRows.load(round, sipas);
        assertThat(after.responses()).isEqualTo(82);
        assertThat(after.weights()).containsEntry(HAI_PHONG, 1140.0);
        // (300 + 40) / (1100 + 40) = 17/57.
        assertThat(overall(Estimator.estimate(sipas, after.data()), HAI_PHONG)).isCloseTo(17.0 / 57, within(1e-15));
    }

    @Test
    void totalsThatNoLongerMatchTheResponsesAreNeverUsed() {
        scene.respond(HAI_PHONG, "c1", 10.0, "5");
        surveyRows.load(round, sipas);
        // Totals made stale behind the compilation's back (here by hand): any change of the counts rebuilds them.
        db.sql("update survey_totals set counts = 'T34-31,c1,99\n' where round_id = ?").param(round).update();
        SurveyRows.Loaded loaded = surveyRows.load(round, sipas);
        assertThat(loaded.responses()).isEqualTo(1);
        assertThat(db.sql("select counts from survey_totals where round_id = ?").param(round).query(String.class)
                .single()).isEqualTo("T34-31,c1,1\n");
    }

    @Test
    void aRoundWithoutWeightedResponsesHasNothingToEstimate() {
        scene.respond(HA_NOI, "h1", null, "5");
        SurveyRows.Loaded loaded = surveyRows.load(round, sipas);
        SurveyData data = loaded.data();
        assertThat(data.rows()).isZero();
        assertThat(loaded.unweighted()).isEqualTo(1);
        // Read back from the stored totals the same way.
        assertThat(surveyRows.load(round, sipas).data().rows()).isZero();
    }
}
