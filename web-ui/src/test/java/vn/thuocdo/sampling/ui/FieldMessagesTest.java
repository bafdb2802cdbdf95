package vn.thuocdo.sampling.ui;

import org.junit.jupiter.api.Test;
import vn.thuocdo.web.Messages;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal the form can give has a sentence in Vietnamese and in English that formats: a code without one would
 * reach a person (or a provincial system) as a bare key, a pattern that does not parse as a 500.
 */
class FieldMessagesTest {

    /** The codes of vn.thuocdo.forms (AnswerReader, FormDefinition) and of the sampling capability's own checks. */
    private static final List<String> CODES = List.of("field.required", "field.unknown", "field.wrongType",
            "field.textExpected", "field.tooLong", "field.controlCharacter", "field.tooManyMarks", "field.notInteger",
            "field.notWhole", "field.noGrouping", "field.badGrouping", "field.exponent", "field.numberTooLong",
            "field.notDecimal", "field.decimalComma", "field.tooManyDecimals", "field.belowMin", "field.aboveMax",
            "field.notEmail", "field.notPhone", "field.notDate", "field.notChoice", "field.notFrameTotal",
            "field.notDossierTotal", "sampling.answersTooLong");

    @Test
    void everyFieldRefusalHasAVietnameseAndAnEnglishSentence() {
        List<Object> args = List.of("Tổng số hộ", "1.5", "15", 2000L);
        for (String code : CODES) {
            String vi = Messages.text(code, args, null);
            String en = Messages.text(code, args, Locale.ENGLISH);
            assertThat(vi).as(code).isNotEqualTo(code).doesNotContain("{");
            assertThat(en).as(code).isNotEqualTo(code).isNotEqualTo(vi).doesNotContain("{");
        }
    }
}
