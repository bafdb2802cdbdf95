package vn.thuocdo.forms.improvement;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SelectionRulesTest {

    @Test
    void theShippedRuleIsValidAndLabelledAnAssumption() {
        SelectionRule rule = SelectionRules.shipped();
        assertThat(rule.reference()).isEqualTo("improvement-selection@1");
        assertThat(rule.provisional()).isTrue();
        assertThat(rule.description().vi()).contains("[A]");
        assertThat(rule.weakestAreas()).isEqualTo(2);
        assertThat(rule.weakestElements()).isEqualTo(1);
        assertThat(rule.criterionBelow()).isEqualByComparingTo("0.5");
        assertThat(rule.maxItems()).isEqualTo(12);
    }

    @Test
    void anInvalidRuleIsRejectedWithEveryReasonInVietnameseAndEnglish() {
        String json = """
                {"id": "Bad Id", "version": 0, "title": {"vi": "t"}, "description": {"vi": "d"},
                 "weakestAreas": 30, "weakestElements": "one", "criterionBelow": 1.5, "maxItems": 12}""";
        SelectionRuleInvalid invalid = catchThrowableOfType(SelectionRuleInvalid.class,
                () -> SelectionRules.parse("rule.json", json));
        assertThat(invalid.problems()).extracting(SelectionProblem::at)
                .containsExactly("id", "version", "weakestAreas", "weakestElements", "criterionBelow");
        assertThat(invalid.message(Locale.forLanguageTag("vi")))
                .contains("weakestAreas: giá trị 30 phải từ 0 đến 20")
                .contains("criterionBelow: ngưỡng tỷ lệ phải từ 0 đến 1, đang là 1.5");
        assertThat(invalid.getMessage()).startsWith("rule.json: ").contains("the threshold share must be");
    }

    @Test
    void unreadableTooLargeAndEmptyRulesAreRejected() {
        assertThatThrownBy(() -> SelectionRules.parse("r", "{not json"))
                .isInstanceOf(SelectionRuleInvalid.class).hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> SelectionRules.parse("r", " ".repeat(20_001)))
                .isInstanceOf(SelectionRuleInvalid.class).hasMessageContaining("longer than 20,000");
        assertThatThrownBy(() -> SelectionRules.parse("r", """
                {"id": "x", "version": 1, "title": {"vi": "t"}, "description": {"vi": "d"},
                 "weakestAreas": 0, "weakestElements": 0, "criterionBelow": 0, "maxItems": 5}"""))
                .isInstanceOf(SelectionRuleInvalid.class).hasMessageContaining("chooses nothing");
        assertThatThrownBy(() -> SelectionRules.parse("r", """
                {"id": "x", "version": 1, "title": {"vi": "t"}, "description": {"vi": "d"},
                 "weakestAreas": 4, "weakestElements": 2, "criterionBelow": 0.5, "maxItems": 5}"""))
                .isInstanceOf(SelectionRuleInvalid.class).hasMessageContaining("at most 5 items");
    }

    @Test
    void choosesTheWeakestAreasAndElementsAndEveryCriterionBelowTheThreshold() {
        List<Candidate> numbers = List.of(
                new Candidate(ItemKind.AREA, "1", "Chỉ đạo", new BigDecimal("0.90")),
                new Candidate(ItemKind.AREA, "2", "Thể chế", new BigDecimal("0.60")),
                new Candidate(ItemKind.AREA, "3", "TTHC", new BigDecimal("0.75")),
                new Candidate(ItemKind.AREA, "4", "Tổ chức", new BigDecimal("0.60")),
                new Candidate(ItemKind.ELEMENT, "access", "Tiếp cận", new BigDecimal("0.81")),
                new Candidate(ItemKind.ELEMENT, "feedback", "Góp ý", new BigDecimal("0.70")),
                new Candidate(ItemKind.ELEMENT, "results", "Kết quả", null),
                new Candidate(ItemKind.CRITERION, "2.1", "a", new BigDecimal("0.40")),
                new Candidate(ItemKind.CRITERION, "2.2", "b", new BigDecimal("0.50")),
                new Candidate(ItemKind.CRITERION, "3.1", "c", new BigDecimal("0.10")));
        List<Candidate> chosen = SelectionRules.choose(SelectionRules.shipped(), numbers);
        // Areas 2 and 4 tie at 60%: both are the weakest two, by code; 2.2 at exactly 50% is not below it.
        assertThat(chosen).extracting(Candidate::code).containsExactly("2", "4", "feedback", "3.1", "2.1");
    }

    @Test
    void theCapKeepsTheWeakestCriteria() {
        SelectionRule rule = SelectionRules.parse("r", """
                {"id": "x", "version": 1, "title": {"vi": "t"}, "description": {"vi": "d"},
                 "weakestAreas": 1, "weakestElements": 0, "criterionBelow": 0.9, "maxItems": 2}""");
        List<Candidate> chosen = SelectionRules.choose(rule, List.of(
                new Candidate(ItemKind.AREA, "1", "a", new BigDecimal("0.5")),
                new Candidate(ItemKind.CRITERION, "1.1", "b", new BigDecimal("0.3")),
                new Candidate(ItemKind.CRITERION, "1.2", "c", new BigDecimal("0.2"))));
        assertThat(chosen).extracting(Candidate::code).containsExactly("1", "1.2");
    }
}
