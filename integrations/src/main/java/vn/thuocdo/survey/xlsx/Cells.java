package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The values of XLSForm cells, read strictly: a yes/no, a number with a '.' decimal point, a text in Vietnamese
 * and English. Every text is bounded by its column before any pattern looks at it.
 */
final class Cells {

    static final int LABEL_MAX = 2000;
    static final int EXPRESSION_MAX = 1000;
    static final int NAME_MAX = 64;
    static final int WORD_MAX = 100;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

    private final String sheet;
    private final Columns columns;
    private final Problems problems;

    Cells(String sheet, Columns columns, Problems problems) {
        this.sheet = sheet;
        this.columns = columns;
        this.problems = problems;
    }

    String text(Line line, String column, int max) {
        return columns.text(line, column, max);
    }

    /**
     * {@code base::vi} and {@code base::en} as a text object, or null when both are empty; English without
     * Vietnamese is refused, Vietnamese being the text people read first.
     */
    ObjectNode translated(Line line, String base, int max) {
        String vi = columns.text(line, base + "::" + Columns.VI, max);
        String en = columns.text(line, base + "::" + Columns.EN, max);
        if (vi == null && en == null) {
            return null;
        }
        if (vi == null) {
            problems.at(sheet, line.row(), base + "::" + Columns.VI, "xlsform.vietnameseMissing", base);
            return null;
        }
        ObjectNode text = JsonNodeFactory.instance.objectNode().put("vi", vi);
        return en == null ? text : text.put("en", en);
    }

    /** yes/true/TRUE() or no/false/FALSE()/empty; anything else (an expression ODK would take) is refused. */
    boolean yesNo(Line line, String column) {
        String text = columns.text(line, column, WORD_MAX);
        if (text == null) {
            return false;
        }
        switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "true()", "có" -> {
                return true;
            }
            case "no", "false", "false()", "không" -> {
                return false;
            }
            default -> {
                problems.at(sheet, line.row(), columns.header(column), "xlsform.notYesNo", columns.header(column), text);
                return false;
            }
        }
    }

    /** A number such as 12 or 0.5, or null when empty or refused. */
    BigDecimal number(Line line, String column) {
        String text = columns.text(line, column, WORD_MAX);
        if (text == null) {
            return null;
        }
        if (!NUMBER.matcher(text).matches()) {
            problems.at(sheet, line.row(), columns.header(column), "xlsform.notNumber", columns.header(column), text);
            return null;
        }
        return new BigDecimal(text);
    }

    /** A whole number (bounds of a number question), or null when empty or refused. */
    Long whole(Line line, String column) {
        BigDecimal number = number(line, column);
        if (number == null) {
            return null;
        }
        if (number.stripTrailingZeros().scale() > 0) {
            problems.at(sheet, line.row(), columns.header(column), "xlsform.notWhole", columns.header(column),
                    number.toPlainString());
            return null;
        }
        return number.longValueExact();
    }

    /** A whole number of 0 or more, or null when empty or refused. */
    Integer count(Line line, String column) {
        BigDecimal number = number(line, column);
        if (number == null) {
            return null;
        }
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0
                || number.compareTo(BigDecimal.valueOf(1_000_000_000)) > 0) {
            problems.at(sheet, line.row(), columns.header(column), "xlsform.notCount", columns.header(column),
                    number.toPlainString());
            return null;
        }
        return number.intValueExact();
    }
}
