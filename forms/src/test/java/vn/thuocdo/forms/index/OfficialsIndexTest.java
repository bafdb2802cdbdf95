package vn.thuocdo.forms.index;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;
import vn.thuocdo.forms.scorecard.ParIndex;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SubCriterion;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The officials' index (officials@1): its definition, the scorecards' names for it, and a census by hand. */
class OfficialsIndexTest {

    final IndexDefinition officials = IndexCatalogue.load().get(OfficialsMeasures.DEFINITION);

    @Test
    void theShippedDefinitionHoldsEveryAgreementItemOfTheOfficialsQuestionnaireByArea() {
        Questionnaire form = QuestionnaireCatalogue.load().get("par-officials@1");
        assertThat(officials.questionnaire()).isEqualTo("par-officials@1");
        assertThat(officials.items()).containsExactlyElementsOf(form.questions().stream()
                .filter(q -> q.kind() == QuestionKind.SATISFACTION).map(q -> q.id()).toList()).hasSize(24);
        // The respondent section and the suggestion are not items.
        assertThat(officials.items()).doesNotContain("role", "unitType", "yearsOfService", "reformSuggestion");
        assertThat(officials.elements()).extracting(IndexDefinition.Group::id).containsExactly("direction",
                "institutions", "procedures", "organisation", "civilService", "publicFinance", "digitalGovernment",
                "impact");
        assertThat(officials.parts()).extracting(IndexDefinition.Group::id).containsExactly("reform");
        assertThat(officials.overall()).containsExactly("reform");
        assertThat(officials.answers().valid()).containsExactly("1", "2", "3", "4", "5");
        assertThat(officials.answers().satisfied()).containsExactly("4", "5");
        assertThat(officials.answers().notValid()).containsExactly("na", "dk");
        assertThat(officials.singleClusterStratum()).isEqualTo(SingleClusterRule.REMOVE);
        assertThat(officials.description().vi()).contains("[A]", "toàn bộ", "trọng số 1");
        assertThat(officials.description().en()).contains("[A]", "census", "weight 1");
        assertThat(Indices.parse(Indices.write(officials))).isEqualTo(officials);
    }

    @Test
    void everyOfficialsMeasureAShippedScorecardNamesIsInTheDefinition() {
        Set<String> known = new HashSet<>();
        OfficialsMeasures.measures(officials).forEach(m -> known.add(OfficialsMeasures.scorecard(m)));
        assertThat(known).contains("officials:overall", "officials:reform", "officials:direction");
        Set<String> named = new HashSet<>();
        for (Scorecard card : ScorecardCatalogue.load().all()) {
            for (SubCriterion sub : card.subCriteria()) {
                if (sub.rule() instanceof ScoringRule.Survey survey
                        && survey.measure().startsWith(OfficialsMeasures.PREFIX)) {
                    named.add(survey.measure());
                    assertThat(known).as(card.id() + " " + sub.code()).contains(survey.measure());
                }
            }
        }
        assertThat(named).hasSize(8);
    }

    /**
     * One unit's census by hand, 40 officials (minimum 30 valid answers per item [A]), weight 1, the unit its own
     * stratum and only cluster:
     * <ul>
     * <li>direction (3 items): 30 answer 4, 10 answer 2 → each item 30/40 = 0.75, the area 0.75;</li>
     * <li>institutions (3 items): 20 answer 5, 20 answer 3 → 20/40 = 0.5;</li>
     * <li>impact (3 items): 10 answer "na" (counted nowhere), 30 answer 4 → 30/30 = 1.0, n = 30;</li>
     * <li>the 5 other areas: everyone answers 3 (valid, not agreeing) → 0;</li>
     * <li>part reform = overall = (0.75 + 0.5 + 0 + 0 + 0 + 0 + 0 + 1.0) / 8 = 2.25 / 8 = 0.28125, n = 40.</li>
     * </ul>
     * A second unit with 20 officials answering 5 everywhere has fewer than 30 valid answers per item: no estimate.
     * One cluster per unit: no SE (the census has no sampling error). On the province scorecard, the officials'
     * sub-criteria (maximum 1 each, impact's two 1.5 each) get 1 × 0.75 + 1 × 0.5 + 5 × 0 + 2 × 1.5 × 1.0 = 4.25.
     */
    @Test
    void aTinyCensusByHand() {
        SurveyData.Builder census = new SurveyData.Builder(officials);
        for (int i = 0; i < 40; i++) {
            Map<String, String> answers = new HashMap<>();
            for (IndexDefinition.Group area : officials.elements()) {
                String answer = switch (area.id()) {
                    case "direction" -> i < 30 ? "4" : "2";
                    case "institutions" -> i < 20 ? "5" : "3";
                    case "impact" -> i < 10 ? "na" : "4";
                    default -> "3";
                };
                area.of().forEach(item -> answers.put(item, answer));
            }
            census.add("T34-31", "T34-31", 1, "T34-31", codes(answers));
        }
        for (int i = 0; i < 20; i++) {
            Map<String, String> answers = new HashMap<>();
            officials.items().forEach(item -> answers.put(item, "5"));
            census.add("T34-01", "T34-01", 1, "T34-01", codes(answers));
        }
        List<Estimate> estimates = Estimator.estimate(officials, census.build());

        assertThat(estimate(estimates, "T34-31", "item:directionPlan").estimate()).isEqualTo(0.75);
        assertThat(estimate(estimates, "T34-31", "element:direction").estimate()).isEqualTo(0.75);
        assertThat(estimate(estimates, "T34-31", "element:institutions").estimate()).isEqualTo(0.5);
        assertThat(estimate(estimates, "T34-31", "element:procedures").estimate()).isEqualTo(0.0);
        Estimate impact = estimate(estimates, "T34-31", "element:impact");
        assertThat(impact.estimate()).isEqualTo(1.0);
        assertThat(impact.n()).isEqualTo(30);
        Estimate overall = estimate(estimates, "T34-31", "overall");
        assertThat(overall.estimate()).isEqualTo(0.28125);
        assertThat(estimate(estimates, "T34-31", "part:reform").estimate()).isEqualTo(0.28125);
        assertThat(overall.n()).isEqualTo(40);
        assertThat(overall.hasSe()).isFalse();
        assertThat(Double.isNaN(overall.se())).isTrue();
        assertThat(estimate(estimates, "T34-01", "item:directionPlan").sufficient()).isFalse();
        assertThat(estimate(estimates, "T34-01", "overall").sufficient()).isFalse();

        Map<String, Double> shares = new HashMap<>();
        estimates.stream().filter(e -> e.domain().equals("T34-31") && !e.measure().startsWith("item:"))
                .forEach(e -> shares.put(OfficialsMeasures.scorecard(e.measure()), e.estimate()));
        assertThat(shares).containsEntry("officials:direction", 0.75).containsEntry("officials:reform", 0.28125)
                .containsEntry("officials:overall", 0.28125);
        Scorecard province = ScorecardCatalogue.load().forYear(Scorecard.Kind.PROVINCE, 2026).orElseThrow();
        Map<String, BigDecimal> points = ParIndex.surveyPoints(province, shares);
        assertThat(points).hasSize(9);
        assertThat(points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(new BigDecimal("4.25"));
    }

    private byte[] codes(Map<String, String> answers) {
        byte[] codes = new byte[officials.items().size()];
        for (int j = 0; j < codes.length; j++) {
            codes[j] = SurveyData.code(officials.answers(), answers.get(officials.items().get(j)));
        }
        return codes;
    }

    private static Estimate estimate(List<Estimate> estimates, String domain, String measure) {
        return estimates.stream().filter(e -> e.domain().equals(domain) && e.measure().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError(domain + " " + measure));
    }
}
