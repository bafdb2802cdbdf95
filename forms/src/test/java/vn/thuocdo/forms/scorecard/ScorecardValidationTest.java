package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;

import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.forms.scorecard.SmallScorecard.area;
import static vn.thuocdo.forms.scorecard.SmallScorecard.criterion;
import static vn.thuocdo.forms.scorecard.SmallScorecard.rule;
import static vn.thuocdo.forms.scorecard.SmallScorecard.sub;

class ScorecardValidationTest {

    @Test
    void theSmallScorecardIsValid() {
        Scorecard small = SmallScorecard.scorecard();
        assertThat(small.subCriteria()).extracting(SubCriterion::code)
                .containsExactly("1.1.1", "1.1.2", "1.1.3", "2.1.1", "2.1.2", "2.2.1");
        assertThat(small.selfScoredMaximum()).isEqualByComparingTo("8");
        assertThat(small.surveyMaximum()).isEqualByComparingTo("2");
        assertThat(small.node("2.1")).get().extracting(Scorecard.Node::level).isEqualTo(2);
    }

    @Test
    void refusesAnAreaWhoseCriteriaDoNotAddUp() {
        assertRefused(t -> area(t, 0).put("maxPoints", 5), "1", "scorecard.pointsMismatch", "1", "5", "4");
    }

    @Test
    void refusesACriterionWhoseSubCriteriaDoNotAddUp() {
        assertRefused(t -> {
            criterion(t, 1, 0).put("maxPoints", 3.5);
            area(t, 1).put("maxPoints", 5.5);
            t.put("totalPoints", 9.5);
        }, "2.1", "scorecard.pointsMismatch", "2.1", "3.5", "4");
    }

    @Test
    void refusesADeclaredTotalThatIsNotTheSumOfTheAreas() {
        assertRefused(t -> t.put("totalPoints", 12), "totalPoints", "scorecard.pointsMismatch", "totalPoints", "12", "10");
    }

    @Test
    void refusesDeclaredSurveyPointsThatAreNotTheSurveySubCriteria() {
        assertRefused(t -> t.put("surveyPoints", 3), "surveyPoints", "scorecard.surveyMismatch", "3", "2");
    }

    @Test
    void refusesADuplicateCode() {
        assertRefused(t -> sub(t, 0, 0, 1).put("code", "1.1.1"), "1.1.1", "scorecard.duplicateCode", "1.1.1");
    }

    @Test
    void refusesACodeThatDoesNotContinueItsParents() {
        assertRefused(t -> sub(t, 1, 0, 0).put("code", "2.3.1"), "2.3.1", "scorecard.codeNotUnderParent",
                "2.3.1", "2.1");
    }

    @Test
    void refusesACodeThatIsNotNumbersJoinedByDots() {
        assertRefused(t -> sub(t, 0, 0, 0).put("code", "1.1.a"), "1.1.a", "scorecard.badCode", "1.1.a");
        assertRefused(t -> sub(t, 0, 0, 0).put("code", "1".repeat(5000)), "1".repeat(5000), "scorecard.badCode",
                "1".repeat(5000));
    }

    @Test
    void refusesAFormulaThatReadsAnUndeclaredFigure() {
        assertRefused(t -> rule(t, 0, 0, 2).put("value", "${done} div ${total}"), "1.1.3",
                "scorecard.formulaProblem", "value", "refers to figure total, which is not declared",
                "expression.unknownVariable", "total");
    }

    @Test
    void refusesAFormulaThatDoesNotParse() {
        assertRefused(t -> rule(t, 0, 0, 2).put("value", "${done} div"), "1.1.3", "scorecard.formulaProblem",
                "value", "the expression ends too early", "expression.unexpectedEnd");
        assertRefused(t -> rule(t, 0, 0, 2).put("value", "today()"), "1.1.3", "scorecard.formulaProblem",
                "value", "today() cannot be used over figures", "expression.notForNumbers", "today()");
    }

    @Test
    void refusesACheckThatReadsAnUndeclaredFigure() {
        assertRefused(t -> ((ObjectNode) rule(t, 1, 0, 0).path("checks").get(0)).put("rule", "${late} <= 0"),
                "2.1.1", "scorecard.formulaProblem", "check", "refers to figure late, which is not declared",
                "expression.unknownVariable", "late");
    }

    @Test
    void refusesATieredRuleWithoutALevelAtTheMaximum() {
        assertRefused(t -> ((ObjectNode) rule(t, 0, 0, 1).path("levels").get(0)).put("points", 1.25), "1.1.2",
                "scorecard.noLevelAtMax", "1.5");
    }

    @Test
    void refusesALevelAboveTheMaximum() {
        assertRefused(t -> ((ObjectNode) rule(t, 0, 0, 1).path("levels").get(1)).put("points", 2), "1.1.2",
                "scorecard.levelAboveMax", "late", "2", "1.5");
    }

    @Test
    void refusesATieredRuleWithOneLevel() {
        assertRefused(t -> {
            ArrayNode levels = (ArrayNode) rule(t, 0, 0, 1).path("levels");
            levels.remove(2);
            levels.remove(1);
        }, "1.1.2", "scorecard.noLevels");
    }

    @Test
    void refusesASurveyRuleWithoutItsMeasure() {
        assertRefused(t -> rule(t, 1, 1, 0).remove("measure"), "2.2.1", "scorecard.noMeasure");
    }

    @Test
    void refusesASurveyMeasureTheIndexDoesNotKnow() {
        assertRefused(t -> rule(t, 1, 1, 0).put("measure", "sipas:everything"), "2.2.1", "scorecard.badMeasure",
                "sipas:everything");
    }

    @Test
    void refusesPointsFinerThanAHundredth() {
        assertRefused(t -> {
            sub(t, 0, 0, 0).put("maxPoints", 1.125);
        }, "1.1.1", "scorecard.badPoints", "maxPoints", "1.125");
    }

    @Test
    void refusesBandsWithoutBandScoringAndBandScoringWithoutBands() {
        assertRefused(t -> rule(t, 0, 0, 2).put("scoring", "PROPORTIONAL"), "1.1.3", "scorecard.bandsNotUsed");
        assertRefused(t -> rule(t, 0, 0, 2).remove("bands"), "1.1.3", "scorecard.noBands");
    }

    @Test
    void refusesAFigureDeclaredTwice() {
        assertRefused(t -> ((ObjectNode) rule(t, 0, 0, 2).path("figures").get(1)).put("id", "planned"), "1.1.3",
                "scorecard.duplicateFigure", "planned");
    }

    @Test
    void refusesAFormulaWithoutFigures() {
        assertRefused(t -> {
            ObjectNode rule = rule(t, 1, 0, 1);
            rule.putArray("figures");
            rule.put("value", "1");
        }, "2.1.2", "scorecard.noFigures");
    }

    @Test
    void collectsEveryProblemNotOnlyTheFirst() {
        String json = SmallScorecard.broken(t -> {
            t.put("version", 0);
            sub(t, 0, 0, 0).put("code", "1.1.2");
            rule(t, 1, 1, 0).remove("measure");
        });
        assertThatThrownBy(() -> Scorecards.parse(json)).isInstanceOfSatisfying(ScorecardInvalid.class,
                e -> assertThat(e.problems()).extracting(ScorecardProblem::code).containsExactly(
                        "scorecard.badVersion", "scorecard.duplicateCode", "scorecard.noMeasure"));
    }

    @Test
    void readsTheJsonStrictly() {
        assertUnreadable(SmallScorecard.broken(t -> t.put("colour", "blue")), "colour");
        assertUnreadable(SmallScorecard.broken(t -> sub(t, 0, 0, 0).put("maxPoint", 1)), "maxPoint");
        assertUnreadable(SmallScorecard.json().replaceFirst("\"version\":1", "\"version\":1,\"version\":2"),
                "Duplicate field 'version'");
        assertUnreadable(SmallScorecard.json() + " {}", "Trailing token");
        assertUnreadable(SmallScorecard.broken(t -> sub(t, 0, 0, 0).put("maxPoints", "1")), "maxPoints");
        assertUnreadable(SmallScorecard.broken(t -> rule(t, 0, 0, 0).put("type", "GUESS")), "GUESS");
        assertUnreadable(SmallScorecard.broken(t -> t.put("kind", "COMMUNE")), "COMMUNE");
        assertThatThrownBy(() -> Scorecards.parse(" ".repeat(ScorecardJson.MAX_CHARS + 1)))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("at most " + ScorecardJson.MAX_CHARS);
        assertThatThrownBy(() -> Scorecards.parse(null)).isInstanceOf(DefinitionInvalid.class);
    }

    @Test
    void everyProblemHasAnEnglishWordingThatNamesItsPlace() {
        assertThat(ScorecardProblem.codes()).contains("scorecard.pointsMismatch", "scorecard.yearsOverlap")
                .allMatch(code -> code.startsWith("scorecard."));
        ScorecardProblem problem = new ScorecardProblem("2.1", "scorecard.pointsMismatch", java.util.List.of("2.1",
                new java.math.BigDecimal("3.5"), java.math.BigDecimal.valueOf(3)));
        assertThat(problem.message()).isEqualTo("2.1: the maximum of 2.1 is 3.5 but its parts add up to 3");
    }

    private static void assertRefused(Consumer<ObjectNode> change, String at, String code, Object... args) {
        String json = SmallScorecard.broken(change);
        assertThatThrownBy(() -> Scorecards.parse(json)).isInstanceOfSatisfying(ScorecardInvalid.class,
                e -> assertThat(e.problems()).anySatisfy(p -> {
                    assertThat(p.at()).isEqualTo(at);
                    assertThat(p.code()).isEqualTo(code);
                    assertThat(p.args()).map(String::valueOf).containsExactly(
                            java.util.Arrays.stream(args).map(String::valueOf).toArray(String[]::new));
                }));
    }

    private static void assertUnreadable(String json, String reason) {
        assertThatThrownBy(() -> Scorecards.parse(json)).isInstanceOf(DefinitionInvalid.class)
                .isNotInstanceOf(ScorecardInvalid.class).hasMessageContaining(reason);
    }
}
