package vn.thuocdo.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A form's accepted answers, typed, in the form's field order; a field left empty has no entry. */
public final class Answers {

    private static final Answers NONE = new Answers(Map.of());

    private final Map<String, Answer> byKey;

    Answers(Map<String, Answer> byKey) {
        this.byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public static Answers none() {
        return NONE;
    }

    public Optional<Answer> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** A whole-number answer; empty when the field was left empty or is not a whole number. */
    public Optional<Long> whole(String key) {
        return byKey.get(key) instanceof Answer.Whole whole ? Optional.of(whole.value()) : Optional.empty();
    }

    /** What a person would type into the field to give this answer again; "" when empty. */
    public String editable(String key) {
        Answer answer = byKey.get(key);
        return answer == null ? "" : answer.editable();
    }

    /** The answer as a read-only screen shows it: numbers and dates the Vietnamese way, a choice by its label. */
    public String shown(Field field, Locale locale) {
        Answer answer = byKey.get(field.key());
        if (answer == null) {
            return "";
        }
        // Java 17: no pattern switch yet.
        if (answer instanceof Answer.Whole whole) {
            return VietnameseFormats.number(whole.value());
        }
        if (answer instanceof Answer.Decimal decimal) {
            return VietnameseFormats.number(decimal.value());
        }
        if (answer instanceof Answer.Day day) {
            return VietnameseFormats.date(day.date());
        }
        if (answer instanceof Answer.Choice choice) {
            return field.choices().stream().filter(o -> o.key().equals(choice.key()))
                    .findFirst().map(o -> o.label().in(locale)).orElse(choice.key());
        }
        return answer.editable();
    }

    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    public Map<String, Answer> asMap() {
        return byKey;
    }

    /** The answers as they are written to JSON storage: numbers stay numbers. */
    public Map<String, Object> stored() {
        Map<String, Object> stored = new LinkedHashMap<>();
        byKey.forEach((key, answer) -> stored.put(key, answer.stored()));
        return stored;
    }

    /**
     * Answers read back from storage, typed by the form they were given on. Rows written before answers were typed
     * hold every value as text ("650000"); those read as the type too. A value the type cannot read (hand-edited
     * data) is kept as words rather than lost or failing the whole request.
     */
    public static Answers fromStored(FormDefinition form, Map<String, ?> stored) {
        Map<String, Answer> typed = new LinkedHashMap<>();
        for (Field field : form.fields()) {
            Object value = stored.get(field.key());
            if (value != null) {
                typed.put(field.key(), storedAnswer(field, value));
            }
        }
        for (Map.Entry<String, ?> entry : stored.entrySet()) {
            if (form.field(entry.getKey()).isEmpty() && entry.getValue() != null) {
                typed.put(entry.getKey(), new Answer.Words(entry.getValue().toString()));
            }
        }
        return new Answers(typed);
    }

    private static Answer storedAnswer(Field field, Object value) {
        String text = value.toString();
        try {
            return switch (field.type()) {
                case INTEGER -> value instanceof Number n && integral(n)
                        ? new Answer.Whole(n.longValue()) : new Answer.Whole(Long.parseLong(text));
                case DECIMAL -> new Answer.Decimal(new BigDecimal(text));
                case DATE -> new Answer.Day(LocalDate.parse(text));
                case CHOICE -> new Answer.Choice(text);
                default -> new Answer.Words(text);
            };
        } catch (RuntimeException unreadable) {
            return new Answer.Words(text);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && answers.byKey.equals(byKey);
    }

    @Override
    public int hashCode() {
        return byKey.hashCode();
    }

    @Override
    public String toString() {
        return byKey.toString();
    }

    static boolean integral(Number number) {
        return number instanceof Long || number instanceof Integer || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger;
    }
}
