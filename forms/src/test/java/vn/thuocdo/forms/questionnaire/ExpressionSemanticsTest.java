package vn.thuocdo.forms.questionnaire;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.Answer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExpressionSemanticsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static boolean holds(String text, Map<String, Answer> answers) {
        return Expressions.holds(text, answers, null, TODAY);
    }

    private static boolean holds(String text) {
        return holds(text, Map.of());
    }

    @Test
    void aComparisonWithAnUnansweredQuestionIsFalseExceptEqualToTheEmptyText() {
        assertThat(holds("${x} = ''")).isTrue();
        assertThat(holds("${x} != ''")).isFalse();
        assertThat(holds("${x} = 'a'")).isFalse();
        assertThat(holds("${x} != 'a'")).isFalse();
        assertThat(holds("${x} > 3")).isFalse();
        assertThat(holds("${x} <= 3")).isFalse();
        assertThat(holds("not(${x} = 'a')")).isTrue();
        assertThat(holds("${x} != ''", Map.of("x", new Answer.Words("An")))).isTrue();
    }

    @Test
    void numbersCompareAsNumbersEvenWhenAChoiceKeyHoldsThem() {
        Map<String, Answer> answers = Map.of("score", new Answer.Choice("10"), "age", new Answer.Whole(9));
        assertThat(holds("${score} > 9", answers)).isTrue();
        assertThat(holds("${score} > ${age}", answers)).isTrue();
        assertThat(holds("'10' > '9'")).isTrue();
        assertThat(holds("${score} = '10'", answers)).isTrue();
        assertThat(holds("${score} = 10.0", answers)).isTrue();
        assertThat(holds("0.1 + 0.2 = 0.3")).isTrue();
    }

    @Test
    void aTextThatIsNoNumberIsOnlyDifferentFromANumber() {
        Map<String, Answer> answers = Map.of("name", new Answer.Words("An"));
        assertThat(holds("${name} = 1", answers)).isFalse();
        assertThat(holds("${name} != 1", answers)).isTrue();
        assertThat(holds("${name} > 1", answers)).isFalse();
        assertThat(holds("'b' > 'a'")).isFalse();
    }

    @Test
    void selectedAndCountSelectedReadAMultipleChoice() {
        Map<String, Answer> answers = Map.of("fruit", new Answer.Choices(List.of("apple", "plum")),
                "used", new Answer.Choice("yes"));
        assertThat(holds("selected(${fruit}, 'plum') and not(selected(${fruit}, 'pear'))", answers)).isTrue();
        assertThat(holds("count-selected(${fruit}) = 2", answers)).isTrue();
        assertThat(holds("count-selected(${nothing}) = 0", answers)).isTrue();
        assertThat(holds("selected(${used}, 'yes')", answers)).isTrue();
        assertThat(holds("${fruit} = 'apple plum'", answers)).isTrue();
    }

    @Test
    void aNotValidAnswerComparesAsItsKey() {
        Map<String, Answer> answers = Map.of("item", new Answer.NotValid("dk"));
        assertThat(holds("${item} = 'dk'", answers)).isTrue();
        assertThat(holds("${item} >= 4", answers)).isFalse();
    }

    @Test
    void stringLengthCountsLettersNotUtf16Units() {
        Map<String, Answer> answers = Map.of("name", new Answer.Words("Nguyễn 𝔸"));
        assertThat(holds("string-length(${name}) = 8", answers)).isTrue();
        assertThat(holds("string-length(${nothing}) = 0")).isTrue();
    }

    @Test
    void todayIsTheDayGivenAndDatesCompareAndSubtractAsDays() {
        Map<String, Answer> answers = Map.of("visit", new Answer.Day(LocalDate.of(2026, 11, 1)));
        assertThat(holds("${visit} <= today()", answers)).isTrue();
        assertThat(holds("today() - ${visit} = 29", answers)).isTrue();
        assertThat(holds("${visit} = '2026-11-01'", answers)).isTrue();
        assertThat(holds("${visit} < '2026-13-01'", answers)).isFalse();
    }

    @Test
    void divisionByZeroAndOverflowGiveNoNumberRatherThanAnError() {
        assertThat(holds("1 div 0 = 0")).isFalse();
        assertThat(holds("1 div 0 != 0")).isFalse();
        assertThat(holds("5 mod 0 >= 0")).isFalse();
        Map<String, Answer> answers = Map.of("big", new Answer.Decimal(new BigDecimal("1E+1500000000")),
                "tiny", new Answer.Decimal(new BigDecimal("1E-1500000000")));
        assertThat(holds("${big} * ${big} > 0", answers)).isFalse();
        assertThat(holds("${big} mod ${tiny} >= 0", answers)).isFalse();
    }

    @Test
    void theAnswerBeingCheckedIsTheDot() {
        assertThat(Expressions.holds(". >= 18 and . <= 120", Map.of(), new Answer.Whole(42), TODAY)).isTrue();
        assertThat(Expressions.holds(". >= 18", Map.of(), new Answer.Whole(12), TODAY)).isFalse();
    }
}
