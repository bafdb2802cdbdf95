package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Answer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an expression works on, as in ODK: an unanswered question is {@link Missing}; numbers are exact decimals;
 * a multiple choice is its list of keys. Conversions follow XPath where the types differ.
 */
sealed interface Value {

    Missing MISSING = new Missing();

    /** No answer: the question was skipped, not relevant or left empty. */
    record Missing() implements Value {
    }

    record Words(String text) implements Value {
    }

    record Number(BigDecimal value) implements Value {
    }

    record Bool(boolean value) implements Value {
    }

    record Day(LocalDate date) implements Value {
    }

    record Keys(List<String> keys) implements Value {
    }

    static Value of(Answer answer) {
        if (answer == null) {
            return MISSING;
        }
        if (answer instanceof Answer.Whole whole) {
            return new Number(BigDecimal.valueOf(whole.value()));
        }
        if (answer instanceof Answer.Decimal decimal) {
            return new Number(decimal.value());
        }
        if (answer instanceof Answer.Day day) {
            return new Day(day.date());
        }
        if (answer instanceof Answer.Choices choices) {
            return new Keys(choices.keys());
        }
        // Words, a single choice's key, a not-valid key ("na", "dk"): compared as their text.
        return new Words(answer.editable());
    }

    /** XPath boolean(): empty, zero and false are false; anything else true. */
    default boolean truth() {
        if (this instanceof Bool bool) {
            return bool.value();
        }
        if (this instanceof Number number) {
            return number.value().signum() != 0;
        }
        if (this instanceof Words words) {
            return !words.text().isEmpty();
        }
        if (this instanceof Keys keys) {
            return !keys.keys().isEmpty();
        }
        return this instanceof Day;
    }

    /** XPath number(): null where there is no number (XPath's NaN), a date as days since 1970-01-01 as in ODK. */
    default BigDecimal number() {
        if (this instanceof Number number) {
            return number.value();
        }
        if (this instanceof Bool bool) {
            return bool.value() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (this instanceof Day day) {
            return BigDecimal.valueOf(day.date().toEpochDay());
        }
        if (this instanceof Words words) {
            return parseNumber(words.text().strip());
        }
        return null;
    }

    /** XPath string(): what {@code string-length} counts and text comparisons compare. */
    default String text() {
        if (this instanceof Words words) {
            return words.text();
        }
        if (this instanceof Number number) {
            BigDecimal value = number.value().stripTrailingZeros();
            return (value.scale() < 0 ? value.setScale(0) : value).toPlainString();
        }
        if (this instanceof Bool bool) {
            return bool.value() ? "true" : "false";
        }
        if (this instanceof Day day) {
            return day.date().toString();
        }
        if (this instanceof Keys keys) {
            return String.join(" ", keys.keys());
        }
        return "";
    }

    /** An empty value: missing, empty text or no keys ticked. */
    default boolean empty() {
        return this instanceof Missing || text().isEmpty();
    }

    /** A number as an expression writes it ('.' before decimals, no grouping); at most 40 characters, or null. */
    static BigDecimal parseNumber(String text) {
        if (text.isEmpty() || text.length() > 40) {
            return null;
        }
        int start = text.charAt(0) == '-' ? 1 : 0;
        int dots = 0;
        int digits = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                dots++;
            } else if (c >= '0' && c <= '9') {
                digits++;
            } else {
                return null;
            }
        }
        return dots <= 1 && digits > 0 ? new BigDecimal(text) : null;
    }
}
