package vn.thuocdo.forms;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads one raw answer into its field's type. The raw value is a String (screens, forms, spreadsheets), a Number
 * (JSON), or a LocalDate (a date picker); anything else is the wrong type. Every text is bounded first, then
 * cleaned (NFC, trimmed), refused if it holds control characters, counted, and only then parsed: each step is
 * linear in a length that is already bounded, so no input costs more than its field's bound.
 */
public final class AnswerReader {

    /** How much longer than its bound a raw text may be before cleaning: decomposed Vietnamese takes up to 3 chars a letter. */
    private static final int RAW_SLACK = 4;
    private static final int SHOWN = 40;
    /** Unicode's stream-safe limit on marks in a row (UAX #15); Vietnamese needs two. */
    static final int MAX_MARKS = 30;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** Either an answer, or an error, or neither (the field was left empty). */
    public record Outcome(Answer answer, FieldError error) {
        public static final Outcome EMPTY = new Outcome(null, null);
    }

    private AnswerReader() {
    }

    /** Reads one raw value for {@code field}: the one place the parsing rules live (forms and questionnaires alike). */
    public static Outcome read(Field field, Object raw) {
        if (raw == null) {
            return Outcome.EMPTY;
        }
        if (raw instanceof String text) {
            return readText(field, text);
        }
        if (raw instanceof Number number) {
            return switch (field.type()) {
                case INTEGER -> wholeFromJson(field, number);
                case DECIMAL -> decimalFromJson(field, number);
                default -> refuse(field, "field.textExpected", number.toString());
            };
        }
        if (raw instanceof LocalDate date && field.type() == FieldType.DATE) {
            return new Outcome(new Answer.Day(date), null);
        }
        return refuse(field, "field.wrongType", kind(raw));
    }

    private static int firstLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                return i;
            }
        }
        return -1;
    }

    private static Outcome readText(Field field, String raw) {
        int bound = field.bound();
        if (raw.length() > bound * RAW_SLACK + 64) {
            return refuse(field, "field.tooLong", bound, raw.length());
        }
        int marks = Input.markRunAt(raw, MAX_MARKS);
        if (marks >= 0) {
            return refuse(field, "field.tooManyMarks", raw.codePointCount(0, marks) + 1, MAX_MARKS);
        }
        String text = Input.clean(raw);
        if (text.isEmpty()) {
            return Outcome.EMPTY;
        }
        int at = Input.forbiddenAt(text);
        if (at >= 0) {
            return refuse(field, "field.controlCharacter", text.codePointCount(0, at) + 1,
                    String.format("U+%04X", (int) text.charAt(at)));
        }
        // Only a long text spans lines: a name, an address or a number with a line break in it was pasted wrongly.
        int lineBreak = field.type() == FieldType.LONG_TEXT ? -1 : firstLineBreak(text);
        if (lineBreak >= 0) {
            return refuse(field, "field.lineBreak", text.codePointCount(0, lineBreak) + 1);
        }
        int length = text.codePointCount(0, text.length());
        if (length > bound) {
            return refuse(field, "field.tooLong", bound, length);
        }
        return switch (field.type()) {
            case TEXT, LONG_TEXT -> answer(new Answer.Words(text));
            case INTEGER -> whole(field, text);
            case DECIMAL -> decimal(field, text);
            case EMAIL -> Addresses.isEmail(text) ? answer(new Answer.Words(text))
                    : refuse(field, "field.notEmail", shown(text));
            case PHONE -> Addresses.isPhone(text) ? answer(new Answer.Words(text))
                    : refuse(field, "field.notPhone", shown(text));
            case DATE -> day(field, text);
            case CHOICE -> field.choices().stream().anyMatch(o -> o.key().equals(text)) ? answer(new Answer.Choice(text))
                    : refuse(field, "field.notChoice", shown(text),
                    field.choices().stream().map(Option::key).collect(Collectors.joining(", ")));
        };
    }

    private static Outcome whole(Field field, String text) {
        VietnameseNumbers.Parsed parsed = VietnameseNumbers.parseInteger(text, field.groupsThousands());
        if (parsed.value() != null) {
            return bounded(field, new Answer.Whole(parsed.value()), BigDecimal.valueOf(parsed.value()));
        }
        return switch (parsed.refusal()) {
            case DECIMAL -> !field.groupsThousands() && VietnameseNumbers.parseInteger(text, true).value() != null
                    ? refuse(field, "field.noGrouping", shown(text), text.replace(".", ""))
                    : refuse(field, "field.notWhole", shown(text));
            case EXPONENT -> refuse(field, "field.exponent", shown(text));
            case BAD_GROUPING -> refuse(field, "field.badGrouping", shown(text));
            case TOO_LONG -> refuse(field, "field.numberTooLong", shown(text));
            case NOT_A_NUMBER -> refuse(field, "field.notInteger", shown(text));
        };
    }

    /**
     * A decimal the Vietnamese way: a comma before the decimals, dots between thousands only where the field
     * groups them. "10.5" in a field without grouping is refused with the advice to write "10,5".
     */
    private static Outcome decimal(Field field, String text) {
        int comma = text.indexOf(',');
        String whole = comma < 0 ? text : text.substring(0, comma);
        String fraction = comma < 0 ? "" : text.substring(comma + 1);
        if (text.indexOf('e') >= 0 || text.indexOf('E') >= 0) {
            return refuse(field, "field.exponent", shown(text));
        }
        if (comma < 0 && !field.groupsThousands() && text.indexOf('.') == text.lastIndexOf('.') && text.indexOf('.') > 0) {
            return refuse(field, "field.decimalComma", shown(text), text.replace('.', ','));
        }
        boolean negative = whole.startsWith("-");
        VietnameseNumbers.Parsed digits = VietnameseNumbers.parseInteger(negative ? whole.substring(1) : whole,
                field.groupsThousands());
        if (digits.value() == null || (whole.length() > 1 && whole.charAt(negative ? 1 : 0) == '-')
                || (comma >= 0 && (fraction.isEmpty() || !allDigits(fraction)))) {
            return refuse(field, digits.refusal() == VietnameseNumbers.Refusal.TOO_LONG ? "field.numberTooLong"
                    : "field.notDecimal", shown(text));
        }
        if (fraction.length() > field.decimalDigits()) {
            return refuse(field, "field.tooManyDecimals", shown(text), field.decimalDigits());
        }
        BigDecimal value = new BigDecimal(digits.value() + (fraction.isEmpty() ? "" : "." + fraction));
        return decimalBounded(field, negative ? value.negate() : value);
    }

    private static Outcome wholeFromJson(Field field, Number number) {
        if (!Answers.integral(number)) {
            // 10.5, 1000.0 and 1e3 alike: a whole number is sent without a decimal point or an exponent.
            return refuse(field, "field.notWhole", number.toString());
        }
        BigInteger value = number instanceof BigInteger big ? big : BigInteger.valueOf(number.longValue());
        if (value.bitLength() > 62) {
            return refuse(field, "field.numberTooLong", shown(value.toString()));
        }
        return bounded(field, new Answer.Whole(value.longValue()), new BigDecimal(value));
    }

    private static Outcome decimalFromJson(Field field, Number number) {
        BigDecimal value;
        try {
            value = number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
        } catch (NumberFormatException infinite) {
            return refuse(field, "field.numberTooLong", number.toString());
        }
        // Magnitude first: stripping zeros from 1e999999999 must not be the first thing tried.
        if (value.precision() - value.scale() > VietnameseNumbers.MAX_DIGITS || value.scale() > 1000) {
            return refuse(field, "field.numberTooLong", shown(value.toString()));
        }
        value = value.stripTrailingZeros();
        if (value.scale() > field.decimalDigits()) {
            return refuse(field, "field.tooManyDecimals", shown(value.toPlainString()), field.decimalDigits());
        }
        return decimalBounded(field, value.scale() < 0 ? value.setScale(0) : value);
    }

    private static Outcome decimalBounded(Field field, BigDecimal value) {
        return bounded(field, new Answer.Decimal(value), value);
    }

    private static Outcome bounded(Field field, Answer answer, BigDecimal value) {
        if (field.min() != null && value.compareTo(BigDecimal.valueOf(field.min())) < 0) {
            return refuse(field, "field.belowMin", field.min());
        }
        if (field.max() != null && value.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            return refuse(field, "field.aboveMax", field.max());
        }
        return answer(answer);
    }

    private static Outcome day(Field field, String text) {
        try {
            LocalDate date = text.indexOf('-') == 4 ? LocalDate.parse(text) : LocalDate.parse(text, DAY);
            return answer(new Answer.Day(date));
        } catch (DateTimeParseException e) {
            return refuse(field, "field.notDate", shown(text));
        }
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** What a person sees of what they sent: invisible characters by their code, cut after a few words. */
    private static String shown(String text) {
        return Input.visible(text, SHOWN);
    }

    private static String kind(Object raw) {
        if (raw instanceof Boolean) {
            return "true/false";
        }
        if (raw instanceof Collection<?> || raw.getClass().isArray()) {
            return "[…]";
        }
        if (raw instanceof Map<?, ?>) {
            return "{…}";
        }
        return raw.getClass().getSimpleName();
    }

    private static Outcome answer(Answer answer) {
        return new Outcome(answer, null);
    }

    private static Outcome refuse(Field field, String code, Object... args) {
        return new Outcome(null, new FieldError(field.key(), code, List.of(args)));
    }
}
