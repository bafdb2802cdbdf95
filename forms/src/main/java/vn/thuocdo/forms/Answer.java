package vn.thuocdo.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One accepted answer, typed as its field says: read once at the edge (screen, API, spreadsheet) and kept typed
 * through storage to the screen, so a number never travels as text that something could "normalise" into another.
 */
public sealed interface Answer {

    /** The value as stored in JSON: numbers as numbers, dates as ISO text, the rest as text. */
    Object stored();

    /** The value as a person types it back into its field (no grouping, decimal comma, dd/MM/yyyy). */
    String editable();

    record Whole(long value) implements Answer {
        public Object stored() {
            return value;
        }

        public String editable() {
            return Long.toString(value);
        }
    }

    record Decimal(BigDecimal value) implements Answer {
        public Object stored() {
            return value;
        }

        public String editable() {
            return value.toPlainString().replace('.', ',');
        }
    }

    record Words(String text) implements Answer {
        public Object stored() {
            return text;
        }

        public String editable() {
            return text;
        }
    }

    record Day(LocalDate date) implements Answer {
        public Object stored() {
            return date.toString();
        }

        public String editable() {
            return VietnameseFormats.date(date);
        }
    }

    record Choice(String key) implements Answer {
        public Object stored() {
            return key;
        }

        public String editable() {
            return key;
        }
    }
    /** The keys ticked on a multiple-choice question, in the order its list offers them. */
    record Choices(List<String> keys) implements Answer {
        public Choices {
            keys = List.copyOf(keys);
        }

        public Object stored() {
            return keys;
        }

        /** Space-separated, as ODK and XLSForm keep a multiple choice. */
        public String editable() {
            return String.join(" ", keys);
        }
    }

    /**
     * An answer that counts as not valid for the index ("na" not applicable, "dk" don't know): given, so a required
     * question is answered, but left out of the share of satisfied answers.
     */
    record NotValid(String key) implements Answer {
        public Object stored() {
            return key;
        }

        public String editable() {
            return key;
        }
    }
}
