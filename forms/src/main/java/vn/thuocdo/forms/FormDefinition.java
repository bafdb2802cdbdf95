package vn.thuocdo.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned form of the methodology (e.g. the sampling request of a year). Its answers are read here, once, into
 * typed values, so the same rules hold in the UI, in imports and in the API.
 */
public record FormDefinition(String id, int version, Text title, Text description, List<Field> fields) {

    /**
     * The most characters a form's answers may take as JSON: the storage column's size. Every text counts twice
     * (a quote or a backslash is escaped), so a form whose bounds could overflow it is refused on load.
     */
    public static final int STORED_LIMIT = 8000;

    /** The reference used by rounds and stored with answers: {@code id@version}. */
    public String reference() {
        return id + "@" + version;
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Typed answers, or every refusal in field order (unknown fields first); never both. */
    public record Reading(Answers answers, List<FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * The one entry point for answers, wherever they come from. {@code raw} values are texts (screens, spreadsheets),
     * numbers (JSON) or dates (a date picker); anything else, a field the form lacks, or an answer the field's type
     * refuses is a {@link FieldError} naming that field.
     */
    public Reading read(Map<String, ?> raw) {
        Map<String, ?> given = raw == null ? Map.of() : raw;
        List<FieldError> errors = new ArrayList<>();
        for (String key : given.keySet()) {
            if (field(key).isEmpty()) {
                // The key is echoed back to the sender: bounded, and with its invisible characters shown.
                errors.add(new FieldError(Input.visible(String.valueOf(key), 64), "field.unknown", List.of()));
            }
        }
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Field field : fields) {
            AnswerReader.Outcome outcome = AnswerReader.read(field, given.get(field.key()));
            if (outcome.error() != null) {
                errors.add(outcome.error());
            } else if (outcome.answer() != null) {
                answers.put(field.key(), outcome.answer());
            } else if (field.required()) {
                errors.add(new FieldError(field.key(), "field.required", List.of()));
            }
        }
        return errors.isEmpty() ? new Reading(new Answers(answers), List.of())
                : new Reading(Answers.none(), List.copyOf(errors));
    }

    /** Every refusal for these answers, in field order; empty when they can be accepted. */
    public List<FieldError> check(Map<String, ?> raw) {
        return read(raw).errors();
    }

    /** The most characters these answers can take as JSON, from the fields' bounds. */
    int storedSizeBound() {
        int size = 2;
        for (Field field : fields) {
            size += field.key().length() + 6 + 2 * field.bound();
        }
        return size;
    }
}
