package vn.thuocdo.sampling;

import vn.thuocdo.forms.FrameColumn;
import vn.thuocdo.forms.FrameDefinition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The template's rules applied to a sheet as read: the right sheet and exactly its headers, then every cell of
 * every row, then no row twice. Pure, so any adapter (and the tests) get the same answer; all-or-nothing, so a
 * file with one bad cell yields every error and no rows.
 */
public final class FrameReading {

    /** Beyond this many errors the file is clearly not the template filled in; more would only bury the first ones. */
    static final int MAX_ERRORS = 500;
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

    private FrameReading() {
    }

    public static List<FrameLine> check(FrameDefinition frame, FrameSheet sheet) {
        if (!sheet.sheetNames().contains(frame.sheet())) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.noSheet", frame.sheet())));
        }
        List<FrameError> errors = headerErrors(frame, sheet.headers());
        if (!errors.isEmpty()) {
            // Under the wrong headers, cell errors would describe columns the person never meant.
            throw new InvalidFrame(errors);
        }
        List<FrameLine> rows = new ArrayList<>(sheet.lines().size());
        Map<String, Integer> seen = new HashMap<>();
        int duplicateColumn = frame.indexOf(frame.uniqueBy().get(frame.uniqueBy().size() - 1));
        for (FrameSheet.Line line : sheet.lines()) {
            if (line.cells().stream().allMatch(FrameReading::blank)) {
                continue;
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
                String key = uniqueKey(frame, values);
                Integer first = seen.putIfAbsent(key, line.number());
                if (first != null) {
                    errors.add(new FrameError(line.number(), letter(duplicateColumn), "frame.duplicate",
                            List.of(first, uniqueHeaders(frame))));
                } else {
                    rows.add(row(frame, line.number(), values));
                }
            }
            if (errors.size() >= MAX_ERRORS) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidFrame(errors);
        }
        if (rows.isEmpty()) {
            throw new InvalidFrame(List.of(FrameError.ofFile("frame.empty", frame.sheet())));
        }
        return rows;
    }

    /** Whether the sheet has a row with anything in it: a sheet left as the template gave it is not filled in. */
    public static boolean hasData(FrameSheet sheet) {
        return sheet.lines().stream().anyMatch(line -> !line.cells().stream().allMatch(FrameReading::blank));
    }

    private static List<FrameError> headerErrors(FrameDefinition frame, List<Object> headers) {
        List<FrameError> errors = new ArrayList<>();
        for (int i = 0; i < frame.columns().size(); i++) {
            String expected = frame.columns().get(i).header();
            String found = i < headers.size() && headers.get(i) != null ? text(headers.get(i)) : "";
            if (!expected.equals(found)) {
                errors.add(new FrameError(1, letter(i), found.isEmpty() ? "frame.missingHeader" : "frame.wrongHeader",
                        found.isEmpty() ? List.of(expected) : List.of(expected, found)));
            }
        }
        for (int i = frame.columns().size(); i < headers.size(); i++) {
            if (!blank(headers.get(i))) {
                errors.add(new FrameError(1, letter(i), "frame.extraColumn", List.of(text(headers.get(i)))));
            }
        }
        return errors;
    }

    /** The cell's value for the column, or null after adding why it cannot be used (or because it is empty). */
    private static Object value(FrameColumn column, Object cell, int row, String letter, List<FrameError> errors) {
        if (blank(cell)) {
            if (column.required()) {
                errors.add(new FrameError(row, letter, "frame.required", List.of(column.header())));
            }
            return null;
        }
        Optional<Object> value = switch (column.type()) {
            case TEXT -> text(column, cell, row, letter, errors);
            case CODE -> code(column, cell, row, letter, errors);
            case INTEGER -> integer(column, cell, row, letter, errors);
        };
        return value.orElse(null);
    }

    private static Optional<Object> text(FrameColumn column, Object cell, int row, String letter,
                                         List<FrameError> errors) {
        String value = text(cell).replaceAll("\\s+", " ");
        if (column.maxLength() != null && value.length() > column.maxLength()) {
            errors.add(new FrameError(row, letter, "frame.tooLong", List.of(column.header(), column.maxLength())));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<Object> code(FrameColumn column, Object cell, int row, String letter,
                                         List<FrameError> errors) {
        int digits = column.digits();
        String value = null;
        if (cell instanceof BigDecimal number) {
            // Excel drops leading zeros when a code is typed into a General cell: 4 is commune 00004.
            if (number.signum() >= 0 && number.stripTrailingZeros().scale() <= 0
                    && number.precision() - number.scale() <= digits) {
                value = String.format(Locale.ROOT, "%0" + digits + "d", number.longValueExact());
            }
        } else {
            String text = text(cell);
            if (text.matches("[0-9]{" + digits + "}")) {
                value = text;
            }
        }
        if (value == null) {
            errors.add(new FrameError(row, letter, "frame.badCode", List.of(column.header(), digits, text(cell))));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<Object> integer(FrameColumn column, Object cell, int row, String letter,
                                            List<FrameError> errors) {
        Long value = null;
        if (cell instanceof BigDecimal number) {
            if (number.stripTrailingZeros().scale() <= 0) {
                try {
                    value = number.longValueExact();
                } catch (ArithmeticException tooBig) {
                    value = null;
                }
            }
        } else {
            // A number typed into a Text cell is still a number; words or notes are not.
            String text = text(cell).replace(" ", "");
            if (WHOLE.matcher(text).matches() && text.length() < 19) {
                value = Long.parseLong(text);
            }
        }
        if (value == null) {
            errors.add(new FrameError(row, letter, "frame.notInteger", List.of(column.header(), text(cell))));
            return Optional.empty();
        }
        if (column.min() != null && value < column.min()) {
            errors.add(new FrameError(row, letter, "frame.belowMin", List.of(column.header(), column.min(), value)));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static String uniqueKey(FrameDefinition frame, Object[] values) {
        StringBuilder key = new StringBuilder();
        for (String column : frame.uniqueBy()) {
            Object value = values[frame.indexOf(column)];
            key.append(value == null ? "" : value.toString().toLowerCase(Locale.ROOT)).append('\u0000');
        }
        return key.toString();
    }

    private static FrameLine row(FrameDefinition frame, int number, Object[] values) {
        Map<String, Object> byKey = new HashMap<>();
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

    private static boolean blank(Object cell) {
        return cell == null || cell instanceof String s && s.isBlank();
    }

    private static String text(Object cell) {
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell == null ? "" : cell.toString().strip();
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
