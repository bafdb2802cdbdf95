package vn.thuocdo.forms.questionnaire;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ExpressionParserTest {

    private static boolean holds(String text) {
        return Expressions.holds(text, Map.of(), null, LocalDate.of(2026, 11, 30));
    }

    private static ExpressionInvalid refusal(String text) {
        ExpressionInvalid invalid = catchThrowableOfType(() -> ExpressionParser.parse(text), ExpressionInvalid.class);
        assertThat(invalid).as("%s should be refused", text.length() > 60 ? text.substring(0, 60) + "…" : text)
                .isNotNull();
        return invalid;
    }

    @Test
    void multiplicationBindsTighterThanAdditionAndParenthesesOverrideIt() {
        assertThat(holds("1 + 2 * 3 = 7")).isTrue();
        assertThat(holds("(1 + 2) * 3 = 9")).isTrue();
        assertThat(holds("7 mod 3 + 8 div 4 = 3")).isTrue();
        assertThat(holds("-2 * 3 = -6")).isTrue();
    }

    @Test
    void operatorsOfOneLevelGroupFromTheLeft() {
        assertThat(holds("10 - 4 - 3 = 3")).isTrue();
        assertThat(holds("16 div 4 div 2 = 2")).isTrue();
    }

    @Test
    void andBindsTighterThanOrAndComparisonsTighterThanBoth() {
        assertThat(holds("1 = 1 or 1 = 2 and 1 = 2")).isTrue();
        assertThat(holds("(1 = 1 or 1 = 2) and 1 = 2")).isFalse();
        Expression tree = ExpressionParser.parse("${a} = 1 or ${b} < 2 and not(${c} = 3)");
        assertThat(tree).isInstanceOfSatisfying(Expression.Binary.class, or -> {
            assertThat(or.operator()).isEqualTo(Operator.OR);
            assertThat(or.right()).isInstanceOfSatisfying(Expression.Binary.class,
                    and -> assertThat(and.operator()).isEqualTo(Operator.AND));
        });
    }

    @Test
    void relationalOperatorsBindTighterThanEquality() {
        assertThat(holds("1 < 2 = 2 < 3")).isTrue();
        assertThat(holds("2 <= 2 and 3 >= 3 and 3 > 2 and 2 != 3")).isTrue();
    }

    @Test
    void readsReferencesTheAnswerBeingCheckedAndBothKindsOfQuotes() {
        Expression tree = ExpressionParser.parse("selected(${fruit}, \"apple\") and string-length(.) > 0");
        Set<String> references = new HashSet<>();
        tree.references(references);
        assertThat(references).containsExactly("fruit");
        assertThat(tree.usesSelf()).isTrue();
        // XPath has no escapes: a quote of the other kind is how a text holds one.
        assertThat(holds("\"it's\" = \"it's\" and 'a\"b' != ''")).isTrue();
        assertThat(refusal("'it''s' = 'x'").code()).isEqualTo("expression.unexpected");
    }

    @Test
    void refusesAnExpressionLongerThan1000CharactersBeforeReadingIt() {
        ExpressionInvalid invalid = refusal("1".repeat(100_000));
        assertThat(invalid.code()).isEqualTo("expression.tooLong");
        assertThat(invalid.args()).containsExactly(100_000, 1000);
        assertThat(refusal("1 = " + "1".repeat(997)).code()).isEqualTo("expression.tooLong");
    }

    @Test
    void refusesMoreThan200Tokens() {
        assertThat(refusal("1" + " + 1".repeat(100)).code()).isEqualTo("expression.tooManyTokens");
        assertThat(refusal("(".repeat(1000)).code()).isEqualTo("expression.tooManyTokens");
        assertThat(ExpressionParser.parse("1" + " + 1".repeat(99))).isNotNull();
    }

    @Test
    void refusesNestingDeeperThan32LevelsWithoutOverflowingTheStack() {
        assertThat(refusal("(".repeat(40) + "1" + ")".repeat(40)).code()).isEqualTo("expression.tooDeep");
        assertThat(refusal("not(".repeat(33) + "1" + ")".repeat(33)).code()).isEqualTo("expression.tooDeep");
        assertThat(refusal("-".repeat(150) + "1").code()).isEqualTo("expression.tooDeep");
        assertThat(ExpressionParser.parse("(".repeat(31) + "1" + ")".repeat(31))).isNotNull();
    }

    @Test
    void refusesAnUnterminatedStringWithWhereItStarts() {
        ExpressionInvalid invalid = refusal("${a} = 'yes");
        assertThat(invalid.code()).isEqualTo("expression.unterminatedString");
        assertThat(invalid.args()).containsExactly(8);
        assertThat(refusal("'" + "x".repeat(990)).code()).isEqualTo("expression.unterminatedString");
    }

    @Test
    void refusesCharactersNamesAndReferencesOutsideTheSubset() {
        assertThat(refusal("${a} | ${b}").code()).isEqualTo("expression.unexpectedCharacter");
        assertThat(refusal("${a} = 1\u0000").args()).containsExactly("U+0000", 9);
        assertThat(refusal("regex(${a}, '.*')").args()).containsExactly("regex", 1);
        assertThat(refusal("jr:choice-name(${a}, '${a}')").code()).isEqualTo("expression.unknownName");
        assertThat(refusal("true()").code()).isEqualTo("expression.unknownName");
        assertThat(refusal("${} = 1").code()).isEqualTo("expression.badReference");
        assertThat(refusal("${1a} = 1").code()).isEqualTo("expression.badReference");
        assertThat(refusal("${a = 1").code()).isEqualTo("expression.badReference");
        assertThat(refusal("$a = 1").code()).isEqualTo("expression.badReference");
    }

    @Test
    void refusesMalformedSequencesAndWrongArgumentCounts() {
        assertThat(refusal("1 2").code()).isEqualTo("expression.unexpected");
        assertThat(refusal("(1 = 1").code()).isEqualTo("expression.unexpectedEnd");
        assertThat(refusal("1 = 1)").code()).isEqualTo("expression.unexpected");
        assertThat(refusal("= 1").code()).isEqualTo("expression.unexpected");
        assertThat(refusal("and").code()).isEqualTo("expression.unexpected");
        assertThat(refusal("today(1)").args()).containsExactly("today", 0);
        assertThat(refusal("not()").args()).containsExactly("not", 1);
        assertThat(refusal("selected(${a})").code()).isEqualTo("expression.arity");
        assertThat(refusal("1" + "0".repeat(45)).code()).isEqualTo("expression.unexpected");
        assertThat(refusal("").code()).isEqualTo("expression.unexpectedEnd");
    }

    @Test
    void aHyphenAfterAKeywordIsASubtraction() {
        assertThat(holds("7 mod-2 = 1")).isTrue();
        assertThat(refusal("count-selectedx(${a})").code()).isEqualTo("expression.unknownName");
    }
}
