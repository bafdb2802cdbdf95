package vn.thuocdo.fieldwork.quality;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.design.FieldworkRules;
import vn.thuocdo.forms.design.QualityRule;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thuocdo.fieldwork.quality.Interviews.CLOSES;
import static vn.thuocdo.fieldwork.quality.Interviews.LABEL;
import static vn.thuocdo.fieldwork.quality.Interviews.OPENS;
import static vn.thuocdo.fieldwork.quality.Interviews.SHIPPED;
import static vn.thuocdo.fieldwork.quality.Interviews.SIPAS;
import static vn.thuocdo.fieldwork.quality.Interviews.WINDOW;
import static vn.thuocdo.fieldwork.quality.Interviews.clean;
import static vn.thuocdo.fieldwork.quality.Interviews.flat;
import static vn.thuocdo.fieldwork.quality.Interviews.in;
import static vn.thuocdo.fieldwork.quality.Interviews.lasting;
import static vn.thuocdo.fieldwork.quality.Interviews.only;
import static vn.thuocdo.fieldwork.quality.Interviews.startingAt;
import static vn.thuocdo.fieldwork.quality.Interviews.visit;
import static vn.thuocdo.fieldwork.quality.Interviews.withAnswers;

class QualityCheckTest {

    private static final QualityRule TOO_FAST = SHIPPED.rule("too-fast").orElseThrow();
    private static final QualityRule STRAIGHT = SHIPPED.rule("straight-lining").orElseThrow();
    private static final QualityRule SAME = SHIPPED.rule("same-pattern").orElseThrow();
    private static final QualityRule PER_DAY = SHIPPED.rule("too-many-per-day").orElseThrow();

    @Test
    void cleanInterviewsRaiseNoFlagUnderTheShippedRules() {
        List<InterviewFacts> interviews = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            interviews.add(clean(k));
        }
        QualityReport report = QualityCheck.evaluate(SHIPPED, SIPAS, WINDOW, interviews);
        assertThat(report.flags()).isEmpty();
        assertThat(report.enumerators()).singleElement().satisfies(e -> {
            assertThat(e.interviews()).isEqualTo(40);
            assertThat(e.flagged()).isZero();
            assertThat(e.flaggedByRule()).containsOnlyKeys("too-fast", "straight-lining", "same-pattern",
                    "outside-area", "outside-window", "too-many-per-day").allSatisfy((rule, n) -> assertThat(n).isZero());
        });
    }

    @Test
    void anInterviewASecondUnderTheMinimumIsTooFastAndOneAtTheMinimumIsNot() {
        QualityReport report = check(only(TOO_FAST), lasting(clean(1), 479, Map.of()), lasting(clean(2), 480, Map.of()),
                lasting(clean(3), -1, Map.of()));
        assertThat(report.flags()).singleElement().satisfies(f -> {
            assertThat(f.interviewId()).isEqualTo("iv-enumerator-a-1");
            assertThat(f.ruleId()).isEqualTo("too-fast");
            assertThat(f.reasonKey()).isEqualTo("fieldwork.quality.tooFast");
            assertThat(f.args()).containsExactly("7,9", "8,0");
        });
    }

    @Test
    void aSectionUnderItsOwnMinimumIsTooFastEvenWhenTheWholeIsLongEnough() {
        QualityReport report = check(only(TOO_FAST), lasting(clean(1), 900, Map.of("policySatisfaction", 59)),
                lasting(clean(2), 900, Map.of("policySatisfaction", 60)), lasting(clean(3), 900, Map.of()));
        assertThat(report.flags()).singleElement().satisfies(f -> {
            assertThat(f.interviewId()).isEqualTo("iv-enumerator-a-1");
            assertThat(f.reasonKey()).isEqualTo("fieldwork.quality.tooFastSection");
            assertThat(f.args()).containsExactly("policySatisfaction", 59, 60);
        });
    }

    @Test
    void tenIdenticalScaleAnswersAreStraightLiningButNineOrOneDifferentAreNot() {
        Map<String, Object> oneDifferent = flat("4", 33);
        oneDifferent.put(Interviews.ITEMS.get(32), "5");
        QualityReport report = check(only(STRAIGHT), withAnswers(clean(1), flat("4", 10)),
                withAnswers(clean(2), flat("4", 9)), withAnswers(clean(3), oneDifferent),
                withAnswers(clean(4), flat("dk", 33)), withAnswers(clean(5), flat("5", 33)));
        assertThat(report.flags()).extracting(QualityFlag::interviewId)
                .containsExactly("iv-enumerator-a-1", "iv-enumerator-a-5");
        assertThat(report.flags()).extracting(QualityFlag::args)
                .containsExactly(List.of(10, "4"), List.of(33, "5"));
    }

    @Test
    void aPatternInThirtyPercentOfAnEnumeratorsInterviewsFlagsEachOfThem() {
        List<InterviewFacts> interviews = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            interviews.add(k < 3 ? withAnswers(clean(k), Interviews.varied(777)) : clean(k));
        }
        // Another enumerator's copies of that pattern are theirs: 2 of their 10, below the share.
        for (int k = 0; k < 10; k++) {
            InterviewFacts b = clean(k, "enumerator-b", OPENS.plusSeconds(86_400L * 20 + k * 3_600L));
            interviews.add(k < 2 ? withAnswers(b, Interviews.varied(777)) : b);
        }
        QualityReport report = check(only(SAME), interviews.toArray(InterviewFacts[]::new));
        assertThat(report.flags()).extracting(QualityFlag::interviewId)
                .containsExactly("iv-enumerator-a-0", "iv-enumerator-a-1", "iv-enumerator-a-2");
        assertThat(report.flags().get(0).args()).containsExactly(3, 10);
        assertThat(report.enumerators()).extracting(EnumeratorQuality::flagged).containsExactly(3, 0);
    }

    @Test
    void samePatternWaitsForTheMinimumNumberOfInterviews() {
        List<InterviewFacts> interviews = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            interviews.add(withAnswers(clean(k), Interviews.varied(777)));
        }
        assertThat(check(only(SAME), interviews.toArray(InterviewFacts[]::new)).flags()).isEmpty();
        interviews.add(clean(9));
        assertThat(check(only(SAME), interviews.toArray(InterviewFacts[]::new)).flags()).hasSize(9);
    }

    @Test
    void anInterviewRecordedInAnotherCommuneIsOutsideTheAreaButAnUnknownPlaceIsNot() {
        QualityReport report = check(only(SHIPPED.rule("outside-area").orElseThrow()), in(clean(1), "00002"),
                in(clean(2), null), clean(3));
        assertThat(report.flags()).singleElement().satisfies(f -> {
            assertThat(f.interviewId()).isEqualTo("iv-enumerator-a-1");
            assertThat(f.args()).containsExactly("00002", "00001");
        });
    }

    @Test
    void theWindowIncludesItsEndsAndASecondOutsideIsFlagged() {
        QualityReport report = check(only(SHIPPED.rule("outside-window").orElseThrow()),
                startingAt(clean(1), OPENS.minusSeconds(1)), startingAt(clean(2), OPENS),
                startingAt(clean(3), CLOSES), startingAt(clean(4), CLOSES.plusSeconds(1)));
        assertThat(report.flags()).extracting(QualityFlag::interviewId, QualityFlag::reasonKey).containsExactly(
                tuple("iv-enumerator-a-1", "fieldwork.quality.beforeWindow"),
                tuple("iv-enumerator-a-4", "fieldwork.quality.afterWindow"));
        // Vietnam time: the window opens at 00:00 on 01/09/2026.
        assertThat(report.flags().get(0).args()).containsExactly("31/08/2026 23:59", "01/09/2026 00:00");
    }

    @Test
    void twelveInterviewsADayAreAllowedAndThirteenFlagEveryOneOfThatDay() {
        Instant day = Instant.parse("2026-09-15T01:00:00Z"); // 08:00 in Vietnam
        List<InterviewFacts> twelve = day(day, 12, 0);
        assertThat(check(only(PER_DAY), twelve.toArray(InterviewFacts[]::new)).flags()).isEmpty();
        List<InterviewFacts> thirteen = day(day, 13, 0);
        QualityReport report = check(only(PER_DAY), thirteen.toArray(InterviewFacts[]::new));
        assertThat(report.flags()).hasSize(13);
        assertThat(report.flags().get(0).args()).containsExactly(13, "15/09/2026", 12);
    }

    @Test
    void theDayIsVietnamsDayNotTheServersOrUtcs() {
        // 13 interviews from 22:00 to 00:24 Vietnam time: one UTC day (15:00-17:24 UTC), two Vietnamese days.
        List<InterviewFacts> acrossMidnight = day(Instant.parse("2026-09-15T15:00:00Z"), 13, 0);
        assertThat(check(only(PER_DAY), acrossMidnight.toArray(InterviewFacts[]::new)).flags()).isEmpty();
        // 13 from 06:00 to 08:24 Vietnam time: two UTC days (23:00-01:24 UTC), one Vietnamese day.
        List<InterviewFacts> oneVietnameseDay = day(Instant.parse("2026-09-15T23:00:00Z"), 13, 0);
        QualityReport report = check(only(PER_DAY), oneVietnameseDay.toArray(InterviewFacts[]::new));
        assertThat(report.flags()).hasSize(13);
        assertThat(report.flags().get(0).args()).contains("16/09/2026");
    }

    @Test
    void visitsWithoutAnInterviewAreCountedButNotJudged() {
        InterviewFacts fast = lasting(clean(1), 60, Map.of());
        QualityReport report = QualityCheck.evaluate(SHIPPED, SIPAS, WINDOW, List.of(fast, clean(2),
                visit(3, "enumerator-a", "REFUSED"), visit(4, "enumerator-a", "ABSENT"),
                visit(5, "enumerator-b", "MOVED")));
        assertThat(report.flags()).extracting(QualityFlag::ruleId).containsExactly("too-fast");
        assertThat(report.enumerators()).satisfiesExactly(a -> {
            assertThat(a.enumerator()).isEqualTo("enumerator-a");
            assertThat(a.branch()).isEqualTo("branch-1");
            assertThat(a.visitsByOutcome()).containsExactly(Map.entry("ABSENT", 1), Map.entry("INTERVIEWED", 2),
                    Map.entry("REFUSED", 1));
            assertThat(a.interviews()).isEqualTo(2);
            assertThat(a.flagged()).isEqualTo(1);
            assertThat(a.flaggedByRule()).containsEntry("too-fast", 1).containsEntry("straight-lining", 0);
        }, b -> {
            assertThat(b.interviews()).isZero();
            assertThat(b.visitsByOutcome()).containsExactly(Map.entry("MOVED", 1));
        });
    }

    @Test
    void oneInterviewBreakingSeveralRulesIsFlaggedOncePerRuleAndCountedOnce() {
        InterviewFacts bad = in(withAnswers(lasting(clean(1), 100, Map.of()), flat("3", 33)), "00009");
        QualityReport report = QualityCheck.evaluate(SHIPPED, SIPAS, WINDOW, List.of(bad, clean(2)));
        assertThat(report.flags()).extracting(QualityFlag::ruleId)
                .containsExactly("too-fast", "straight-lining", "outside-area");
        assertThat(report.enumerators().get(0).flagged()).isEqualTo(1);
    }

    @Test
    void rulesThatDoNotFitTheQuestionnaireAreRefused() {
        assertThatThrownBy(() -> QualityCheck.evaluate(SHIPPED,
                QuestionnaireCatalogue.load().get("par-officials@1"), WINDOW, List.of()))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("do not fit par-officials@1")
                .hasMessageContaining("policySatisfaction");
        FieldworkRules rules = only(new QualityRule.StraightLining("flat", LABEL, List.of(), List.of("sex"), 2));
        assertThatThrownBy(() -> QualityCheck.evaluate(rules, SIPAS, WINDOW, List.of()))
                .hasMessageContaining("question sex is SINGLE_CHOICE");
    }

    private static List<InterviewFacts> day(Instant first, int n, int offset) {
        List<InterviewFacts> interviews = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            interviews.add(clean(offset + k, "enumerator-a", first.plusSeconds(k * 12 * 60L)));
        }
        return interviews;
    }

    private static QualityReport check(FieldworkRules rules, InterviewFacts... interviews) {
        return QualityCheck.evaluate(rules, SIPAS, WINDOW, List.of(interviews));
    }
}
