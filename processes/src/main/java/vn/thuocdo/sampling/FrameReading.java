package vn.thuocdo.sampling;

import vn.thuocdo.forms.FrameColumn;
import vn.thuocdo.forms.FrameColumnType;
import vn.thuocdo.forms.FrameDefinition;
import vn.thuocdo.forms.Input;
import vn.thuocdo.forms.VietnameseNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The template's rules applied to a sheet as read: the right sheet and exactly its headers, then every cell of
 * every row, then no row twice, then a totals row at the bottom if there is one. Pure, so any adapter (and the
 * tests) get the same answer; all-or-nothing, so a file with one bad cell yields every error and no rows. Rows are
 * handed on one at a time, so a sheet of a million rows is checked without holding it.
 */
public final class FrameReading {

    /** Beyond this many errors the file is clearly not the template filled in; more would only bury the first ones. */
    static final int MAX_ERRORS = 500;
    /** What people write as the label of the totals row they add at the bottom, compared as {@link Input#comparable}. */
    static final Set<String> TOTAL_LABELS = Set.of("tổng cộng", "tổng", "cộng", "tổng số");
    /** White space of any kind inside a text (no-break spaces, tabs, line breaks) becomes one plain space. */
    private static final Pattern INNER_SPACE = Pattern.compile("[\\s\\p{Z}\\u200B\\u2060\\uFEFF]+");
    /** A value shown back in a message is cut here: enough to recognise it. */
    private static final int SHOWN = 60;

    private FrameReading() {
    }

    /** What a sheet came to: how many rows were accepted, and the row of its totals row (0 when it had none). */
    public record Checked(int rows, int totalRow) {
    }

    /** Every accepted row, in order; for sheets small enough to hold (a sheet typed on screen, tests). */
    public static List<FrameLine> check(FrameDefinition frame, FrameSheet sheet) {
        List<FrameLine> rows = new ArrayList<>();
        check(frame, sheet, rows::add);
        return rows;
    }

    /**
     * Hands each accepted row to {@code accepted} as it is read. A later row may still make the sheet invalid,
     * so the caller must treat what it received as provisional until this returns.
     *
     * @throws InvalidFrame with every error of the sheet (up to {@link #MAX_ERRORS})
     */
    public static Checked check(FrameDefinition frame, FrameSheet sheet, Consumer<FrameLine> accepted) {
        if (!sheet.present()) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.noSheet", frame.sheet())));
        }
        List<FrameError> errors = headerErrors(frame, sheet.headers());
        if (!errors.isEmpty()) {
            // Under the wrong headers, cell errors would describe columns the person never meant.
            throw new InvalidFrame(errors);
        }
        SheetCheck pass = new SheetCheck(frame, accepted);
        sheet.rows().read(pass::line);
        return pass.finish();
    }

    /** Whether the sheet has a row with anything in it: a sheet left as the template gave it is not filled in. */
    public static boolean hasData(FrameSheet sheet) {
        boolean[] found = {false};
        sheet.rows().read(line -> {
            found[0] = !blank(line);
            return !found[0];
        });
        return found[0];
    }

    /** Whether headers read from a sheet are the frame's, whatever the sheet is called. */
    public static boolean hasHeadersOf(FrameDefinition frame, List<Object> headers) {
        return headerErrors(frame, headers).isEmpty();
    }

    private static List<FrameError> headerErrors(FrameDefinition frame, List<Object> headers) {
        List<FrameError> errors = new ArrayList<>();
        for (int i = 0; i < frame.columns().size(); i++) {
            String expected = frame.columns().get(i).header();
            String found = i < headers.size() ? clean(headers.get(i)) : "";
            if (!Input.comparable(expected).equals(Input.comparable(found))) {
                errors.add(new FrameError(1, letter(i), found.isEmpty() ? "frame.missingHeader" : "frame.wrongHeader",
                        found.isEmpty() ? List.of(expected) : List.of(expected, shown(found))));
            }
        }
        for (int i = frame.columns().size(); i < headers.size(); i++) {
            if (!blank(headers.get(i))) {
                errors.add(new FrameError(1, letter(i), "frame.extraColumn", List.of(shown(clean(headers.get(i))))));
            }
        }
        return errors;
    }

    /** One pass over a sheet's rows: the errors so far, the keys seen, the column sums, a pending totals row. */
    private static final class SheetCheck {
        private final FrameDefinition frame;
        private final Consumer<FrameLine> accepted;
        private final List<FrameError> errors = new ArrayList<>();
        private final SeenKeys seen = new SeenKeys();
        private final long[] sums;
        private final int duplicateColumn;
        private FrameSheet.Line total;
        private int rows;

        SheetCheck(FrameDefinition frame, Consumer<FrameLine> accepted) {
            this.frame = frame;
            this.accepted = accepted;
            this.sums = new long[frame.columns().size()];
            this.duplicateColumn = frame.indexOf(frame.uniqueBy().get(frame.uniqueBy().size() - 1));
        }

        boolean line(FrameSheet.Line line) {
            if (blank(line)) {
                return true;
            }
            if (total != null) {
                // Rows under a totals row: either it was not the total, or these rows are not in it.
                errors.add(new FrameError(total.number(), null, "frame.totalNotLast", List.of()));
                total = null;
            }
            if (isTotal(frame, line)) {
                total = line;
                return true;
            }
            Object[] values = new Object[frame.columns().size()];
            boolean valid = true;
            for (int i = 0; i < values.length; i++) {
                FrameColumn column = frame.columns().get(i);
                Object cell = i < line.cells().size() ? line.cells().get(i) : null;
                Object value = value(column, cell, line.number(), letter(i), errors);
                valid &= value != null || blank(cell) && !column.required();
                values[i] = value;
            }
            if (valid) {
                int first = seen.firstOrAdd(uniqueKey(frame, values), line.number());
                if (first != 0) {
                    errors.add(new FrameError(line.number(), letter(duplicateColumn), "frame.duplicate",
                            List.of(first, uniqueHeaders(frame))));
                } else {
                    for (int i = 0; i < values.length; i++) {
                        if (values[i] instanceof Long number) {
                            sums[i] += number;
                        }
                    }
                    rows++;
                    accepted.accept(row(frame, line.number(), values));
                }
            }
            return errors.size() < MAX_ERRORS;
        }

        Checked finish() {
            int totalRow = total == null ? 0 : total.number();
            if (total != null && errors.isEmpty()) {
                // Only over rows that all passed: a refused row is missing from the sums, and a difference it
                // caused would send the person looking for a second mistake that is not there.
                checkTotal();
            }
            if (!errors.isEmpty()) {
                throw new InvalidFrame(errors);
            }
            if (rows == 0) {
                throw new InvalidFrame(List.of(FrameError.ofFile("frame.empty", frame.sheet())));
            }
            return new Checked(rows, totalRow);
        }

        /** Each figure of the totals row must be its column's sum; a cell left empty (no cached value) is not checked. */
        private void checkTotal() {
            for (int i = 0; i < frame.columns().size(); i++) {
                FrameColumn column = frame.columns().get(i);
                Object cell = i < total.cells().size() ? total.cells().get(i) : null;
                if (column.type() != FrameColumnType.INTEGER || blank(cell)) {
                    continue;
                }
                Object stated = integer(column, cell, total.number(), letter(i), errors);
                if (stated instanceof Long value && value != sums[i]) {
                    errors.add(new FrameError(total.number(), letter(i), "frame.totalMismatch",
                            List.of(column.header(), value, sums[i], value - sums[i])));
                }
            }
        }
    }

    /** A totals row: no code in any CODE column, and a text cell that says "Tổng cộng" (or "Tổng", "Cộng"). */
    static boolean isTotal(FrameDefinition frame, FrameSheet.Line line) {
        boolean labelled = false;
        for (int i = 0; i < frame.columns().size() && i < line.cells().size(); i++) {
            FrameColumnType type = frame.columns().get(i).type();
            Object cell = line.cells().get(i);
            if (type == FrameColumnType.CODE && !blank(cell)) {
                return false;
            }
            labelled |= type == FrameColumnType.TEXT && cell instanceof String text
                    && TOTAL_LABELS.contains(Input.comparable(text));
        }
        return labelled;
    }

    /** The cell's value for the column, or null after adding why it cannot be used (or because it is empty). */
    private static Object value(FrameColumn column, Object cell, int row, String letter, List<FrameError> errors) {
        if (blank(cell)) {
            if (column.required()) {
                errors.add(new FrameError(row, letter, "frame.required", List.of(column.header())));
            }
            return null;
        }
        return switch (column.type()) {
            case TEXT -> text(column, cell, row, letter, errors);
            case CODE -> code(column, cell, row, letter, errors);
            case INTEGER -> integer(column, cell, row, letter, errors);
        };
    }

    private static Object text(FrameColumn column, Object cell, int row, String letter, List<FrameError> errors) {
        String value = clean(cell);
        int forbidden = Input.forbiddenAt(value);
        if (forbidden >= 0) {
            errors.add(new FrameError(row, letter, "frame.controlChar", List.of(column.header(), shown(value))));
            return null;
        }
        value = INNER_SPACE.matcher(value).replaceAll(" ");
        if (column.maxLength() != null && value.length() > column.maxLength()) {
            errors.add(new FrameError(row, letter, "frame.tooLong", List.of(column.header(), column.maxLength())));
            return null;
        }
        return value;
    }

    private static Object code(FrameColumn column, Object cell, int row, String letter, List<FrameError> errors) {
        int digits = column.digits();
        String value = null;
        if (cell instanceof BigDecimal number) {
            // Excel drops leading zeros when a code is typed into a General cell: 4 is commune 00004.
            if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0
                    && number.precision() - number.scale() <= digits) {
                value = String.format(Locale.ROOT, "%0" + digits + "d", number.longValueExact());
            }
        } else {
            String text = clean(cell);
            if (text.length() == digits && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                value = text;
            }
        }
        if (value == null) {
            errors.add(new FrameError(row, letter, "frame.badCode", List.of(column.header(), digits,
                    shown(clean(cell)))));
        }
        return value;
    }

    private static Object integer(FrameColumn column, Object cell, int row, String letter, List<FrameError> errors) {
        Long value = null;
        String key = "frame.notInteger";
        if (cell instanceof BigDecimal number) {
            if (number.stripTrailingZeros().scale() <= 0) {
                try {
                    value = number.longValueExact();
                } catch (ArithmeticException tooBig) {
                    value = null;
                }
            }
        } else {
            // A number typed into a Text cell is still a number, "1.644" and "1 644" as Vietnamese group thousands.
            String text = INNER_SPACE.matcher(clean(cell)).replaceAll("");
            VietnameseNumbers.Parsed parsed = VietnameseNumbers.parseInteger(text, true);
            value = parsed.value();
            if (parsed.refusal() == VietnameseNumbers.Refusal.DECIMAL
                    || parsed.refusal() == VietnameseNumbers.Refusal.BAD_GROUPING) {
                key = "frame.notWhole";
            }
        }
        if (value == null) {
            errors.add(new FrameError(row, letter, key, List.of(column.header(), shown(clean(cell)))));
            return null;
        }
        if (column.min() != null && value < column.min()) {
            errors.add(new FrameError(row, letter, "frame.belowMin", List.of(column.header(), column.min(), value)));
            return null;
        }
        return value;
    }

    /** The same village typed in NFD or NFC, in other case or spacing, is the same key. */
    private static String uniqueKey(FrameDefinition frame, Object[] values) {
        StringBuilder key = new StringBuilder();
        for (String column : frame.uniqueBy()) {
            Object value = values[frame.indexOf(column)];
            key.append(value == null ? "" : Input.comparable(value.toString())).append('\u0000');
        }
        return key.toString();
    }

    private static FrameLine row(FrameDefinition frame, int number, Object[] values) {
        java.util.Map<String, Object> byKey = new java.util.HashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                byKey.put(frame.columns().get(i).key(), values[i]);
            }
        }
        return new FrameLine(number, byKey);
    }

    /** The headers that together identify a row, as the person sees them: "Mã xã, Tên thôn/tổ dân phố". */
    private static String uniqueHeaders(FrameDefinition frame) {
        return String.join(", ", frame.uniqueBy().stream()
                .map(key -> frame.column(key).orElseThrow().header()).toList());
    }

    private static boolean blank(FrameSheet.Line line) {
        return line.cells().stream().allMatch(FrameReading::blank);
    }

    /** Empty, or only white space of any kind (a no-break space alone is not a value). */
    private static boolean blank(Object cell) {
        return cell == null || cell instanceof String s && Input.clean(s).isEmpty();
    }

    /** The cell as cleaned text: NFC, trimmed of white space of every kind. */
    private static String clean(Object cell) {
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell == null ? "" : Input.clean(cell.toString());
    }

    /** A value as a message shows it: invisible characters written as their code, long text cut. */
    private static String shown(String text) {
        return Input.visible(text, SHOWN);
    }

    /** The spreadsheet's letter for a 0-based column: A, B, ... Z, AA. */
    static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
