package vn.thuocdo.survey.xlsx;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.thuocdo.survey.InvalidXlsForm;
import vn.thuocdo.survey.XlsFormError;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sheets of an XLSForm workbook as text: the header row and the non-blank rows below it, at most {@code maxRows}
 * of them (a questionnaire is hundreds of rows; a sheet of a hundred thousand is refused as soon as it passes the
 * limit, without reading the rest).
 */
final class Sheets {

    /** A header is a column's name: a longer one is quoted cut in messages. */
    private static final int HEADER_SHOWN = 80;

    private Sheets() {
    }

    /** The sheet of that name, in any letter case. */
    static Optional<Sheet> named(ReadableWorkbook workbook, String name) {
        return workbook.getSheets().filter(s -> s.getName().strip().equalsIgnoreCase(name)).findFirst();
    }

    /** Header (row 1) and rows; {@code lines} gets every non-blank row from row 2. */
    static List<String> read(Sheet sheet, String name, int maxRows, List<Line> lines) {
        List<String> headers = new ArrayList<>();
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            int offset = -1;
            while (it.hasNext()) {
                Row row = it.next();
                if (offset < 0) {
                    // FastExcel numbers rows from the r attribute (from 1), else counts from 0, as compact writers save.
                    offset = row.getRowNum() == 0 ? 1 : 0;
                }
                int number = row.getRowNum() + offset;
                List<String> cells = cells(row);
                if (number == 1) {
                    cells.forEach(h -> headers.add(h == null ? null : cut(h)));
                } else if (cells.stream().anyMatch(c -> c != null)) {
                    if (lines.size() >= maxRows) {
                        throw new InvalidXlsForm(List.of(new XlsFormError(name, 0, null, "xlsform.tooManyRows",
                                List.of(maxRows))));
                    }
                    lines.add(new Line(number, cells));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidXlsForm refused) {
                throw refused;
            }
            throw new InvalidXlsForm(List.of(XlsFormError.ofFile("xlsform.notXlsx")));
        }
        return headers;
    }

    private static String cut(String header) {
        return header.length() <= HEADER_SHOWN ? header : header.substring(0, HEADER_SHOWN) + "…";
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(text(row.getCell(i)));
        }
        return cells;
    }

    /** A cell as text: a number as written without trailing zeros (a choice named 1 is "1"), a boolean as TRUE. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case NUMBER -> plain(cell.asNumber());
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean().toString().toUpperCase(Locale.ROOT);
            case FORMULA, ERROR -> cell.getRawValue();
            case EMPTY -> null;
        };
        if (text == null) {
            return null;
        }
        text = text.strip();
        return text.isEmpty() ? null : text;
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
