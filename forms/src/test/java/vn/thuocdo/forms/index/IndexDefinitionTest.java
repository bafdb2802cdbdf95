package vn.thuocdo.forms.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The shipped SIPAS definition, and every way a definition is refused with its reason. */
class IndexDefinitionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShippedSipasDefinitionHoldsEverySatisfactionItemOfTheCitizenQuestionnaireInItsElementsAndParts() {
        IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
        Questionnaire citizen = QuestionnaireCatalogue.load().get("sipas-citizen@1");
        List<String> satisfactionItems = citizen.questions().stream()
                .filter(q -> q.kind() == QuestionKind.SATISFACTION).map(q -> q.id()).toList();
        assertThat(sipas.items()).containsExactlyElementsOf(satisfactionItems).hasSize(33);
        assertThat(sipas.elements()).extracting(IndexDefinition.Group::id).containsExactly("accountability",
                "participation", "policyQuality", "policyResults", "access", "procedures", "civilServants",
                "serviceResults", "feedback");
        assertThat(sipas.elements()).extracting(g -> g.of().size()).containsExactly(2, 2, 8, 2, 4, 4, 5, 3, 3);
        assertThat(sipas.parts()).extracting(IndexDefinition.Group::id).containsExactly("policy", "services");
        assertThat(sipas.overall()).containsExactly("policy", "services");
        assertThat(sipas.answers().satisfied()).containsExactly("4", "5");
        assertThat(sipas.answers().notValid()).containsExactly("na", "dk");
        assertThat(sipas.singleClusterStratum()).isEqualTo(SingleClusterRule.ADJUST);
        assertThat(sipas.description().vi()).contains("[A]");
        assertThat(Indices.parse(Indices.write(sipas))).isEqualTo(sipas);
    }

    @Test
    void anElementNamingAnUnknownItemIsRefused() {
        assertRefused(d -> group(d, "elements", 0).withArray("of").add("nosuchItem"), "index.unknownItem",
                "e1: e1 names question nosuchItem, which is not in the items");
    }

    @Test
    void anEmptyGroupIsRefused() {
        assertRefused(d -> group(d, "elements", 1).putArray("of"), "index.emptyGroup", "e2: e2 has no members");
    }

    @Test
    void anElementThatContainsItselfOrTwoPartsThatContainEachOtherAreCycles() {
        assertRefused(d -> group(d, "elements", 1).withArray("of").add("e2"), "index.cycle",
                "e2: e2 is part of a cycle: e2 → e2");
        assertRefused(d -> {
            group(d, "parts", 0).withArray("of").add("p2");
            group(d, "parts", 1).withArray("of").add("p1");
        }, "index.cycle", "p1: p1 is part of a cycle: p1 → p2 → p1");
    }

    @Test
    void aGroupHoldingAnythingButTheLevelBelowIsRefused() {
        assertRefused(d -> group(d, "parts", 0).withArray("of").add("a"), "index.wrongLevel",
                "p1: p1 names a, which is not of the level just below (elements hold items, parts hold elements, "
                        + "the overall index holds parts)");
    }

    @Test
    void anItemInNoElementAndADuplicateIdAreRefused() {
        assertRefused(d -> d.withArray("items").add("d"), "index.unusedItem", "d: item d belongs to no element");
        assertRefused(d -> group(d, "elements", 1).put("id", "a"), "index.duplicateId",
                "elements: id a is used twice");
    }

    @Test
    void answerRulesAreChecked() {
        assertRefused(d -> d.with("answers").withArray("satisfied").add("6"), "index.satisfiedNotValid",
                "answers.satisfied: the \"satisfied\" answer 6 is not one of the valid answers");
        assertRefused(d -> d.with("answers").withArray("notValid").add("3"), "index.notValidIsValid",
                "answers.notValid: key 3 is both a valid and a not-valid answer");
        assertRefused(d -> d.put("minValidAnswers", 0), "index.badMinValid",
                "minValidAnswers: the minimum of valid answers must be 1 to 1,000,000, was 0");
    }

    @Test
    void aDefinitionNamingAQuestionnaireMustMatchItsSatisfactionQuestions() {
        assertRefused(d -> d.put("questionnaire", "sipas-citizen@9"), "index.unknownQuestionnaire",
                "questionnaire: there is no questionnaire sipas-citizen@9");
        IndexInvalid refused = catchThrowableOfType(IndexInvalid.class,
                () -> Indices.parse(base().put("questionnaire", "sipas-citizen@1").toString()));
        assertThat(refused.problems()).extracting(IndexProblem::code)
                .contains("index.notSatisfactionItem", "index.missingItem");
        assertThat(refused.message(IndexMessages.VIETNAMESE))
                .contains("câu hỏi a không phải câu hỏi mức độ hài lòng của bảng hỏi sipas-citizen@1");
    }

    @Test
    void unknownPropertiesTextForNumbersAndMissingPartsAreRefusedByTheStrictReader() {
        assertThatThrownBy(() -> Indices.parse(base().put("weights", "x").toString()))
                .isInstanceOf(IndexInvalid.class).hasMessageContaining("weights");
        assertThatThrownBy(() -> Indices.parse(base().put("minValidAnswers", "30").toString()))
                .isInstanceOf(IndexInvalid.class).hasMessageContaining("minValidAnswers");
        ObjectNode noParts = base();
        noParts.remove("parts");
        assertThatThrownBy(() -> Indices.parse(noParts.toString()))
                .isInstanceOf(IndexInvalid.class).hasMessageContaining("parts");
        assertThatThrownBy(() -> Indices.parse(base().put("singleClusterStratum", "AVERAGE").toString()))
                .isInstanceOf(IndexInvalid.class).hasMessageContaining("singleClusterStratum");
    }

    @Test
    void everyMessageHasItsVietnameseAndEnglishWording() throws java.io.IOException {
        java.util.Properties vi = new java.util.Properties();
        java.util.Properties en = new java.util.Properties();
        try (var viIn = getClass().getResourceAsStream("/vn/thuocdo/forms/index/messages.properties");
             var enIn = getClass().getResourceAsStream("/vn/thuocdo/forms/index/messages_en.properties")) {
            vi.load(new java.io.InputStreamReader(viIn, java.nio.charset.StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(enIn, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(vi.keySet()).isEqualTo(en.keySet()).hasSizeGreaterThan(40);
        assertThat(IndexMessages.format("csv.badWeight", List.of(7L, "weight", "1,5"), IndexMessages.VIETNAMESE))
                .startsWith("dòng 7, cột weight: trọng số 1,5 không hợp lệ");
    }

    private static void assertRefused(Consumer<ObjectNode> change, String code, String english) {
        ObjectNode definition = base();
        change.accept(definition);
        IndexInvalid refused = catchThrowableOfType(IndexInvalid.class, () -> Indices.parse(definition.toString()));
        assertThat(refused).as(code).isNotNull();
        assertThat(refused.problems()).extracting(IndexProblem::code).contains(code);
        assertThat(refused.problems()).extracting(p -> p.message(Locale.ENGLISH)).contains(english);
        // Every problem has its Vietnamese wording (no bare code).
        refused.problems().forEach(p -> assertThat(p.message(IndexMessages.VIETNAMESE)).doesNotContain(p.code()));
    }

    private static ObjectNode group(ObjectNode definition, String level, int index) {
        return (ObjectNode) ((ArrayNode) definition.get(level)).get(index);
    }

    private static ObjectNode base() {
        try {
            return (ObjectNode) JSON.readTree(EstimatorTest.DEFINITION.formatted("ADJUST"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
