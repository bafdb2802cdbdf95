package vn.thuocdo.history;

import vn.thuocdo.forms.Input;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.units.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The checks every imported or typed row goes through, each refusal kept with its row and column so that a file is
 * refused as a whole with everything to fix at once. Strict: "85,5" and "85.5" are 85.5, "85,5%" or "1.000" are not.
 */
final class RowChecks {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Earliest year accepted: the PAR INDEX was first published for 2012, SIPAS for 2017; room for earlier trials. */
    static final int FIRST_YEAR = 2000;
    /** How far ahead a target may be set. */
    static final int TARGET_YEARS_AHEAD = 20;

    private static final Pattern MEASURE = Pattern.compile("(sipas|par)(:[a-z0-9][a-z0-9._-]{0,39})?");
    private static final Pattern VALUE = Pattern.compile("\\d{1,3}([.,]\\d{1,2})?");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9+-]{1,8}");

    private final List<Unit> units;
    private final HistoryLayout layout;
    private final List<HistoryRowError> errors = new ArrayList<>();

    /** {@code units}: the provinces (63 and 34) and ministries, which rows name. */
    RowChecks(List<Unit> units, HistoryLayout layout) {
        this.units = units;
        this.layout = layout;
    }

    /** A value as people write it: 90, not 9E+1 nor 90.00. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    List<HistoryRowError> errors() {
        return errors;
    }

    boolean full() {
        return errors.size() >= HistoryLayout.ERRORS_MAX;
    }

    void error(int row, Integer column, String key, Object... args) {
        if (!full()) {
            errors.add(new HistoryRowError(row, column == null ? null : layout.header(column), key, List.of(args)));
        }
    }

    /** A required cell present, cleaned; null (with its error) when empty. */
    String required(SheetRow row, int column) {
        String text = cleaned(row, column);
        if (text == null) {
            error(row.row(), column, "history.row.required");
        }
        return text;
    }

    static String cleaned(SheetRow row, int column) {
        String text = Input.clean(row.cell(column));
        return text.isEmpty() ? null : text;
    }

    /**
     * The unit a code names in a year, by its state on 31 December of that year: "31" in 2024 is the Hải Phòng of
     * before the reorganisation (T63-31), in 2025 the new one (T34-31); "02" (Hà Giang) in 2025 existed no more.
     * A system id (T34-31) names one unit, which must have existed that year too.
     */
    Unit unit(SheetRow row, int column, String text, Integer year) {
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (code.matches("\\d")) {
            // A code typed into a number cell loses its leading zero: 1 is Hà Nội's 01.
            code = "0" + code;
        }
        String wanted = code;
        List<Unit> named = units.stream().filter(u -> u.code().equals(wanted) || u.id().equals(wanted)).toList();
        if (named.isEmpty()) {
            error(row.row(), column, "history.row.unknownUnit", Input.visible(text, 40));
            return null;
        }
        if (year == null) {
            return null;
        }
        LocalDate day = LocalDate.of(year, 12, 31);
        return named.stream().filter(u -> u.validOn(day)).findFirst().orElseGet(() -> {
            Unit first = named.get(0);
            error(row.row(), column, "history.row.unitNotThatYear", Input.visible(text, 40), first.name(),
                    String.valueOf(year),
                    Formats.date(first.validFrom()), Formats.date(first.validTo()));
            return null;
        });
    }

    /** A year from {@link #FIRST_YEAR} to {@code latest}. */
    Integer year(SheetRow row, int column, String text, int latest, String laterKey) {
        if (text == null) {
            return null;
        }
        if (!WHOLE.matcher(text).matches()) {
            error(row.row(), column, "history.row.badYear", Input.visible(text, 20));
            return null;
        }
        int year = Integer.parseInt(text);
        if (year < FIRST_YEAR) {
            error(row.row(), column, "history.row.badYear", text);
            return null;
        }
        if (year > latest) {
            error(row.row(), column, laterKey, String.valueOf(year), String.valueOf(latest));
            return null;
        }
        return year;
    }

    String measure(SheetRow row, int column, String text) {
        if (text == null) {
            return null;
        }
        String measure = text.toLowerCase(Locale.ROOT);
        if (!MEASURE.matcher(measure).matches()) {
            error(row.row(), column, "history.row.badMeasure", Input.visible(text, 50));
            return null;
        }
        return measure;
    }

    /** A value from 0 to 100 with at most two decimals, either decimal mark. */
    BigDecimal value(SheetRow row, int column, String text) {
        if (text == null) {
            return null;
        }
        BigDecimal value = VALUE.matcher(text).matches() ? new BigDecimal(text.replace(',', '.')) : null;
        if (value == null || value.compareTo(HUNDRED) > 0) {
            error(row.row(), column, "history.row.badValue", Input.visible(text, 20));
            return null;
        }
        return value;
    }

    Integer rank(SheetRow row, int column, String text) {
        if (text == null) {
            return null;
        }
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 999) {
            error(row.row(), column, "history.row.badRank", Input.visible(text, 20));
            return null;
        }
        return Integer.parseInt(text);
    }

    String group(SheetRow row, int column, String text) {
        if (text == null) {
            return null;
        }
        if (!GROUP.matcher(text).matches()) {
            error(row.row(), column, "history.row.badGroup", Input.visible(text, 20));
            return null;
        }
        return text.toUpperCase(Locale.ROOT);
    }

    String note(SheetRow row, int column, String text) {
        if (text != null && (text.length() > 500 || Input.forbiddenAt(text) >= 0)) {
            error(row.row(), column, "history.row.badNote", 500);
            return null;
        }
        return text;
    }
}
