package vn.thuocdo.survey;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.round.Round;
import vn.thuocdo.sampling.ApprovedRounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.workflow.TaskGone;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/** SurveyProcess driven through the capability: choose and draw, review, redraw, change design, approve, fieldwork. */
@ProcessTest
class SurveyProcessTest {

    static final SurveyChoice PROVINCIAL = new SurveyChoice("sipas-citizen@1", "par-officials@1", "sipas-province@1");

    @Autowired ApprovedRounds approvedRounds;
    @Autowired Samples samples;
    @Autowired SampleReviews reviews;
    @Autowired JdbcTemplate jdbc;
    @Autowired SurveyProgress progress;
    @Autowired vn.thuocdo.audit.AuditLog audit;

    @Test
    void theCoordinatorDrawsRedrawsGoesBackToTheDesignAndApprovesThenFieldworkWaits() {
        Round round = approvedRounds.launch(2020, List.of("T63-31", "T63-01"), 20);
        String choose = task(round, SurveyForms.DESIGN);
        SampleVersion first = samples.choose(choose, PROVINCIAL, 42, COORDINATOR);
        assertThat(first.version()).isEqualTo(1);
        assertThat(first.state()).isEqualTo(SampleState.DRAFT);
        assertThat(progress.statusByUnit(round.id())).as("the dashboard's survey column").hasSize(2)
                .allSatisfy((unit, status) -> assertThat(status.state()).isEqualTo("SAMPLE_DRAWN"));
        assertThat(samples.openTask(round.id(), SurveyForms.DESIGN)).isEmpty();

        SampleVersion second = samples.redraw(task(round, SurveyForms.REVIEW), 43, COORDINATOR);
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.sampleFingerprint()).isNotEqualTo(first.sampleFingerprint());
        assertThat(state(first)).isEqualTo(SampleState.SUPERSEDED);

        samples.changeDesign(task(round, SurveyForms.REVIEW), COORDINATOR);
        assertThat(state(second)).isEqualTo(SampleState.SUPERSEDED);
        SampleVersion third = samples.choose(task(round, SurveyForms.DESIGN), PROVINCIAL, 42, COORDINATOR);
        assertThat(third.sampleFingerprint()).as("same seed, design and frames").isEqualTo(first.sampleFingerprint());

        String review = task(round, SurveyForms.REVIEW);
        SampleVersion approved = samples.approve(review, COORDINATOR);
        assertThat(approved.state()).isEqualTo(SampleState.APPROVED);
        assertThat(progress.statusByUnit(round.id())).as("approval opens the online survey at once").hasSize(2)
                .allSatisfy((unit, status) -> {
                    assertThat(status.state()).isEqualTo("SURVEY_OPEN");
                    assertThat(status.progress().done()).isZero();
                    assertThat(status.progress().target()).isPositive();
                });
        audit.remember(COORDINATOR);
        assertThat(reviews.current(round.id(), COORDINATOR).orElseThrow().versions().get(0))
                .as("people by name, not by login").extracting(SampleVersion::approvedBy, SampleVersion::drawnBy)
                .containsExactly(COORDINATOR.displayName(), COORDINATOR.displayName());
        assertThat(samples.openTask(round.id(), SurveyForms.FIELDWORK)).isPresent();
        assertThat(reviews.current(round.id(), COORDINATOR).orElseThrow().versions()).extracting(SampleVersion::version)
                .containsExactly(3, 2, 1);
        assertThatThrownBy(() -> samples.redraw(review, 44, COORDINATOR)).isInstanceOf(TaskGone.class);
    }

    @Test
    void aRedrawAfterApprovalNeedsAReasonKeepsTheApprovedVersionUnchangedAndGoesBackToReview() {
        Round round = approvedRounds.launch(2021, List.of("T63-31"), 20);
        samples.choose(task(round, SurveyForms.DESIGN), PROVINCIAL, 7, COORDINATOR);
        SampleVersion approved = samples.approve(task(round, SurveyForms.REVIEW), COORDINATOR);
        List<SampleUnit> frozen = reviews.units(approved.id(), null, COORDINATOR);

        assertThatThrownBy(() -> samples.redrawApproved(round.id(), 8, "ngắn", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("survey.reasonRequired"));
        assertThat(reviews.current(round.id(), COORDINATOR).orElseThrow().versions()).hasSize(1);

        SampleVersion redrawn = samples.redrawApproved(round.id(), 8, "Hai xã bị ngập lụt, không thể khảo sát", COORDINATOR);
        assertThat(redrawn.version()).isEqualTo(2);
        assertThat(redrawn.redrawReason()).isEqualTo("Hai xã bị ngập lụt, không thể khảo sát");
        assertThat(samples.openTask(round.id(), SurveyForms.FIELDWORK)).isEmpty();
        assertThat(state(approved)).as("still the sample in use until the new one is approved")
                .isEqualTo(SampleState.APPROVED);
        assertThat(reviews.units(approved.id(), null, COORDINATOR)).isEqualTo(frozen);

        samples.approve(task(round, SurveyForms.REVIEW), COORDINATOR);
        assertThat(state(approved)).isEqualTo(SampleState.SUPERSEDED);
        assertThat(state(redrawn)).isEqualTo(SampleState.APPROVED);
        assertThat(reviews.units(approved.id(), null, COORDINATOR)).as("kept as it was").isEqualTo(frozen);
    }

    @Test
    void aRedrawOfAnApprovedSampleIsRefusedWhenTheSurveyIsNotAtFieldwork() {
        Round round = approvedRounds.launch(2022, List.of("T63-01"), 20);
        samples.choose(task(round, SurveyForms.DESIGN), PROVINCIAL, 9, COORDINATOR);
        assertThatThrownBy(() -> samples.redrawApproved(round.id(), 10, "Lý do đủ dài để ghi lại", COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("survey.notInFieldwork"));
        assertThat(reviews.current(round.id(), COORDINATOR).orElseThrow().versions()).hasSize(1);
    }

    @Test
    void aChoiceOrADrawThatIsRefusedSavesNothingAndLeavesTheTaskOpen() {
        Round round = approvedRounds.launch(2088, List.of("T34-31", "T34-01"), 20);
        String choose = task(round, SurveyForms.DESIGN);
        assertThatThrownBy(() -> samples.choose(choose, new SurveyChoice("sipas-citizen@1", "par-officials@1",
                "no-such-design@1"), 1, COORDINATOR))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("survey.unknownDesign"));
        assertThatThrownBy(() -> samples.choose(choose, new SurveyChoice(" ", "par-officials@1",
                "sipas-province@1"), 1, COORDINATOR)).isInstanceOfSatisfying(Rejected.class,
                e -> assertThat(e.key()).isEqualTo("survey.citizenQuestionnaireMissing"));
        // 36,000 respondents over two provinces of 20 communes asks for more communes than exist.
        assertThatThrownBy(() -> samples.choose(choose, new SurveyChoice("sipas-citizen@1", "par-officials@1",
                "sipas-households@1"), 1, COORDINATOR)).isInstanceOf(Rejected.class)
                .satisfies(e -> assertThat(((Rejected) e).key()).isEqualTo("draw.refused"));
        assertThat(jdbc.queryForObject("select count(*) from survey_sample where round_id = ?", Integer.class,
                round.id())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from survey_plan where round_id = ?", Integer.class,
                round.id())).isZero();
        assertThat(samples.openTask(round.id(), SurveyForms.DESIGN)).contains(choose);
    }

    @Test
    void anotherOrganisersCoordinatorCannotReadTheSample() {
        Round round = approvedRounds.launch(2089, List.of("T34-31"), 20);
        SampleVersion drawn = samples.choose(task(round, SurveyForms.DESIGN), PROVINCIAL, 5, COORDINATOR);
        var elsewhere = new vn.thuocdo.identity.Actor("dieuphoi.haiphong", "Điều phối Hải Phòng", "T34-31",
                java.util.Set.of(vn.thuocdo.identity.Role.MINISTRY_COORDINATOR));
        assertThatThrownBy(() -> reviews.version(drawn.id(), elsewhere)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> reviews.units(drawn.id(), null, TestActors.HAI_PHONG))
                .isInstanceOf(RuntimeException.class);
    }

    private String task(Round round, String formKey) {
        return samples.openTask(round.id(), formKey).orElseThrow(() -> new AssertionError("no " + formKey + " task"));
    }

    private SampleState state(SampleVersion version) {
        return SampleState.valueOf(jdbc.queryForObject("select state from survey_sample where id = ?", String.class,
                version.id()));
    }
}
