package vn.thuocdo.forms.questionnaire;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.Answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpressionTreeTest {

    @Test
    void theTreeKeepsPrecedenceOperatorsFunctionsAndExactNumbers() {
        Map<String, Object> tree = ExpressionTree.parse("selected(${a}, 'x') or -${b} * 2 >= 0.10 and . != ''").toJson();
        assertThat(tree).isEqualTo(Map.of("op", "or",
                "left", Map.of("call", "selected", "args", List.of(Map.of("ref", "a"), Map.of("text", "x"))),
                "right", Map.of("op", "and",
                        "left", Map.of("op", ">=",
                                "left", Map.of("op", "*", "left", Map.of("neg", Map.of("ref", "b")),
                                        "right", Map.of("num", "2")),
                                "right", Map.of("num", "0.10")),
                        "right", Map.of("op", "!=", "left", Map.of("self", true), "right", Map.of("text", "")))));
    }

    @Test
    void itEvaluatesAsTheQuestionnaireDoes() {
        ExpressionTree tree = ExpressionTree.parse("${x} != 'no'");
        assertThat(tree.holds(Map.of(), null, LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(tree.holds(Map.of("x", new Answer.Choice("yes")), null, LocalDate.of(2026, 12, 1))).isTrue();
    }

    @Test
    void aTextThatDoesNotParseIsRefusedByTheSameParser() {
        assertThatThrownBy(() -> ExpressionTree.parse("${x} = ")).isInstanceOf(ExpressionInvalid.class);
    }
}
