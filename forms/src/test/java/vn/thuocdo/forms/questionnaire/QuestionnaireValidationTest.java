package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thuocdo.forms.questionnaire.Drafts.problems;
import static vn.thuocdo.forms.questionnaire.Drafts.question;
import static vn.thuocdo.forms.questionnaire.Drafts.valid;

class QuestionnaireValidationTest {

    @Test
    void theDraftTheseTestsBreakIsValidAsItStands() {
        Questionnaire questionnaire = Drafts.parse(valid());
        assertThat(questionnaire.reference()).isEqualTo("test-form@1");
        assertThat(questionnaire.questions()).extracting(Question::id)
                .containsExactly("used", "age", "fruit", "name", "accessItem");
    }

    @Test
    void anIdUsedTwiceAcrossSectionsAndQuestionsIsRefusedWithItsPlace() {
        ObjectNode draft = valid();
        question(draft, 1, 0).put("id", "first");
        assertThat(problems(draft)).extracting(Problem::path, Problem::id, Problem::code)
                .contains(tuple("sections[1].questions[0]", "first", "questionnaire.duplicateId"));
        assertThat(problems(draft).get(0).message()).isEqualTo("sections[1].questions[0] (first): id first is used twice");
    }

    @Test
    void aMalformedIdIsRefusedBeforeAnyPatternSeesALongOne() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("id", "Age");
        question(draft, 0, 3).put("id", "n" + "a".repeat(100_000));
        draft.put("id", "Test Form");
        assertThat(problems(draft)).extracting(Problem::path, Problem::code).contains(
                tuple("id", "questionnaire.badId"),
                tuple("sections[0].questions[1]", "questionnaire.badName"),
                tuple("sections[0].questions[3]", "questionnaire.badName"));
    }

    @Test
    void aQuestionNamingAChoiceListThatDoesNotExistIsRefused() {
        ObjectNode draft = valid();
        question(draft, 0, 0).put("choices", "yesNoMaybe");
        assertThat(problems(draft)).extracting(Problem::code, Problem::message).containsExactly(tuple(
                "questionnaire.unknownList", "sections[0].questions[0] (used): choice list yesNoMaybe does not exist"));
    }

    @Test
    void choicesWithoutALabelOrWithARepeatedKeyAreRefused() {
        ObjectNode draft = valid();
        draft.with("choiceLists").withArray("fruits").addObject().put("key", "apple").putObject("label").put("vi", "Táo");
        draft.with("choiceLists").withArray("fruits").addObject().put("key", "fig");
        assertThat(problems(draft)).extracting(Problem::path, Problem::code).containsExactly(
                tuple("choiceLists.fruits[3]", "questionnaire.duplicateKey"),
                tuple("choiceLists.fruits[4]", "questionnaire.missing"));
    }

    @Test
    void aSatisfactionItemNeedsAFivePointScaleAndAnElementOfTheGrouping() {
        ObjectNode draft = valid();
        question(draft, 1, 0).put("choices", "yesNo").put("element", "speed");
        assertThat(problems(draft)).extracting(Problem::code, Problem::args).contains(
                tuple("questionnaire.scaleNotFive", List.of("yesNo", 2)),
                tuple("questionnaire.unknownElement", List.of("speed")),
                tuple("questionnaire.elementWithoutItems", List.of("access")));
    }

    @Test
    void aSatisfactionItemWithoutAnElementIsRefused() {
        ObjectNode draft = valid();
        question(draft, 1, 0).remove("element");
        assertThat(problems(draft)).extracting(Problem::code, Problem::args)
                .contains(tuple("questionnaire.missing", List.of("element")));
    }

    @Test
    void anElementOfTheGroupingWithoutAnyItemIsRefused() {
        ObjectNode draft = valid();
        ((ObjectNode) draft.with("grouping").withArray("parts").get(0)).withArray("elements").addObject()
                .put("key", "feedback").putObject("label").put("vi", "Góp ý");
        assertThat(problems(draft)).extracting(Problem::path, Problem::code, Problem::message).containsExactly(tuple(
                "grouping.parts[0].elements[1]", "questionnaire.elementWithoutItems",
                "grouping.parts[0].elements[1] (feedback): element feedback has no SATISFACTION item"));
    }

    @Test
    void minAboveMaxAndPropertiesThatDoNotFitTheKindAreRefused() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("min", 130).put("maxLength", 3).put("decimals", 2);
        question(draft, 0, 3).put("min", 1).put("choices", "yesNo");
        assertThat(problems(draft)).extracting(Problem::id, Problem::code, Problem::args).containsExactlyInAnyOrder(
                tuple("age", "questionnaire.minAboveMax", List.of(130L, 120L)),
                tuple("age", "questionnaire.notApplicable", List.of("maxLength", "INTEGER")),
                tuple("age", "questionnaire.notApplicable", List.of("decimals", "INTEGER")),
                tuple("name", "questionnaire.notApplicable", List.of("choices", "TEXT")),
                tuple("name", "questionnaire.notApplicable", List.of("min, max", "TEXT")));
    }

    @Test
    void aNoteCannotBeRequiredNorConstrained() {
        ObjectNode draft = valid();
        Drafts.questions(draft, 0).insertObject(0).put("id", "intro").put("kind", "NOTE").put("required", true)
                .put("constraint", ". = 1").putObject("label").put("vi", "Giới thiệu");
        assertThat(problems(draft)).extracting(Problem::code, Problem::args).contains(
                tuple("questionnaire.notApplicable", List.of("required", "NOTE")),
                tuple("questionnaire.notApplicable", List.of("constraint", "NOTE")));
    }

    @Test
    void notValidAnswersNeedTheKeysAndMustNotBeMistakenForAChoice() {
        ObjectNode draft = valid();
        question(draft, 0, 2).put("allowNotValid", true);
        draft.with("choiceLists").withArray("fruits").addObject().put("key", "na").putObject("label").put("vi", "Na");
        assertThat(problems(draft)).extracting(Problem::code, Problem::args)
                .containsExactly(tuple("questionnaire.notValidClash", List.of("na", "fruits")));
        ObjectNode without = valid();
        without.remove("notValid");
        assertThat(problems(without)).extracting(Problem::id, Problem::code)
                .containsExactly(tuple("accessItem", "questionnaire.noNotValid"));
    }

    @Test
    void aConstraintMessageWithoutAConstraintIsRefused() {
        ObjectNode draft = valid();
        question(draft, 0, 1).putObject("constraintMessage").put("vi", "Sai");
        assertThat(problems(draft)).extracting(Problem::code).containsExactly("questionnaire.messageWithoutConstraint");
    }

    @Test
    void anExpressionThatDoesNotParseIsRefusedWithWhereItBroke() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("relevant", "${used} = 'yes");
        question(draft, 0, 2).put("relevant", "regex(${used}, 'y.*')");
        question(draft, 0, 3).put("constraint", "string-length(.) <");
        assertThat(problems(draft)).extracting(Problem::id, Problem::code, Problem::message).containsExactly(
                tuple("age", "expression.unterminatedString",
                        "sections[0].questions[1] (age): relevant: the text starting at position 11 is not closed"),
                tuple("fruit", "expression.unknownName", "sections[0].questions[2] (fruit): relevant: regex is not "
                        + "supported (only and, or, not, div, mod, selected, count-selected, string-length, today)"),
                tuple("name", "expression.unexpectedEnd",
                        "sections[0].questions[3] (name): constraint: the expression ends too early"));
    }

    @Test
    void referencesToUnknownLaterOrTheSameQuestionAreRefusedSoSkipLogicCannotCycle() {
        ObjectNode draft = valid();
        question(draft, 0, 0).put("relevant", "${age} > 18");
        question(draft, 0, 1).put("relevant", "${age} > 18 or ${nobody} = 1");
        question(draft, 0, 3).put("constraint", "string-length(${name}) > 1 and ${accessItem} = '5'");
        assertThat(problems(draft)).extracting(Problem::id, Problem::code, Problem::args).containsExactly(
                tuple("used", "expression.laterQuestion", List.of("relevant", "age")),
                tuple("age", "expression.selfReference", List.of("relevant")),
                tuple("age", "expression.unknownQuestion", List.of("relevant", "nobody")),
                tuple("name", "expression.laterQuestion", List.of("constraint", "accessItem")));
    }

    @Test
    void aSectionsRelevanceMayReadOnlyQuestionsBeforeTheSection() {
        ObjectNode draft = valid();
        ((ObjectNode) draft.withArray("sections").get(1)).put("relevant", "${accessItem} = '1'");
        ((ObjectNode) draft.withArray("sections").get(0)).put("relevant", "${used} = 'yes'");
        assertThat(problems(draft)).extracting(Problem::path, Problem::code).containsExactly(
                tuple("sections[0]", "expression.laterQuestion"),
                tuple("sections[1]", "expression.laterQuestion"));
    }

    @Test
    void theAnswerBeingCheckedIsOnlyForConstraints() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("relevant", ". > 3");
        assertThat(problems(draft)).extracting(Problem::code).containsExactly("expression.dotInRelevant");
    }

    @Test
    void aNoteHasNoAnswerToReferTo() {
        ObjectNode draft = valid();
        Drafts.questions(draft, 0).insertObject(0).put("id", "intro").put("kind", "NOTE").putObject("label")
                .put("vi", "Giới thiệu");
        question(draft, 0, 1).put("relevant", "${intro} = ''");
        assertThat(problems(draft)).extracting(Problem::code, Problem::args)
                .containsExactly(tuple("expression.noteReference", List.of("relevant", "intro")));
    }

    @Test
    void selectedAndCountSelectedMustFitTheQuestionTheyRead() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("relevant", "selected(${used}, 'maybe')");
        question(draft, 0, 3).put("relevant", "count-selected(${used}) > 0 and selected(${fruit}, ${used})"
                + " and selected('x', 'apple')");
        assertThat(problems(draft)).extracting(Problem::id, Problem::code, Problem::args).containsExactly(
                tuple("age", "expression.unknownChoice", List.of("relevant", "used", "maybe")),
                tuple("name", "expression.notChoiceQuestion", List.of("relevant", "count-selected", "used")),
                tuple("name", "expression.selectedNeedsKey", List.of("relevant")),
                tuple("name", "expression.selectedNeedsReference", List.of("relevant", "selected")));
    }

    @Test
    void everyProblemIsReportedAtOnceNotOnlyTheFirst() {
        ObjectNode draft = valid();
        draft.put("version", 0);
        question(draft, 0, 0).put("choices", "nothing");
        question(draft, 0, 1).put("relevant", "${used} = ");
        question(draft, 0, 2).put("id", "used");
        assertThatThrownBy(() -> Drafts.parse(draft)).isInstanceOf(QuestionnaireInvalid.class)
                .hasMessageStartingWith("test-form@0: version: version must be 1 or more; ")
                .hasMessageContaining("choice list nothing does not exist")
                .hasMessageContaining("id used is used twice")
                .hasMessageContaining("the expression ends too early");
    }

    @Test
    void anUnknownOrRepeatedPropertyIsRefusedLikeEveryOtherDefinition() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("calculation", "1 + 1");
        assertThatThrownBy(() -> Drafts.parse(draft)).isInstanceOf(DefinitionInvalid.class)
                .hasMessageContaining("calculation");
        String repeated = valid().toString().replace("\"version\":1", "\"version\":1,\"version\":2");
        assertThatThrownBy(() -> Questionnaires.parse(repeated)).isInstanceOf(DefinitionInvalid.class)
                .hasMessageContaining("version");
    }

    @Test
    void aJsonOverItsBoundIsRefusedBeforeItIsRead() {
        String huge = "{\"id\": \"" + "x".repeat(QuestionnaireJson.MAX_CHARS) + "\"}";
        assertThatThrownBy(() -> Questionnaires.parse(huge)).isInstanceOf(DefinitionInvalid.class)
                .hasMessageContaining("at most 4000000 characters");
    }
}
