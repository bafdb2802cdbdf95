package vn.thuocdo.web;

import java.util.List;
import java.util.Locale;

/**
 * The one error body of {@code /api/**}: a message key, the sentence in the caller's language, and the fields it
 * concerns ({@code fields} is always present, empty when no field is concerned), so a sending system can both
 * branch on the key and show the sentence.
 */
public record ApiError(String error, String message, List<FieldProblem> fields) {

    public ApiError {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** One field's reason: its key in the body, the rule's code and the sentence. */
    public record FieldProblem(String field, String error, String message) {
    }

    /** A refusal that concerns no single field, worded from the bundles. */
    public static ApiError of(String key, List<Object> args, Locale locale) {
        return new ApiError(key, Messages.text(key, args, locale), List.of());
    }

    /** A refusal of one field: the body's sentence is the field's, so a caller that reads only it still knows. */
    public static ApiError ofField(String code, String field, List<Object> args, Locale locale) {
        String sentence = Messages.text(code, args, locale);
        return new ApiError(code, sentence, List.of(new FieldProblem(field, code, sentence)));
    }
}
