package vn.thuocdo.forms.index;

import vn.thuocdo.forms.Input;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a responses CSV (UTF-8, a header row, comma-separated, RFC 4180 quotes) into {@link SurveyData}, refusing
 * the whole file at the first fault with its row: row 1 is the header, as a spreadsheet numbers them. Everything is
 * bounded while it streams (bytes, rows, columns, characters per cell) before anything is parsed; weights are
 * positive decimals in digits with a decimal point (no comma, grouping, sign or exponent); an answer must be one of
 * the definition's keys (valid, not valid) or empty. Columns the command does not name are ignored, so a microdata
 * export can be read as it is.
 */
public final class ResponsesCsv {

    public static final long MAX_BYTES = 1L << 30;
    public static final int MAX_ROWS = 5_000_000;
    public static final int MAX_COLUMNS = 2_000;
    public static final int MAX_CELL = 256;

    /** Which columns hold the design: {@code weight} is required, the others may be null (see the docs). */
    public record Columns(String stratum, String cluster, String weight, String domain) {
    }

    private final IndexDefinition definition;
    private final Columns columns;
    private final int maxRows;

    public ResponsesCsv(IndexDefinition definition, Columns columns) {
        this(definition, columns, MAX_ROWS);
    }

    /** With fewer rows allowed than the command's {@link #MAX_ROWS} (the application's upload). */
    public ResponsesCsv(IndexDefinition definition, Columns columns, int maxRows) {
        this.definition = definition;
        this.columns = columns;
        this.maxRows = Math.min(maxRows, MAX_ROWS);
        if (columns.weight() == null) {
            throw new ResponsesRefused("option.required", "--weight");
        }
        List<String> roles = new ArrayList<>();
        roles.add(columns.weight());
        if (columns.stratum() != null) {
            roles.add(columns.stratum());
        }
        if (columns.cluster() != null) {
            roles.add(columns.cluster());
        }
        roles.addAll(definition.items());
        for (int i = 0; i < roles.size(); i++) {
            for (int k = i + 1; k < roles.size(); k++) {
                if (roles.get(i).equals(roles.get(k))) {
                    throw new ResponsesRefused("option.sameColumn", roles.get(i));
                }
            }
        }
    }

    public SurveyData read(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Cells cells = new Cells(new BufferedReader(new InputStreamReader(new Bounded(in), decoder), 1 << 16));
        try {
            List<String> header = cells.row();
            if (header == null) {
                throw new ResponsesRefused("csv.empty");
            }
            Map<String, Integer> at = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                String name = c == 0 && header.get(0).startsWith("\uFEFF") ? header.get(0).substring(1) : header.get(c);
                if (at.putIfAbsent(name, c) != null) {
                    throw new ResponsesRefused("csv.duplicateColumn", Input.visible(name, 64));
                }
            }
            int weight = column(at, columns.weight());
            int stratum = columns.stratum() == null ? -1 : column(at, columns.stratum());
            int cluster = columns.cluster() == null ? -1 : column(at, columns.cluster());
            int domain = columns.domain() == null ? -1 : column(at, columns.domain());
            int items = definition.items().size();
            int[] item = new int[items];
            for (int j = 0; j < items; j++) {
                item[j] = column(at, definition.items().get(j));
            }
            String accepted = accepted();
            SurveyData.Builder data = new SurveyData.Builder(definition);
            byte[] codes = new byte[items];
            List<String> row;
            while ((row = cells.row()) != null) {
                long number = cells.rowNumber;
                if (data.rows() >= maxRows) {
                    throw new ResponsesRefused("csv.tooManyRows", maxRows);
                }
                if (row.size() != header.size()) {
                    throw new ResponsesRefused("csv.wrongColumnCount", number, row.size(), header.size());
                }
                for (int c = 0; c < row.size(); c++) {
                    String cell = row.get(c);
                    for (int k = 0; k < cell.length(); k++) {
                        char ch = cell.charAt(k);
                        if (Character.isISOControl(ch)) {
                            throw new ResponsesRefused("csv.controlCharacter", number,
                                    Input.visible(header.get(c), 64), String.format("U+%04X", (int) ch));
                        }
                    }
                }
                for (int j = 0; j < items; j++) {
                    String value = row.get(item[j]);
                    byte code = SurveyData.code(definition.answers(), value);
                    if (code < 0) {
                        throw new ResponsesRefused("csv.badAnswer", number, definition.items().get(j),
                                Input.visible(value, 64), accepted);
                    }
                    codes[j] = code;
                }
                String stratumValue = stratum < 0 ? "" : required(row, stratum, number, columns.stratum());
                String clusterValue = cluster < 0 ? null : required(row, cluster, number, columns.cluster());
                String domainValue = domain >= 0 ? required(row, domain, number, columns.domain())
                        : stratum >= 0 ? stratumValue : null;
                if (Estimator.NATIONAL.equals(domainValue)) {
                    // The whole sample's rows are named so in the output: a domain of that name would be mistaken for it.
                    throw new ResponsesRefused("csv.reservedDomain", number,
                            columns.domain() != null ? columns.domain() : columns.stratum(), Estimator.NATIONAL);
                }
                data.add(stratumValue, clusterValue, weight(row.get(weight), number), domainValue, codes);
            }
            if (data.rows() == 0) {
                throw new ResponsesRefused("csv.noRows");
            }
            return data.build();
        } catch (CharacterCodingException e) {
            throw new ResponsesRefused("csv.notUtf8", cells.inRow ? cells.rowNumber : cells.rowNumber + 1);
        } catch (IOException e) {
            throw new ResponsesRefused("file.unreadable", "responses", String.valueOf(e.getMessage()));
        }
    }

    private String accepted() {
        List<String> keys = new ArrayList<>(definition.answers().valid());
        keys.addAll(definition.answers().notValid());
        return String.join(", ", keys);
    }

    private static int column(Map<String, Integer> at, String name) {
        Integer index = at.get(name);
        if (index == null) {
            throw new ResponsesRefused("csv.missingColumn", Input.visible(name, 64));
        }
        return index;
    }

    private static String required(List<String> row, int index, long number, String name) {
        String value = row.get(index);
        if (value.isEmpty()) {
            throw new ResponsesRefused("csv.emptyValue", number, name);
        }
        return value;
    }

    /** Digits, optionally one point and more digits; above 0. Checked by hand before the number is made. */
    private double weight(String text, long number) {
        boolean point = false;
        int digitsBefore = 0;
        int digitsAfter = 0;
        boolean ok = !text.isEmpty();
        for (int k = 0; k < text.length() && ok; k++) {
            char ch = text.charAt(k);
            if (ch >= '0' && ch <= '9') {
                if (point) {
                    digitsAfter++;
                } else {
                    digitsBefore++;
                }
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                ok = false;
            }
        }
        ok &= digitsBefore > 0 && (!point || digitsAfter > 0) && digitsBefore <= 15;
        double value = ok ? Double.parseDouble(text) : 0;
        if (!ok || !(value > 0)) {
            throw new ResponsesRefused("csv.badWeight", number, columns.weight(), Input.visible(text, 64));
        }
        return value;
    }

    /** RFC 4180 cells, bounded per cell and per row; blank lines are skipped. */
    private static final class Cells {
        private final Reader in;
        private long rowNumber;
        private int pushedBack = -2;
        private boolean inRow;

        Cells(Reader in) {
            this.in = in;
        }

        private int next() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        /** The next row's cells, or null at the end. */
        List<String> row() throws IOException {
            inRow = false;
            while (true) {
                int c = next();
                if (c == -1) {
                    return null;
                }
                rowNumber++;
                if (c == '\n') {
                    continue;
                }
                if (c == '\r') {
                    int d = next();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                    continue;
                }
                pushedBack = c;
                inRow = true;
                return cells();
            }
        }

        private List<String> cells() throws IOException {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean afterQuote = false;
            boolean started = false;
            while (true) {
                int c = next();
                if (quoted) {
                    if (c == -1) {
                        throw new ResponsesRefused("csv.unclosedQuote", rowNumber);
                    }
                    if (c == '"') {
                        int d = next();
                        if (d == '"') {
                            append(cell, '"');
                        } else {
                            pushedBack = d;
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        append(cell, (char) c);
                    }
                    continue;
                }
                if (c == ',' || c == '\n' || c == '\r' || c == -1) {
                    cells.add(cell.toString());
                    if (cells.size() > MAX_COLUMNS) {
                        throw new ResponsesRefused("csv.tooManyColumns", rowNumber, MAX_COLUMNS);
                    }
                    cell.setLength(0);
                    afterQuote = false;
                    started = false;
                    if (c == ',') {
                        continue;
                    }
                    if (c == '\r') {
                        int d = next();
                        if (d != '\n') {
                            pushedBack = d;
                        }
                    }
                    return cells;
                }
                if (afterQuote) {
                    throw new ResponsesRefused("csv.badQuote", rowNumber);
                }
                if (c == '"') {
                    if (started) {
                        throw new ResponsesRefused("csv.badQuote", rowNumber);
                    }
                    quoted = true;
                    started = true;
                    continue;
                }
                started = true;
                append(cell, (char) c);
            }
        }

        private void append(StringBuilder cell, char c) {
            if (cell.length() >= MAX_CELL) {
                throw new ResponsesRefused("csv.fieldTooLong", rowNumber, MAX_CELL);
            }
            cell.append(c);
        }
    }

    /**
     * Refuses past {@link #MAX_BYTES} while reading, whatever the file claims to be, and checks the bytes are UTF-8
     * as they pass: the decoder reads ahead, so only here is the row of a bad byte known (row = line breaks + 1; a
     * line break byte never occurs inside a UTF-8 sequence).
     */
    private static final class Bounded extends InputStream {
        private final InputStream in;
        private long read;
        private long lines = 1;
        private int continuation;
        private int low = 0x80;
        private int high = 0xBF;

        Bounded(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n <= 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                read += n;
                if (read > MAX_BYTES) {
                    throw new ResponsesRefused("csv.tooLarge", read, MAX_BYTES);
                }
                for (int k = offset; k < offset + n; k++) {
                    check(buffer[k] & 0xFF);
                }
            } else if (n < 0 && continuation > 0) {
                throw new ResponsesRefused("csv.notUtf8", lines);
            }
            return n;
        }

        /** Unicode's table of well-formed UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
        private void check(int b) {
            if (continuation > 0) {
                if (b < low || b > high) {
                    throw new ResponsesRefused("csv.notUtf8", lines);
                }
                continuation--;
                low = 0x80;
                high = 0xBF;
                return;
            }
            if (b < 0x80) {
                if (b == '\n') {
                    lines++;
                }
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                throw new ResponsesRefused("csv.notUtf8", lines);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
