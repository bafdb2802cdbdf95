package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import vn.thuocdo.forms.Text;

/**
 * One question as its definition states it. {@code choices} names a list of the questionnaire's {@code choiceLists};
 * {@code relevant} and {@code constraint} are expressions (see {@code docs/questionnaires.md}); {@code allowNotValid}
 * accepts the questionnaire's not-valid keys ("na", "dk") as answers; {@code min}/{@code max} bound numbers,
 * {@code maxLength} texts, {@code decimals} a DECIMAL's digits after the comma; {@code element} ties a SATISFACTION
 * item to an element of the grouping. Null means not set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "kind", "label", "hint", "choices", "required", "relevant", "constraint",
        "constraintMessage", "allowNotValid", "min", "max", "maxLength", "decimals", "element"})
public record Question(String id, QuestionKind kind, Text label, Text hint, String choices, boolean required,
                       String relevant, String constraint, Text constraintMessage, boolean allowNotValid,
                       Long min, Long max, Integer maxLength, Integer decimals, String element) {
}
