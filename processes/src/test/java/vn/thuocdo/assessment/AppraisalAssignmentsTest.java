package vn.thuocdo.assessment;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StageProgress;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.ProcessTest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.assessment.AssessmentScene.*;
import static vn.thuocdo.testing.TestActors.COORDINATOR;

/** The coordinator's assignments and the dashboard's assessment column, on PostgreSQL. */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class AppraisalAssignmentsTest {

    static final AtomicInteger YEARS = new AtomicInteger(2083);
    static final Actor HA_NOI_OFFICER = new Actor("hanoi", "Lê Thị Mai", "T34-01", Set.of(Role.PROVINCIAL_OFFICER));

    @Autowired AppraisalAssignments assignments;
    @Autowired Appraisals appraisals;
    @Autowired SelfAssessments assessments;
    @Autowired Rounds rounds;
    @Autowired List<StageProgress> stages;
    @Autowired JdbcClient db;

    String round;

    @BeforeEach
    void aRoundOfHaiPhongAndHaNoi() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt phân công thẩm định", RoundLevel.NATIONAL,
                List.of(HAI_PHONG_ID, "T34-01"), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", samplingDue.plusDays(60))), COORDINATOR).id();
    }

    @Test
    void anAssignmentIsRemovedOnlyBeforeTheAppraiserHasScoredAndEveryChangeIsAudited() {
        submitHaiPhong();
        appraisals.assign(COORDINATOR, round, HAI_PHONG_ID, APPRAISER);
        appraisals.assign(COORDINATOR, round, HAI_PHONG_ID, OTHER_APPRAISER);
        assertThat(assignments.board(COORDINATOR, round)).extracting(UnitAppraisal::unitId, UnitAppraisal::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T34-01", null),
                        org.assertj.core.groups.Tuple.tuple(HAI_PHONG_ID, AssessmentState.SUBMITTED));

        assignments.unassign(COORDINATOR, round, HAI_PHONG_ID, OTHER_APPRAISER.username());
        appraisals.appraise(APPRAISER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(false), "Thiếu quyết định");

        assertThatThrownBy(() -> assignments.unassign(COORDINATOR, round, HAI_PHONG_ID, APPRAISER.username()))
                .isInstanceOf(Rejected.class).hasMessageContaining("assessment.hasScored");
        assertThatThrownBy(() -> assignments.unassign(COORDINATOR, round, HAI_PHONG_ID, OTHER_APPRAISER.username()))
                .isInstanceOf(Rejected.class).hasMessageContaining("assessment.notAssigned");
        UnitAppraisal haiPhong = assignments.board(COORDINATOR, round).get(1);
        assertThat(haiPhong.appraisers()).containsExactly(
                new AssignedAppraiser(APPRAISER.username(), APPRAISER.displayName(), true));
        assertThat(db.sql("select action from audit_event where unit_id = ? and action like 'appraiser-%' order by id")
                .param(HAI_PHONG_ID).query(String.class).list())
                .containsSubsequence("appraiser-assigned", "appraiser-assigned", "appraiser-unassigned");
    }

    @Test
    void onlyTheOrganisersCoordinatorAssignsAndOnlyAppraisersOfTheDirectoryAllAtOnceOrNone() {
        Actor haiPhongCoordinator = new Actor("dieuphoi.haiphong", "Đinh Thu Thảo", HAI_PHONG_ID,
                Set.of(Role.MINISTRY_COORDINATOR));
        assertThatThrownBy(() -> assignments.board(haiPhongCoordinator, round)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> assignments.unassign(APPRAISER, round, HAI_PHONG_ID, APPRAISER.username()))
                .isInstanceOf(AccessDenied.class);
        // This test context's directory has no appraiser accounts: anyone named is refused, nothing assigned.
        assertThatThrownBy(() -> assignments.assignAll(COORDINATOR, round, Set.of(HAI_PHONG_ID, "T34-01"),
                "thamdinh")).isInstanceOf(Rejected.class).hasMessageContaining("assessment.notAnAppraiser");
        assertThatThrownBy(() -> assignments.assign(COORDINATOR, round, HAI_PHONG_ID, "x".repeat(5000)))
                .isInstanceOf(Rejected.class).hasMessageContaining("assessment.notAnAppraiser");
        assertThatThrownBy(() -> assignments.assignAll(COORDINATOR, round, Set.of(), "thamdinh"))
                .isInstanceOf(Rejected.class).hasMessageContaining("assessment.assign.noUnits");
        assertThat(assignments.board(COORDINATOR, round)).allSatisfy(u -> assertThat(u.appraisers()).isEmpty());
    }

    @Test
    void theDashboardColumnFollowsEachUnitFromScoringToTheLeadersSignOffAndSubmission() {
        StageProgress column = stages.stream().filter(s -> s.stage().equals("assessment")).findFirst().orElseThrow();
        assertThat(column.statusByUnit(round)).isEmpty();

        SelfAssessment opened = assessments.open(OFFICER, round, HAI_PHONG_ID);
        assessments.score(OFFICER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(true), "Quyết định 15/QĐ-UBND", 0);
        long selfScored = opened.scorecard().subCriteria().stream().filter(SubCriterion::selfScored).count();
        StageStatus scoring = column.statusByUnit(round).get(HAI_PHONG_ID);
        assertThat(scoring.state()).isEqualTo("SELF_ASSESSING");
        assertThat(scoring.waitingForUnit()).isTrue();
        assertThat(scoring.progress()).isEqualTo(new StageStatus.Progress(1, selfScored));
        assertThat(scoring.due()).isEqualTo(LocalDate.now().plusDays(70));

        fill();
        assessments.handToLeader(OFFICER, round, HAI_PHONG_ID);
        assertThat(column.statusByUnit(round).get(HAI_PHONG_ID).state()).isEqualTo("AWAITING_SIGN_OFF");
        assessments.sendBack(LEADER, round, HAI_PHONG_ID, "Bổ sung ghi chú tiêu chí 1.1.3");
        assertThat(column.statusByUnit(round).get(HAI_PHONG_ID).state()).isEqualTo("SELF_ASSESSING");
        assessments.signOff(LEADER, round, HAI_PHONG_ID);
        assertThat(column.statusByUnit(round).get(HAI_PHONG_ID).state()).isEqualTo("SIGNED_OFF");
        assessments.submit(LEADER, round, HAI_PHONG_ID);
        StageStatus submitted = column.statusByUnit(round).get(HAI_PHONG_ID);
        assertThat(submitted.state()).isEqualTo("SUBMITTED");
        assertThat(submitted.waitingForUnit()).isFalse();
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(column.statusByUnit(round)).doesNotContainKey("T34-01");

        assertThatThrownBy(() -> column.extend(round, HAI_PHONG_ID, LocalDate.now().plusDays(90), "Xin thêm hạn",
                COORDINATOR)).isInstanceOf(Rejected.class).hasMessageContaining("assessment.deadlineIsTheRounds");
    }

    private void submitHaiPhong() {
        fill();
        assessments.signOff(LEADER, round, HAI_PHONG_ID);
        assessments.submit(LEADER, round, HAI_PHONG_ID);
    }

    private void fill() {
        SelfAssessment opened = assessments.open(OFFICER, round, HAI_PHONG_ID);
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.selfScored()) {
                assessments.score(OFFICER, round, HAI_PHONG_ID, sub.code(), anAllowedAnswer(sub), "Lưu tại Sở",
                        opened.value(sub.code()).version());
            }
        }
    }
}
