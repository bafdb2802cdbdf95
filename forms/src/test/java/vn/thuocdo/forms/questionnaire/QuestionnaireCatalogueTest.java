package vn.thuocdo.forms.questionnaire;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireCatalogueTest {

    private final QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.load();

    @Test
    void theCitizenFormHas33SatisfactionItemsGroupedAsTheMethodologyPublishes() {
        Questionnaire sipas = catalogue.get("sipas-citizen@1");
        Map<String, Long> perElement = sipas.questions().stream().filter(q -> q.kind() == QuestionKind.SATISFACTION)
                .collect(Collectors.groupingBy(Question::element, TreeMap::new, Collectors.counting()));
        assertThat(perElement).containsExactlyInAnyOrderEntriesOf(Map.of(
                "accountability", 2L, "participation", 2L, "policyQuality", 8L, "policyResults", 2L,
                "access", 4L, "procedures", 4L, "civilServants", 5L, "serviceResults", 3L, "feedback", 3L));
        Map<String, Long> perPart = sipas.questions().stream().filter(q -> q.kind() == QuestionKind.SATISFACTION)
                .collect(Collectors.groupingBy(q -> sipas.grouping().partOf(q.element()).orElseThrow().key(),
                        Collectors.counting()));
        assertThat(perPart).isEqualTo(Map.of("policy", 14L, "services", 19L));
        assertThat(sipas.questions()).filteredOn(q -> q.kind() == QuestionKind.SATISFACTION)
                .allMatch(Question::allowNotValid).allMatch(Question::required);
    }

    @Test
    void theShippedQuestionnairesSayTheyAreOurTranscription() {
        for (String reference : new String[]{"sipas-citizen@1", "par-officials@1"}) {
            Questionnaire questionnaire = catalogue.get(reference);
            assertThat(questionnaire.description().vi()).contains("[A]").containsIgnoringCase("bản chép của Thước Đo");
            assertThat(questionnaire.description().en()).contains("[A]");
        }
    }

    @Test
    void theOfficialsSurveyCoversTheEightProvinceAreas() {
        Questionnaire par = catalogue.get("par-officials@1");
        assertThat(par.kind()).isEqualTo(Questionnaire.Kind.OFFICIALS);
        assertThat(par.grouping().parts()).singleElement().satisfies(part -> assertThat(part.elements()).extracting(
                Grouping.Element::key).containsExactly("direction", "institutions", "procedures", "organisation",
                "civilService", "publicFinance", "digitalGovernment", "impact"));
        assertThat(par.question("role")).hasValueSatisfying(q -> assertThat(par.choicesOf(q)).extracting("key")
                .containsExactly("leader", "manager", "civilServant"));
    }

    @Test
    void listsTheShippedQuestionnairesByKindOfRespondent() {
        assertThat(catalogue.available(Questionnaire.Kind.CITIZEN)).extracting(Questionnaire::reference)
                .containsExactly("sipas-citizen@1");
        assertThat(catalogue.available(Questionnaire.Kind.OFFICIALS)).extracting(Questionnaire::reference)
                .containsExactly("par-officials@1");
        assertThat(catalogue.versions("sipas-citizen")).hasSize(1);
        assertThatThrownBy(() -> catalogue.get("sipas-citizen@9")).isInstanceOf(DefinitionInvalid.class);
    }

    @Test
    void theCanonicalJsonReadsBackToAnEqualQuestionnaire() {
        for (Questionnaire questionnaire : new Questionnaire[]{catalogue.get("sipas-citizen@1"),
                catalogue.get("par-officials@1")}) {
            String json = questionnaire.toJson();
            Questionnaire again = Questionnaires.parse(json);
            assertThat(again).isEqualTo(questionnaire).hasSameHashCodeAs(questionnaire);
            assertThat(again.toJson()).isEqualTo(json);
        }
    }
}
