package vn.thuocdo.fieldwork;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.thuocdo.fieldwork.quality.CallBacks;
import vn.thuocdo.forms.design.SampleDesigns;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.testing.FieldworkScene;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.TestActors;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The checks of completed interviews: quality flags stored as interviews come in, the call-back draw, the
 * supervisor's call-backs and flag decisions, the report per enumerator, and who may see them. Run on PostgreSQL
 * ({@link FieldworkChecksTest}) and H2 ({@link FieldworkChecksOnH2Test}). Rounds 2079, 2084 and 2085.
 */
@RecordApplicationEvents
abstract class FieldworkChecksContract {

    @Autowired ApplicationEvents published;
    @Autowired FieldworkScene fixture;
    @Autowired Assignments assignments;
    @Autowired Interviews interviews;
    @Autowired Reviews reviews;
    @Autowired CallBackList callBacks;
    @Autowired QualityFlags flags;
    @Autowired QualityReports reports;
    @Autowired Questionnaires questionnaires;
    @Autowired SampleDesigns designs;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired FieldworkTeams teams;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    private Questionnaire sipas() {
        return questionnaires.find("sipas-citizen@1").orElseThrow();
    }

    /** Twenty-five minutes starting now: inside the window, slow enough. */
    private Paradata minutes(int minutes) {
        Instant start = clock.instant().plus(Duration.ofHours(1));
        return new Paradata(start, start.plus(Duration.ofMinutes(minutes)), Map.of(), "Tab");
    }

    private String complete(Actor enumerator, long slot, Map<String, Object> answers, Paradata paradata) {
        String id = UUID.randomUUID().toString();
        interviews.complete(enumerator, id, slot, answers, paradata, EntryMode.INTERVIEW);
        return id;
    }

    @Test
    void aCompletedInterviewIsFlaggedOncePerRuleAndAnnouncedWhileAVisitWithoutInterviewIsNot() {
        FieldworkScene.Team team = fixture.setUp(2079);
        List<Long> slots = fixture.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        Map<String, Object> straight = new HashMap<>(CompleteAnswers.of(sipas(), 3));
        sipas().questions().stream().filter(q -> q.kind() == QuestionKind.SATISFACTION)
                .filter(q -> straight.containsKey(q.id())).forEach(q -> straight.put(q.id(), "4"));
        String fast = complete(team.enumerator(), slots.get(0), straight, minutes(5));
        assertThat(rules(fast)).containsExactly("straight-lining", "too-fast");
        assertThat(jdbc.queryForObject("select detail from fieldwork_quality_flag where interview_id = ? and rule = ?",
                String.class, fast, "too-fast"))
                .isEqualTo("{\"key\":\"fieldwork.quality.tooFast\",\"args\":[\"5,0\",\"8,0\"]}");
        assertThat(published.stream(InterviewFlagged.class)).filteredOn(f -> f.interviewId().equals(fast))
                .singleElement()
                .satisfies(f -> assertThat(f.rules()).containsExactly("too-fast", "straight-lining"));

        // Sent again unchanged: nothing new. A paper form has no times: only the rules of answers judge it.
        interviews.complete(team.enumerator(), fast, slots.get(0), straight, minutes(5), EntryMode.INTERVIEW);
        assertThat(rules(fast)).hasSize(2);
        String paper = UUID.randomUUID().toString();
        interviews.complete(team.enumerator(), paper, slots.get(1), CompleteAnswers.of(sipas(), 4), Paradata.NONE,
                EntryMode.PAPER);
        assertThat(rules(paper)).isEmpty();
        String visit = interviews.recordOutcome(team.enumerator(), slots.get(2), Outcome.REFUSED, 1, null, null).id();
        assertThat(rules(visit)).isEmpty();
        assertThat(count("select count(*) from fieldwork_callback where interview_id = ?", visit)).isZero();
        String good = complete(team.enumerator(), slots.get(3), CompleteAnswers.of(sipas(), 5), minutes(25));
        assertThat(rules(good)).isEmpty();

        // Days the coordinator sets: one begun outside them is flagged, not refused; the days are the coordinator's.
        java.time.LocalDate today = java.time.LocalDate.ofInstant(clock.instant(), vn.thuocdo.shared.TimeZones.VIETNAM);
        assertThatThrownBy(() -> teams.setDays(team.supervisor(), team.roundId(), today, today.plusDays(30)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> teams.setDays(TestActors.COORDINATOR, team.roundId(), today, today.minusDays(1)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("fieldwork.daysReversed"));
        assertThatThrownBy(() -> teams.setDays(TestActors.COORDINATOR, team.roundId(), today, today.plusDays(400)))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("fieldwork.daysTooLong"));
        assertThat(teams.days(TestActors.COORDINATOR, team.roundId())).isEmpty();
        teams.setDays(TestActors.COORDINATOR, team.roundId(), today.plusDays(2), today.plusDays(30));
        String early = complete(team.enumerator(), slots.get(4), CompleteAnswers.of(sipas(), 5), minutes(25));
        assertThat(rules(early)).containsExactly("outside-window");
        // The whole of the last day belongs to the days: moved to cover today, the same kind of interview passes.
        teams.setDays(TestActors.COORDINATOR, team.roundId(), today.minusDays(10), today);
        assertThat(teams.days(TestActors.COORDINATOR, team.roundId())).hasValueSatisfying(d ->
                assertThat(d.closes()).isEqualTo(today));
        // Begun at 22:00 of the last day (minutes() starts an hour after the clock).
        clock.advance(Duration.between(clock.instant(), today.atTime(21, 0)
                .atZone(vn.thuocdo.shared.TimeZones.VIETNAM).toInstant()));
        String lastEvening = complete(team.enumerator(), slots.get(5), CompleteAnswers.of(sipas(), 5), minutes(25));
        assertThat(rules(lastEvening)).isEmpty();
    }

    @Test
    void callBacksAreDrawnByTheDesignsShareAndTheSupervisorRecordsWhatTheHouseholdSaid() {
        FieldworkScene.Team team = fixture.setUp(2084);
        List<Long> slots = fixture.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        assignments.assign(team.supervisor(), slots.get(1), team.secondEnumerator().username(), null);
        Map<String, Object> answers = CompleteAnswers.of(sipas(), 21);
        String first = complete(team.enumerator(), slots.get(0), answers, minutes(25));
        // 10 % of one interview, at least one: the first is drawn; the second is not until the eleventh.
        assertThat(count("select count(*) from fieldwork_callback where interview_id = ?", first)).isOne();
        String second = complete(team.enumerator(), slots.get(2), CompleteAnswers.of(sipas(), 22), minutes(25));
        assertThat(count("select count(*) from fieldwork_callback where interview_id = ?", second)).isZero();
        long seed = jdbc.queryForObject("select seed from survey_sample where id = ?", Long.class, team.sampleId());
        var rules = designs.get(jdbc.queryForObject("select design from survey_sample where id = ?", String.class,
                team.sampleId())).fieldwork();
        assertThat(CallBacks.topUp(rules, seed, team.enumerator().username(), List.of(first), Set.of()))
                .containsExactly(first);
        String other = complete(team.secondEnumerator(), slots.get(1), answers, minutes(25));

        List<CallBackItem> list = callBacks.ofBranch(team.supervisor(), team.roundId());
        assertThat(list).extracting(CallBackItem::interviewId).containsExactlyInAnyOrder(first, other);
        assertThat(list).allMatch(CallBackItem::pending);
        assertThat(callBacks.ofBranch(team.otherSupervisor(), team.roundId())).isEmpty();
        assertThatThrownBy(() -> callBacks.ofBranch(team.enumerator(), team.roundId()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> callBacks.ofBranch(TestActors.HAI_PHONG, team.roundId()))
                .isInstanceOf(AccessDenied.class);
        assertThat(callBacks.keyQuestions(team.supervisor(), team.roundId()).questions()).extracting(q -> q.id())
                .containsExactly("ageBand", "sex", "usedService", "serviceArea");

        CallBackItem drawn = list.stream().filter(c -> c.interviewId().equals(first)).findFirst().orElseThrow();
        CallBackItem unreached = callBacks.record(team.supervisor(), first, drawn.version(),
                CallBackAnswer.unreachable("Không nghe máy"));
        assertThat(unreached.outcome()).isEqualTo(CallBackOutcome.UNREACHABLE);
        assertThat(unreached.pending()).isTrue();
        assertThat(refusal(() -> callBacks.record(team.supervisor(), first, drawn.version(),
                CallBackAnswer.unreachable(null)))).isEqualTo("fieldwork.changedMeanwhile");
        assertThat(refusal(() -> callBacks.record(team.otherSupervisor(), first, unreached.version(),
                CallBackAnswer.unreachable(null)))).isEqualTo("access.denied");
        Map<String, Object> same = key(answers);
        assertThatThrownBy(() -> callBacks.record(team.supervisor(), first, unreached.version(),
                new CallBackAnswer(true, true, Map.of("sex", "robot"), null)))
                .isInstanceOf(InvalidResponse.class);
        Map<String, Object> extra = new HashMap<>(same);
        extra.put("education", answers.get("education"));
        assertThatThrownBy(() -> callBacks.record(team.supervisor(), first, unreached.version(),
                new CallBackAnswer(true, true, extra, null))).isInstanceOfSatisfying(InvalidResponse.class,
                e -> assertThat(e.errors()).extracting(f -> f.fieldKey() + ":" + f.code())
                        .containsExactly("education:fwchk.notKeyQuestion"));
        assertThat(refusal(() -> callBacks.record(team.supervisor(), first, unreached.version(),
                new CallBackAnswer(true, null, same, null)))).isEqualTo("fwchk.visitConfirmedMissing");
        CallBackItem confirmed = callBacks.record(team.supervisor(), first, unreached.version(),
                new CallBackAnswer(true, true, same, "Hộ xác nhận"));
        assertThat(confirmed.outcome()).isEqualTo(CallBackOutcome.CONFIRMED);
        assertThat(confirmed.differences()).isEmpty();
        assertThat(refusal(() -> callBacks.record(team.supervisor(), first, confirmed.version(),
                CallBackAnswer.unreachable(null)))).isEqualTo("fwchk.callBackDone");

        // The second enumerator's household says otherwise: a mismatch, flagged for review.
        Map<String, Object> otherwise = key(answers);
        otherwise.put("sex", answers.get("sex").equals("male") ? "female" : "male");
        CallBackItem mismatch = callBacks.record(team.supervisor(), other, 1, new CallBackAnswer(true, true,
                otherwise, null));
        assertThat(mismatch.outcome()).isEqualTo(CallBackOutcome.MISMATCH);
        assertThat(mismatch.differences()).extracting(CallBackDifference::questionId).containsExactly("sex");
        assertThat(rules(other)).containsExactly(FlagItem.CALL_BACK);
        assertThat(count("select count(*) from fieldwork_event where interview_id = ? and kind = 'CALLBACK'", other))
                .isOne();
        assertThat(published.stream(InterviewFlagged.class)).filteredOn(f -> f.interviewId().equals(other))
                .singleElement().satisfies(f -> assertThat(f.rules()).containsExactly(FlagItem.CALL_BACK));
    }

    @Test
    void theSupervisorClearsOrUpholdsFlagsWithAReasonAndTheReportCountsThemPerEnumerator() {
        FieldworkScene.Team team = fixture.setUp(2085);
        List<Long> slots = fixture.households(team, team.commune());
        assignments.assignVillage(team.supervisor(), slots.get(0), team.enumerator().username());
        assignments.assign(team.supervisor(), slots.get(2), team.supervisor().username(), null);
        String a = complete(team.enumerator(), slots.get(0), CompleteAnswers.of(sipas(), 31), minutes(4));
        String b = complete(team.enumerator(), slots.get(1), CompleteAnswers.of(sipas(), 32), minutes(3));
        String own = complete(team.supervisor(), slots.get(2), CompleteAnswers.of(sipas(), 33), minutes(2));

        List<FlagItem> open = flags.ofBranch(team.supervisor(), team.roundId(), true);
        assertThat(open).extracting(FlagItem::interviewId).containsExactlyInAnyOrder(a, b);
        assertThat(open).allMatch(f -> f.rule().equals("too-fast") && f.ruleLabel().vi().startsWith("Phỏng vấn quá")
                && f.enumeratorName().equals("Nguyễn Văn Điều Tra") && f.communeName() != null);
        FlagItem onA = open.stream().filter(f -> f.interviewId().equals(a)).findFirst().orElseThrow();
        FlagItem onB = open.stream().filter(f -> f.interviewId().equals(b)).findFirst().orElseThrow();
        assertThat(onA.detail().args()).containsExactly("4,0", "8,0");
        assertThat(refusal(() -> flags.clear(team.supervisor(), onA.id(), " "))).isEqualTo("fieldwork.reasonRequired");
        assertThat(refusal(() -> flags.clear(team.otherSupervisor(), onA.id(), "x"))).isEqualTo("access.denied");
        assertThat(refusal(() -> flags.clear(team.enumerator(), onA.id(), "x"))).isEqualTo("access.denied");
        long ownFlag = jdbc.queryForObject("select id from fieldwork_quality_flag where interview_id = ?", Long.class,
                own);
        assertThat(refusal(() -> flags.clear(team.supervisor(), ownFlag, "Tôi làm nhanh")))
                .isEqualTo("fieldwork.selfReview");

        FlagItem cleared = flags.clear(team.supervisor(), onA.id(), "Hộ chỉ có một người, trả lời ngắn");
        assertThat(cleared.state()).isEqualTo(FlagState.CLEARED);
        assertThat(cleared.decidedBy()).isEqualTo(team.supervisor().username());
        assertThat(refusal(() -> flags.uphold(team.supervisor(), onA.id(), "x"))).isEqualTo("fwchk.flagDecided");
        FlagItem upheld = flags.uphold(team.supervisor(), onB.id(), "Gọi lại: hộ nói chỉ hỏi vài câu");
        assertThat(upheld.state()).isEqualTo(FlagState.UPHELD);
        assertThat(upheld.interviewState()).isEqualTo(InterviewState.REJECTED);
        assertThat(reviews.comments(team.enumerator(), b)).singleElement().satisfies(c -> assertThat(c.body())
                .startsWith("Phỏng vấn quá nhanh").endsWith("Gọi lại: hộ nói chỉ hỏi vài câu"));
        assertThat(flags.ofBranch(team.supervisor(), team.roundId(), true)).isEmpty();
        assertThat(flags.ofBranch(team.supervisor(), team.roundId(), false)).hasSize(2);

        ChecksReport branch = reports.byEnumerator(team.supervisor(), team.roundId());
        assertThat(branch.rules()).extracting(ChecksReport.Rule::id).startsWith("too-fast").endsWith("call-back");
        EnumeratorChecks theirs = branch.enumerators().stream()
                .filter(e -> e.enumerator().equals(team.enumerator().username())).findFirst().orElseThrow();
        assertThat(theirs.name()).isEqualTo("Nguyễn Văn Điều Tra");
        assertThat(theirs.interviews()).isEqualTo(2);
        assertThat(theirs.flagged()).isEqualTo(2);
        assertThat(theirs.flagsByRule()).containsEntry("too-fast", 2);
        assertThat(List.of(theirs.open(), theirs.cleared(), theirs.upheld())).containsExactly(0, 1, 1);
        assertThat(theirs.callBacks()).isOne();
        assertThat(reports.byEnumerator(FieldworkScene.STATISTICIAN, team.roundId()).enumerators())
                .extracting(EnumeratorChecks::enumerator).contains(team.enumerator().username(),
                        team.supervisor().username());
        assertThat(reports.byEnumerator(team.otherSupervisor(), team.roundId()).enumerators()).isEmpty();
        assertThat(reports.rounds(team.supervisor())).extracting(FieldworkRound::id).contains(team.roundId());
        assertThat(reports.rounds(TestActors.COORDINATOR)).extracting(FieldworkRound::id).contains(team.roundId());
        assertThat(reports.rounds(TestActors.HAI_PHONG)).isEmpty();
        assertThatThrownBy(() -> reports.byEnumerator(TestActors.HAI_PHONG, team.roundId()))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> reports.byEnumerator(team.enumerator(), team.roundId()))
                .isInstanceOf(AccessDenied.class);
    }

    private Map<String, Object> key(Map<String, Object> answers) {
        Map<String, Object> key = new HashMap<>();
        for (String id : List.of("ageBand", "sex", "usedService", "serviceArea")) {
            if (answers.containsKey(id)) {
                key.put(id, answers.get(id));
            }
        }
        return key;
    }

    private List<String> rules(String interviewId) {
        return jdbc.queryForList("select rule from fieldwork_quality_flag where interview_id = ? order by rule",
                String.class, interviewId);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (AccessDenied denied) {
            return "access.denied";
        } catch (Rejected rejected) {
            return rejected.key();
        }
        throw new AssertionError("Not refused");
    }
}
