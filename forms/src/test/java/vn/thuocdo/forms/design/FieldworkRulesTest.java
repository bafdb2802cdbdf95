package vn.thuocdo.forms.design;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.design.QualityRule.OutsideArea;
import vn.thuocdo.forms.design.QualityRule.SamePattern;
import vn.thuocdo.forms.design.QualityRule.StraightLining;
import vn.thuocdo.forms.design.QualityRule.TooFast;
import vn.thuocdo.forms.design.QualityRule.TooManyPerDay;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldworkRulesTest {

    private static final Text LABEL = new Text("Nhãn [A]", "Label [A]");
    private final SampleDesigns catalogue = SampleDesigns.load();
    private final QuestionnaireCatalogue questionnaires = QuestionnaireCatalogue.load();

    @Test
    void bothShippedDesignsCarryLabelledDefaultFieldworkRules() {
        for (SampleDesign d : catalogue.all()) {
            FieldworkRules f = d.fieldwork();
            assertThat(f.questionnaire()).isEqualTo("sipas-citizen@1");
            assertThat(f.description().vi()).contains("[A]");
            assertThat(f.description().en()).contains("[A]");
            assertThat(f.callBacks().share()).isEqualByComparingTo("0.10");
            assertThat(f.callBacks().minimumPerEnumerator()).isEqualTo(1);
            assertThat(f.outcomeCodes()).extracting(OutcomeCode::code)
                    .containsExactly("INTERVIEWED", "REFUSED", "ABSENT", "MOVED", "REPLACED", "OTHER");
            assertThat(f.qualityRules()).allSatisfy(r -> {
                assertThat(r.label().vi()).contains("[A]");
                assertThat(r.label().en()).contains("[A]");
            });
            assertThat(((TooFast) f.rule("too-fast").orElseThrow()).minSeconds()).isEqualTo(480);
            StraightLining straight = (StraightLining) f.rule("straight-lining").orElseThrow();
            assertThat(straight.minItems()).isEqualTo(10);
            assertThat(f.scaleQuestions(straight, questionnaires.get("sipas-citizen@1"))).hasSize(33);
            SamePattern same = (SamePattern) f.rule("same-pattern").orElseThrow();
            assertThat(same.share()).isEqualByComparingTo("0.3");
            assertThat(same.minInterviews()).isEqualTo(10);
            assertThat(((TooManyPerDay) f.rule("too-many-per-day").orElseThrow()).maxPerDay()).isEqualTo(12);
            assertThat(f.rule("outside-area")).containsInstanceOf(OutsideArea.class);
            assertThat(f.rule("outside-window")).containsInstanceOf(QualityRule.OutsideWindow.class);
        }
    }

    @Test
    void aDesignWithoutTheBlockStaysValid() {
        SampleDesign d = catalogue.latest("sipas-households");
        SampleDesigns.validate("plain.json", with(d, null));
    }

    @Test
    void anUnknownRuleKindStopsTheLoadListingTheKnownOnes() {
        assertThatThrownBy(() -> load("forms/designs-unknown-rule-kind.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("unknown-rule-kind.json")
                .hasMessageContaining("TOO_SLOW").hasMessageContaining("STRAIGHT_LINING");
    }

    @Test
    void aMisspeltRuleParameterStopsTheLoad() {
        assertThatThrownBy(() -> load("forms/designs-misspelt-parameter.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("maxPerDy");
    }

    @Test
    void numbersAreReadAsWrittenNotRoundedOrParsedFromText() {
        assertThatThrownBy(() -> load("forms/designs-fractional-minimum.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("minSeconds")
                .hasMessageContaining("must be a whole number, was 480.5");
        assertThatThrownBy(() -> load("forms/designs-share-as-text.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("share")
                .hasMessageContaining("must be a number from 0 to 1 such as 0.1, was \"0.1\"");
    }

    @Test
    void questionsAndSectionsMissingFromTheQuestionnaireStopTheLoad() {
        assertThatThrownBy(() -> load("forms/designs-unknown-question.json"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("unknown-question.json")
                .hasMessageContaining("fieldwork callBacks: question householdSize is not in sipas-citizen@1")
                .hasMessageContaining("question confidentiality is a note")
                .hasMessageContaining("fieldwork rule straight-lining: section serviceSatisfacton is not in");
    }

    @Test
    void aNamedQuestionnaireThatIsNotShippedIsRefused() {
        FieldworkRules f = rules("sipas-citizen@9", callBacks(), codes(), List.of());
        assertThatThrownBy(() -> SampleDesigns.validate("q.json", with(design(), f), questionnaires::find))
                .hasMessageContaining("fieldwork: questionnaire sipas-citizen@9 is not shipped");
    }

    @Test
    void scaleRulesTakeSatisfactionItemsOnly() {
        FieldworkRules f = rules("sipas-citizen@1", callBacks(), codes(), List.of(
                new StraightLining("flat", LABEL, List.of("profile"), List.of("sex", "policyHealth"), 10),
                new TooFast("fast", LABEL, 480, Map.of("nowhere", 10))));
        assertThatThrownBy(() -> SampleDesigns.validate("s.json", with(design(), f), questionnaires::find))
                .hasMessageContaining("fieldwork rule flat: section profile has no SATISFACTION question")
                .hasMessageContaining("fieldwork rule flat: question sex is SINGLE_CHOICE, not a SATISFACTION item")
                .hasMessageContaining("fieldwork rule fast: section nowhere is not in sipas-citizen@1");
    }

    @Test
    void everyBadNumberAndDuplicateIsReportedAtOnce() {
        List<OutcomeCode> codes = new ArrayList<>(codes());
        codes.add(new OutcomeCode("REFUSED", LABEL));
        codes.add(new OutcomeCode("refused-twice", LABEL));
        FieldworkRules f = rules("not a reference", new CallBackRule(new BigDecimal("1.5"), -1,
                List.of("sex", "sex")), codes, List.of(
                new TooFast("fast", LABEL, 0, Map.of("profile", 90_000)),
                new StraightLining("fast", LABEL, List.of(), List.of(), 1),
                new SamePattern("pattern", LABEL, List.of("a", "a"), List.of(), BigDecimal.ZERO, 1),
                new TooManyPerDay("Day", null, null)));
        assertThatThrownBy(() -> SampleDesigns.validate("b.json", with(design(), f)))
                .hasMessageContaining("b.json")
                .hasMessageContaining("fieldwork: questionnaire must be a reference like sipas-citizen@1")
                .hasMessageContaining("fieldwork callBacks: share must be above 0 and at most 1, was 1.5")
                .hasMessageContaining("fieldwork callBacks: minimumPerEnumerator must be 0 to 100, was -1")
                .hasMessageContaining("fieldwork callBacks: question sex is listed twice")
                .hasMessageContaining("fieldwork: outcome code REFUSED is listed twice")
                .hasMessageContaining("an outcome code must be upper-case letters and '_', was refused-twice")
                .hasMessageContaining("fieldwork rule fast: minSeconds must be 1 to 86400, was 0")
                .hasMessageContaining("fieldwork rule fast: sectionMinimums.profile must be 1 to 86400, was 90000")
                .hasMessageContaining("fieldwork rule fast: id is used twice")
                .hasMessageContaining("fieldwork rule fast: name the scale questions")
                .hasMessageContaining("fieldwork rule fast: minItems must be 2 to 1000, was 1")
                .hasMessageContaining("fieldwork rule pattern: section a is listed twice")
                .hasMessageContaining("fieldwork rule pattern: share must be above 0 and at most 1, was 0")
                .hasMessageContaining("fieldwork rule pattern: minInterviews must be 2 to 100000, was 1")
                .hasMessageContaining("a rule id must be lower-case words joined by '-', was Day")
                .hasMessageContaining("fieldwork rule Day: a label {vi, en} is required")
                .hasMessageContaining("fieldwork rule Day: maxPerDay must be 1 to 1000, was null");
    }

    @Test
    void interviewedMustBeAnOutcomeAndCallBacksAreRequired() {
        FieldworkRules f = rules(null, null, List.of(new OutcomeCode("REFUSED", LABEL)), List.of());
        assertThatThrownBy(() -> SampleDesigns.validate("o.json", with(design(), f)))
                .hasMessageContaining("fieldwork: callBacks {share, minimumPerEnumerator, questions} is required")
                .hasMessageContaining("fieldwork: outcomeCodes must include INTERVIEWED");
        FieldworkRules none = rules(null, callBacks(), List.of(), List.of());
        assertThatThrownBy(() -> SampleDesigns.validate("o.json", with(design(), none)))
                .hasMessageContaining("outcomeCodes must list 1 to 20 codes");
    }

    @Test
    void theBoundariesOfEachNumberAreAccepted() {
        FieldworkRules f = rules(null, new CallBackRule(BigDecimal.ONE, 0, List.of()), codes(), List.of(
                new TooFast("fast", LABEL, 86_400, Map.of("profile", 1)),
                new StraightLining("flat", LABEL, List.of("s"), List.of(), 2),
                new SamePattern("same", LABEL, List.of(), List.of("q"), new BigDecimal("0.001"), 2),
                new TooManyPerDay("day", LABEL, 1)));
        SampleDesigns.validate("ok.json", with(design(), f));
    }

    @Test
    void theShareOfPaperFormsTypedTwiceIsALabelledDefaultAndChecked() {
        for (SampleDesign d : catalogue.all()) {
            DoubleEntryRule rule = d.fieldwork().doubleEntryRule().orElseThrow();
            assertThat(rule.share()).isEqualByComparingTo("0.1");
            assertThat(rule.label().vi()).contains("[A]");
            assertThat(rule.label().en()).contains("[A]");
        }
        FieldworkRules none = rules(null, callBacks(), codes(), List.of());
        assertThat(none.doubleEntryRule()).as("optional: no paper form typed again").isEmpty();
        FieldworkRules bad = new FieldworkRules(null, LABEL, callBacks(), codes(), List.of(),
                new DoubleEntryRule(BigDecimal.ZERO, null));
        assertThatThrownBy(() -> SampleDesigns.validate("d.json", with(design(), bad)))
                .hasMessageContaining("fieldwork doubleEntry: share must be above 0 and at most 1, was 0")
                .hasMessageContaining("fieldwork doubleEntry: a label {vi, en} is required");
        SampleDesigns.validate("one.json", with(design(), new FieldworkRules(null, LABEL, callBacks(), codes(),
                List.of(), new DoubleEntryRule(BigDecimal.ONE, LABEL))));
    }

    private SampleDesigns load(String index) {
        return SampleDesigns.load(getClass().getClassLoader(), index);
    }

    private SampleDesign design() {
        return catalogue.latest("sipas-households");
    }

    private static FieldworkRules rules(String questionnaire, CallBackRule callBacks, List<OutcomeCode> codes,
                                        List<QualityRule> rules) {
        return new FieldworkRules(questionnaire, LABEL, callBacks, codes, rules);
    }

    private static CallBackRule callBacks() {
        return new CallBackRule(new BigDecimal("0.1"), 1, List.of("sex"));
    }

    private static List<OutcomeCode> codes() {
        return List.of(new OutcomeCode("INTERVIEWED", LABEL), new OutcomeCode("REFUSED", LABEL));
    }

    private static SampleDesign with(SampleDesign d, FieldworkRules fieldwork) {
        return new SampleDesign(d.id(), d.version(), d.title(), d.description(), d.frame(), d.allocation(),
                d.stages(), fieldwork);
    }
}
