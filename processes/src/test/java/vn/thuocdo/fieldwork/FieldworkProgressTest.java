package vn.thuocdo.fieldwork;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Fieldwork progress as counts: interviews against the target, visits by outcome, the response rate, the shares
 * flagged and sent back, and the interviews per day, for the ministry and for a province's own officers. Round 2086.
 */
@ProcessTest
class FieldworkProgressTest {

    @Autowired FieldworkScene fixture;
    @Autowired Assignments assignments;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired FieldworkProgress progress;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void countsInterviewsOutcomesRatesFlagsRejectionsAndDaysWithoutNamingAnyone() {
        FieldworkScene.Team team = fixture.setUp(2086);
        List<Long> slots = fixture.households(team, team.commune());
        assertThat(slots).hasSizeGreaterThanOrEqualTo(7);
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Instant now = clock.instant();
        Instant threeDaysAgo = now.minus(Duration.ofDays(3));
        Instant yesterday = now.minus(Duration.ofDays(1));

        String early = interview(team, slots.get(0), sipas, threeDaysAgo);
        String rejected = interview(team, slots.get(1), sipas, yesterday);
        String approved = interview(team, slots.get(2), sipas, yesterday);
        reviews.reject(team.supervisor(), rejected, List.of(new ReviewComment.New("sex", "Hỏi lại giới tính")),
                "Cần hỏi lại");
        reviews.approve(team.supervisor(), approved);
        interviews.saveDraft(team.enumerator(), UUID.randomUUID().toString(), slots.get(3), Map.of(), null);
        interviews.recordOutcome(team.enumerator(), slots.get(4), Outcome.REFUSED, 1, null, null);
        interviews.recordOutcome(team.enumerator(), slots.get(5), Outcome.ABSENT, 3, null, null);
        interviews.recordOutcome(team.enumerator(), slots.get(6), Outcome.MOVED, 1, null, null);
        flag(early, team, "too-fast");
        flag(early, team, "straight-lining");
        String refusal = jdbc.queryForObject("select id from fieldwork_interview where sample_unit_id = ?",
                String.class, slots.get(4));
        flag(refusal, team, "outside-area");

        Progress haiPhong = progress.byProvince(TestActors.COORDINATOR, team.roundId()).stream()
                .filter(p -> p.unitId().equals("T34-31")).findFirst().orElseThrow();
        assertThat(haiPhong.unitName()).isEqualTo("Thành phố Hải Phòng");
        assertThat(haiPhong.interviews()).isEqualTo(3);
        assertThat(haiPhong.byOutcome()).containsOnly(Map.entry(Outcome.INTERVIEWED, 3L),
                Map.entry(Outcome.REFUSED, 1L), Map.entry(Outcome.ABSENT, 1L), Map.entry(Outcome.MOVED, 1L));
        assertThat(haiPhong.byState()).containsOnly(Map.entry(InterviewState.DRAFT, 1L),
                Map.entry(InterviewState.COMPLETED, 4L), Map.entry(InterviewState.REJECTED, 1L),
                Map.entry(InterviewState.APPROVED, 1L));
        assertThat(haiPhong.visited()).isEqualTo(6);
        assertThat(haiPhong.eligible()).as("a household that moved away was not eligible").isEqualTo(5);
        assertThat(haiPhong.responseRate()).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(haiPhong.rejected()).isOne();
        assertThat(haiPhong.rejectedShare()).isCloseTo(1 / 6.0, within(1e-9));
        assertThat(haiPhong.flagged()).as("one interview with two flags; a refusal is not judged").isOne();
        assertThat(haiPhong.flaggedShare()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(haiPhong.completion()).isCloseTo(3.0 / haiPhong.target(), within(1e-9));

        Progress other = progress.byProvince(TestActors.COORDINATOR, team.roundId()).stream()
                .filter(p -> p.unitId().equals("T34-04")).findFirst().orElseThrow();
        assertThat(other.interviews()).isZero();
        assertThat(other.responseRate()).as("no visit yet: no rate, not 0 %").isNull();

        assertThat(progress.byBranch(TestActors.COORDINATOR, team.roundId())).extracting(Progress::branchName,
                Progress::partner, Progress::interviews).as("by province, then branch").containsExactly(
                tuple("Ủy ban MTTQ tỉnh T34-04", Partner.MTTQ, 0L),
                tuple("Bưu điện thành phố Hải Phòng", Partner.VNPOST, 3L));
        assertThat(progress.byBranch(TestActors.HAI_PHONG, team.roundId(), "T34-31")).singleElement()
                .satisfies(b -> {
                    assertThat(b.flagged()).isOne();
                    assertThat(b.rejected()).isOne();
                    assertThat(b.responseRate()).isCloseTo(0.6, within(1e-9));
                });

        LocalDate day1 = LocalDate.ofInstant(threeDaysAgo, TimeZones.VIETNAM);
        LocalDate day2 = LocalDate.ofInstant(yesterday, TimeZones.VIETNAM);
        List<DailyProgress> expected = List.of(new DailyProgress(day1, 1, 1), new DailyProgress(day2, 2, 3));
        assertThat(progress.daily(TestActors.COORDINATOR, team.roundId(), null)).isEqualTo(expected);
        assertThat(progress.daily(TestActors.HAI_PHONG, team.roundId(), "T34-31")).isEqualTo(expected);
        assertThat(progress.daily(TestActors.COORDINATOR, team.roundId(), "T34-04")).isEmpty();

        // A province's officers get their own province's counts alone; nobody else gets any.
        assertThat(progress.byProvince(TestActors.HAI_PHONG, team.roundId())).extracting(Progress::unitId)
                .containsExactly("T34-31");
        Actor communeOfficial = new Actor("canboxa2086", "Cán bộ UBND xã", team.commune(),
                Set.of(Role.PROVINCIAL_OFFICER));
        List<Runnable> refused = List.of(
                () -> progress.byBranch(TestActors.HAI_PHONG, team.roundId()),
                () -> progress.daily(TestActors.HAI_PHONG, team.roundId(), null),
                () -> progress.daily(TestActors.HAI_PHONG, team.roundId(), "T34-04"),
                () -> progress.daily(TestActors.HA_NOI, team.roundId(), "T34-31"),
                () -> progress.daily(communeOfficial, team.roundId(), "T34-31"),
                () -> progress.byProvince(team.supervisor(), team.roundId()),
                () -> progress.daily(team.enumerator(), team.roundId(), "T34-31"));
        refused.forEach(call -> assertThatThrownBy(call::run).isInstanceOf(AccessDenied.class));
    }

    private String interview(FieldworkScene.Team team, long slot, Questionnaire sipas, Instant ended) {
        String id = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), id, slot, CompleteAnswers.of(sipas, slot),
                new Paradata(ended.minus(Duration.ofMinutes(25)), ended, Map.of(), "Samsung Tab A8"),
                EntryMode.INTERVIEW);
        return id;
    }

    private void flag(String interviewId, FieldworkScene.Team team, String rule) {
        jdbc.update("""
                        insert into fieldwork_quality_flag (interview_id, round_id, branch_id, enumerator, rule, detail,
                        raised_at, state) values (?, ?, ?, ?, ?, 'test', ?, 'OPEN')""", interviewId, team.roundId(),
                team.haiPhong().id(), team.enumerator().username(), rule, Timestamp.from(clock.instant()));
    }
}
