package vn.thuocdo.assessment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ProcessTest;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thuocdo.assessment.AssessmentScene.*;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HA_NOI;

/** Appraisal of a submitted self-assessment, the unit's explanation and the final values, on PostgreSQL. */
@ProcessTest
@TestPropertySource(properties = "thuocdo.test.context=assessment")
class AppraisalsTest {

    static final AtomicInteger YEARS = new AtomicInteger(2060);

    @Autowired SelfAssessments assessments;
    @Autowired Appraisals appraisals;
    @Autowired vn.thuocdo.council.CouncilAgenda agenda;
    @Autowired EvidenceFiles evidence;
    @Autowired Rounds rounds;
    @Autowired MutableClock clock;

    String round;

    @BeforeEach
    void aSubmittedSelfAssessmentOfHaiPhong() {
        LocalDate samplingDue = LocalDate.now().plusDays(10);
        round = rounds.prepare(new NewRound(YEARS.getAndIncrement(), "Đợt thử thẩm định", RoundLevel.NATIONAL,
                List.of(HAI_PHONG_ID, "T34-01"), "sampling-request@1", samplingDue, 3,
                Map.of("assessment", samplingDue.plusDays(60))), COORDINATOR).id();
        SelfAssessment opened = assessments.open(OFFICER, round, HAI_PHONG_ID);
        for (SubCriterion sub : opened.scorecard().subCriteria()) {
            if (sub.selfScored()) {
                assessments.score(OFFICER, round, HAI_PHONG_ID, sub.code(), anAllowedAnswer(sub), "Lưu tại Sở", 0);
            }
        }
        assessments.signOff(LEADER, round, HAI_PHONG_ID);
        assessments.submit(LEADER, round, HAI_PHONG_ID);
    }

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void nobodyAppraisesTheirOwnUnitNorAUnitTheyWereNotAssignedTo() {
        assertThatThrownBy(() -> appraisals.assign(COORDINATOR, round, HAI_PHONG_ID, HAI_PHONG_APPRAISER))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("assessment.ownUnit");
                    assertThat(e.args()).containsExactly("Vũ Thị Hải");
                });
        assertThatThrownBy(() -> appraisals.assign(HA_NOI, round, HAI_PHONG_ID, APPRAISER))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> appraisals.appraise(APPRAISER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("late"), "Chậm 5 ngày")).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> appraisals.open(APPRAISER, round, HAI_PHONG_ID)).isInstanceOf(AccessDenied.class);
        assertThat(appraisals.appraisers(round, HAI_PHONG_ID)).isEmpty();
    }

    @Test
    void anAppraiserListsTheUnitsAssignedToThemInOpenRoundsAndNoOtherAppraiserSeesThem() {
        appraisals.assign(COORDINATOR, round, HAI_PHONG_ID, APPRAISER);

        assertThat(appraisals.assignedTo(APPRAISER)).filteredOn(a -> a.roundId().equals(round))
                .extracting(AppraisalAssignment::unitId, AppraisalAssignment::state)
                .containsExactly(tuple(HAI_PHONG_ID, AssessmentState.SUBMITTED));
        assertThat(appraisals.assignedTo(OTHER_APPRAISER)).noneMatch(a -> a.roundId().equals(round));
        assertThat(appraisals.assignedTo(OFFICER)).isEmpty();
    }

    @Test
    void anAssignedAppraiserReadsTheUnitsEvidenceAndAnotherAppraiserDoesNot() {
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> evidence.list(APPRAISER, round, HAI_PHONG_ID)).isInstanceOf(AccessDenied.class);
        appraisals.assign(COORDINATOR, round, HAI_PHONG_ID, APPRAISER);

        assertThat(evidence.list(APPRAISER, round, HAI_PHONG_ID)).isEmpty();
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG_ID).state()).isEqualTo(AssessmentState.SUBMITTED);
        assertThatThrownBy(() -> evidence.list(OTHER_APPRAISER, round, HAI_PHONG_ID)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> evidence.attach(APPRAISER, round, HAI_PHONG_ID, "1.1.1", "a.pdf",
                new ByteArrayInputStream(pdf))).isInstanceOf(AccessDenied.class);
    }

    @Test
    void aDifferentAppraisedValueNeedsAReasonAndTheUnitExplainsOnlyAdjustedOnes() {
        appraisals.assign(COORDINATOR, round, HAI_PHONG_ID, APPRAISER);

        assertThatThrownBy(() -> appraisals.appraise(APPRAISER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("late"), " "))
                .isInstanceOfSatisfying(Rejected.class, e -> {
                    assertThat(e.key()).isEqualTo("assessment.reason.required");
                    assertThat(e.args()).containsExactly("1.1.1");
                });
        appraisals.appraise(APPRAISER, round, HAI_PHONG_ID, "1.1.2", new SelfScore.Level("full"), null);
        SubCriterionValue adjusted = appraisals.appraise(APPRAISER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("late"), "Kế hoạch ban hành ngày 25/01, chậm 5 ngày");
        assertThat(adjusted.appraisedPoints()).isEqualByComparingTo("0.25");
        assertThat(adjusted.adjusted()).isTrue();
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG_ID).state()).isEqualTo(AssessmentState.IN_APPRAISAL);

        assertThatThrownBy(() -> appraisals.explain(OFFICER, round, HAI_PHONG_ID, "1.1.1", "Đã gửi đúng hạn"))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.wrongState"));
        appraisals.sendToUnit(APPRAISER, round, HAI_PHONG_ID, LocalDate.now().plusDays(5));
        assertThatThrownBy(() -> appraisals.explain(OFFICER, round, HAI_PHONG_ID, "1.1.2", "Không cần"))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.notAdjusted"));
        assertThatThrownBy(() -> appraisals.explain(HA_NOI, round, HAI_PHONG_ID, "1.1.1", "x"))
                .isInstanceOf(AccessDenied.class);
        appraisals.explain(OFFICER, round, HAI_PHONG_ID, "1.1.1", "Văn bản ký ngày 18/01, vào sổ ngày 25/01");
        appraisals.explanationsDone(OFFICER, round, HAI_PHONG_ID);

        assertThatThrownBy(() -> appraisals.setFinal(APPRAISER, round, HAI_PHONG_ID, "1.1.1",
                new SelfScore.Level("onTime"), null))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("assessment.reason.required"));
        appraisals.setFinal(APPRAISER, round, HAI_PHONG_ID, "1.1.1", new SelfScore.Level("onTime"),
                "Giải trình hợp lý: ngày ký 18/01");
        appraisals.finalise(APPRAISER, round, HAI_PHONG_ID);

        SelfAssessment finalised = appraisals.open(APPRAISER, round, HAI_PHONG_ID);
        assertThat(finalised.state()).isEqualTo(AssessmentState.FINAL);
        assertThat(finalised.value("1.1.1").finalPoints()).isEqualByComparingTo("0.5");
        assertThat(finalised.value("1.1.2").finalPoints()).isEqualByComparingTo("0.5");
        assertThat(finalised.effectiveTotals().get("")).isEqualByComparingTo(finalised.selfTotals().get(""));
        // What the council reviews: the unit's final points out of the self-scored maximum, no longer marked provisional.
        assertThat(agenda.results(round)).filteredOn(r -> r.unitId().equals(HAI_PHONG_ID)).singleElement()
                .satisfies(r -> {
                    assertThat(r.points()).isEqualByComparingTo(finalised.effectiveTotals().get(""));
                    assertThat(r.maxPoints()).isEqualByComparingTo(finalised.scorecard().selfScoredMaximum());
                    assertThat(r.percent()).isEqualByComparingTo(r.points().multiply(java.math.BigDecimal.valueOf(100))
                            .divide(r.maxPoints(), 2, java.math.RoundingMode.HALF_UP));
                    assertThat(r.unitName()).contains("Hải Phòng");
                    assertThat(r.note()).isNull();
                });
        assertThat(assessments.timeline(LEADER, round, HAI_PHONG_ID, "1.1.1"))
                .extracting(ValueChange::kind, c -> c.points() == null ? null : c.points().toPlainString(),
                        ValueChange::byName)
                .containsExactly(tuple(ValueKind.SELF, "0.50", "Nguyễn Thị Lan"),
                        tuple(ValueKind.APPRAISED, "0.25", "Lê Thẩm Định"),
                        tuple(ValueKind.EXPLAINED, null, "Nguyễn Thị Lan"),
                        tuple(ValueKind.FINAL, "0.50", "Lê Thẩm Định"));
        assertThat(assessments.timeline(COORDINATOR, round, HAI_PHONG_ID, "1.1.2"))
                .extracting(ValueChange::kind).containsExactly(ValueKind.SELF, ValueKind.APPRAISED, ValueKind.FINAL);
    }

    @Test
    void anExplanationAfterItsDeadlineIsRefused() {
        appraisals.assign(COORDINATOR, round, HAI_PHONG_ID, APPRAISER);
        appraisals.appraise(APPRAISER, round, HAI_PHONG_ID, "1.2.1", new SelfScore.Done(false),
                "Không có quyết định kiện toàn");
        appraisals.sendToUnit(APPRAISER, round, HAI_PHONG_ID, LocalDate.now().plusDays(2));
        clock.advance(Duration.ofDays(4));

        assertThatThrownBy(() -> appraisals.explain(OFFICER, round, HAI_PHONG_ID, "1.2.1", "Có quyết định số 5"))
                .isInstanceOfSatisfying(Rejected.class,
                        e -> assertThat(e.key()).isEqualTo("assessment.explanationDue.passed"));
        appraisals.explanationClosed(round, HAI_PHONG_ID);
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG_ID).state()).isEqualTo(AssessmentState.EXPLAINED);
        assertThat(appraisals.open(APPRAISER, round, HAI_PHONG_ID).value("1.2.1").appraisedPoints())
                .isEqualByComparingTo(BigDecimal.ZERO);
    }
}
