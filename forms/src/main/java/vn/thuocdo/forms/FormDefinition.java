package vn.thuocdo.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A versioned form of the methodology (e.g. the sampling request of a year). Its answers are checked here, so
 * the same rules hold in the UI, in imports and in the API.
 */
public record FormDefinition(String id, int version, Text title, Text description, List<Field> fields) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    // Vietnamese numbers: 0xxxxxxxxx (10 digits) or +84 followed by 9 digits; spaces and dots allowed.
    private static final Pattern PHONE = Pattern.compile("^(0|\\+84)[0-9]{9,10}$");

    /** The reference used by rounds and stored with answers: {@code id@version}. */
    public String reference() {
        return id + "@" + version;
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** Every refusal for these answers, in field order; empty when they can be accepted. */
    public List<FieldError> check(Map<String, String> answers) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : answers.keySet()) {
            if (field(key).isEmpty()) {
                errors.add(new FieldError(key, "field.unknown", List.of()));
            }
        }
        for (Field field : fields) {
            String raw = answers.get(field.key());
            String value = raw == null ? "" : raw.strip();
            if (value.isEmpty()) {
                if (field.required()) {
                    errors.add(error(field, "field.required"));
                }
                continue;
            }
            checkValue(field, value).ifPresent(errors::add);
        }
        return errors;
    }

    private static Optional<FieldError> checkValue(Field field, String value) {
        switch (field.type()) {
            case INTEGER -> {
                long number;
                try {
                    number = Long.parseLong(value.replace(".", "").replace(" ", ""));
                } catch (NumberFormatException e) {
                    return Optional.of(error(field, "field.notInteger"));
                }
                if (field.min() != null && number < field.min()) {
                    return Optional.of(error(field, "field.belowMin", field.min()));
                }
                if (field.max() != null && number > field.max()) {
                    return Optional.of(error(field, "field.aboveMax", field.max()));
                }
            }
            case EMAIL -> {
                if (!EMAIL.matcher(value).matches()) {
                    return Optional.of(error(field, "field.notEmail"));
                }
            }
            case PHONE -> {
                if (!PHONE.matcher(value.replaceAll("[ .]", "")).matches()) {
                    return Optional.of(error(field, "field.notPhone"));
                }
            }
            case TEXT, LONG_TEXT -> { }
        }
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            return Optional.of(error(field, "field.tooLong", field.maxLength()));
        }
        return Optional.empty();
    }

    private static FieldError error(Field field, String code, Object... more) {
        return new FieldError(field.key(), code, List.of(more));
    }

    /** Answers as they are stored: trimmed, integers without grouping marks. */
    public Map<String, String> normalise(Map<String, String> answers) {
        var normal = new java.util.LinkedHashMap<String, String>();
        for (Field field : fields) {
            String raw = answers.get(field.key());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String value = raw.strip();
            normal.put(field.key(), field.type() == FieldType.INTEGER ? value.replace(".", "").replace(" ", "") : value);
        }
        return normal;
    }
}
