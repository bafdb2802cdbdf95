package vn.thuocdo.forms.scorecard;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoringTest {

    private final Scorecard small = SmallScorecard.scorecard();
    private final SubCriterion yesNo = small.subCriterion("1.1.1").orElseThrow();
    private final SubCriterion tiered = small.subCriterion("1.1.2").orElseThrow();
    private final SubCriterion bands = small.subCriterion("1.1.3").orElseThrow();
    private final SubCriterion proportional = small.subCriterion("2.1.1").orElseThrow();
    private final SubCriterion decimals = small.subCriterion("2.1.2").orElseThrow();
    private final SubCriterion survey = small.subCriterion("2.2.1").orElseThrow();

    @Test
    void yesNoGivesTheFullPointsOrNone() {
        assertThat(Scoring.score(yesNo, new SelfScore.Done(true))).isEqualByComparingTo("1");
        assertThat(Scoring.score(yesNo, new SelfScore.Done(false))).isEqualByComparingTo("0");
        assertThat(Scoring.score(yesNo, points("1.00"))).isEqualByComparingTo("1");
        assertRefused(yesNo, points("0.5"), "scorecard.answer.notAllowed", "1.1.1", "0.5", "0 / 1");
    }

    @Test
    void aTypedScoreAboveTheMaximumOrBelowZeroIsRefused() {
        assertRefused(yesNo, points("1.01"), "scorecard.answer.aboveMax", "1.1.1", "1.01", "1");
        assertRefused(tiered, points("-0.25"), "scorecard.answer.negative", "1.1.2", "-0.25");
    }

    @Test
    void tieredGivesTheLevelsPointsAndOnlyThose() {
        assertThat(Scoring.score(tiered, new SelfScore.Level("late"))).isEqualByComparingTo("0.75");
        assertThat(Scoring.score(tiered, new SelfScore.Level("onTime"))).isEqualByComparingTo("1.5");
        assertThat(Scoring.score(tiered, points("0.75"))).isEqualByComparingTo("0.75");
        assertRefused(tiered, points("1"), "scorecard.answer.notAllowed", "1.1.2", "1", "1.5 / 0.75 / 0");
        assertRefused(tiered, new SelfScore.Level("early"), "scorecard.answer.unknownLevel", "1.1.2", "early");
    }

    @Test
    void anAnswerOfTheWrongFormIsRefused() {
        assertRefused(yesNo, new SelfScore.Level("onTime"), "scorecard.answer.wrongKind", "1.1.1", "YES_NO");
        assertRefused(bands, points("1.5"), "scorecard.answer.wrongKind", "1.1.3", "FORMULA");
        assertRefused(tiered, null, "scorecard.answer.missing", "1.1.2");
    }

    @Test
    void bandsGiveThePointsOfTheHighestThresholdReachedWithItsBoundaryIncluded() {
        assertThat(Scoring.score(bands, figures("planned", "10", "done", "10"))).isEqualByComparingTo("1.5");
        assertThat(Scoring.score(bands, figures("planned", "10", "done", "8"))).isEqualByComparingTo("0.75");
        assertThat(Scoring.score(bands, figures("planned", "10", "done", "7"))).isEqualByComparingTo("0");
    }

    @Test
    void inconsistentFiguresAreRefusedWithTheChecksMessage() {
        List<AnswerProblem> problems = Scoring.check(bands, figures("planned", "10", "done", "11"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("scorecard.answer.checkFailed");
            assertThat(p.message()).isEqualTo("1.1.3: Done cannot exceed tasks");
            assertThat(p.args()).containsExactly("1.1.3", "Số hoàn thành không được lớn hơn số nhiệm vụ",
                    "Done cannot exceed tasks");
        });
    }

    @Test
    void aDivisionByZeroIsRefusedUnlessTheRuleSaysWhatItGives() {
        assertRefused(bands, figures("planned", "0", "done", "0"), "scorecard.answer.undefined", "1.1.3");
        assertThat(Scoring.score(proportional, figures("received", "0", "onTime", "0"))).isEqualByComparingTo("3");
    }

    @Test
    void proportionalScoringRoundsHalfUpToHundredths() {
        assertThat(Scoring.score(proportional, figures("received", "3", "onTime", "2"))).isEqualTo("2.00");
        assertThat(Scoring.score(proportional, figures("received", "6", "onTime", "5"))).isEqualTo("2.50");
        assertThat(Scoring.score(proportional, figures("received", "1.644", "onTime", "1.600"))).isEqualTo("2.92");
        assertThat(Scoring.score(proportional, figures("received", "7", "onTime", "0"))).isEqualTo("0.00");
    }

    @Test
    void proportionalScoringIsKeptWithinZeroAndTheMaximum() {
        assertThat(Scoring.score(decimals, figures("allocated", "100,5", "disbursed", "15"))).isEqualTo("0.50");
        assertThat(Scoring.score(decimals, figures("allocated", "10", "disbursed", "5"))).isEqualTo("1.00");
    }

    @Test
    void figuresAreReadStrictly() {
        assertRefused(bands, figures("planned", "10", "done", "-1"), "scorecard.answer.figureNegative", "1.1.3",
                "done", "-1");
        assertRefused(bands, figures("planned", "mười", "done", "1"), "scorecard.answer.figureNotNumber", "1.1.3",
                "planned", "mười");
        assertRefused(bands, figures("planned", "10,5", "done", "1"), "scorecard.answer.figureNotWhole", "1.1.3",
                "planned", "10,5");
        assertRefused(bands, figures("planned", "1e3", "done", "1"), "scorecard.answer.figureNotNumber", "1.1.3",
                "planned", "1e3");
        assertRefused(bands, figures("planned", "10"), "scorecard.answer.figureMissing", "1.1.3", "done");
        assertRefused(bands, figures("planned", "10", "done", "1", "late", "2"), "scorecard.answer.unknownFigure",
                "1.1.3", "late");
        assertRefused(proportional, figures("received", "10.000.001", "onTime", "1"),
                "scorecard.answer.figureAboveMax", "2.1.1", "received", "10.000.001", "10000000");
        assertRefused(decimals, figures("allocated", "1.2.3", "disbursed", "1"), "scorecard.answer.figureNotNumber",
                "2.1.2", "allocated", "1.2.3");
        assertThat(Scoring.check(bands, figures("planned", "9".repeat(10_000), "done", "1")))
                .extracting(AnswerProblem::code).containsExactly("scorecard.answer.figureNotNumber");
    }

    @Test
    void surveySubCriteriaAreNotSelfScoredAndTakeTheSurveysPercentage() {
        assertRefused(survey, points("1"), "scorecard.answer.surveyOnly", "2.2.1");
        assertThat(Scoring.fromSurvey(survey, new BigDecimal("83.94"))).isEqualTo("1.68");
        assertThat(Scoring.fromSurvey(survey, new BigDecimal("100"))).isEqualTo("2.00");
        assertThatThrownBy(() -> Scoring.fromSurvey(survey, new BigDecimal("100.01")))
                .isInstanceOfSatisfying(ScoreRefused.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::code).containsExactly("scorecard.answer.badPercentage"));
        assertThatThrownBy(() -> Scoring.fromSurvey(yesNo, BigDecimal.TEN)).isInstanceOf(ScoreRefused.class);
    }

    @Test
    void sumsPerCriterionAreaAndScorecard() {
        Map<String, BigDecimal> points = Map.of("1.1.1", new BigDecimal("1"), "1.1.2", new BigDecimal("0.75"),
                "2.1.1", new BigDecimal("2.92"), "2.2.1", new BigDecimal("1.68"));
        Map<String, BigDecimal> totals = Scoring.totals(small, points);
        assertThat(totals.get("1.1")).isEqualByComparingTo("1.75");
        assertThat(totals.get("1")).isEqualByComparingTo("1.75");
        assertThat(totals.get("2.1")).isEqualByComparingTo("2.92");
        assertThat(totals.get("2")).isEqualByComparingTo("4.60");
        assertThat(totals.get("")).isEqualByComparingTo("6.35");
    }

    @Test
    void everyAnswerProblemHasAnEnglishWording() {
        assertThat(AnswerProblem.codes()).allSatisfy(code -> assertThat(AnswerProblem.ENGLISH.get(code)).isNotBlank());
    }

    private static SelfScore.Points points(String points) {
        return new SelfScore.Points(new BigDecimal(points));
    }

    private static SelfScore.Figures figures(String... idsAndValues) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < idsAndValues.length; i += 2) {
            values.put(idsAndValues[i], idsAndValues[i + 1]);
        }
        return new SelfScore.Figures(values);
    }

    private static void assertRefused(SubCriterion sub, SelfScore answer, String code, Object... args) {
        assertThatThrownBy(() -> Scoring.score(sub, answer)).isInstanceOfSatisfying(ScoreRefused.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.code()).isEqualTo(code);
                    assertThat(p.args()).map(String::valueOf).containsExactly(
                            java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
                }));
    }
}
