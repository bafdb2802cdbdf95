package vn.thuocdo.sampling.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.FrameColumn;
import vn.thuocdo.forms.FrameColumnType;
import vn.thuocdo.forms.FrameDefinition;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameSheet;
import vn.thuocdo.sampling.FrameWorkbooks;
import vn.thuocdo.sampling.InvalidFrame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Frame spreadsheets with FastExcel: streaming, so a province's 30,000 rows are read without a DOM of the file.
 * This class only turns cells into values; {@code FrameReading} decides what is acceptable.
 */
@Component
class FastExcelFrameWorkbooks implements FrameWorkbooks {

    static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    /** Rows of the template pre-formatted as text in CODE columns, so codes keep their leading zeros. */
    private static final int TEXT_FORMATTED_ROWS = 5000;

    @Override
    public byte[] template(List<FrameDefinition> annexes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
            for (FrameDefinition frame : annexes) {
                Worksheet sheet = workbook.newWorksheet(frame.sheet());
                for (int c = 0; c < frame.columns().size(); c++) {
                    FrameColumn column = frame.columns().get(c);
                    sheet.value(0, c, column.header());
                    sheet.style(0, c).bold().fillColor("DDEBF7").set();
                    sheet.width(c, column.width() == null ? 16 : column.width());
                    if (column.type() == FrameColumnType.CODE) {
                        sheet.range(1, c, TEXT_FORMATTED_ROWS, c).style().format("@").set();
                    }
                }
                sheet.freezePane(0, 1);
            }
            Worksheet help = workbook.newWorksheet(INSTRUCTIONS_SHEET);
            help.width(0, 110);
            int r = 0;
            for (FrameDefinition frame : annexes) {
                help.value(r, 0, frame.title().vi());
                help.style(r++, 0).bold().set();
                r++;
                for (String line : frame.instructions()) {
                    help.value(r++, 0, "• " + line);
                }
                r++;
                help.value(r, 0, "Các cột:");
                help.style(r++, 0).bold().set();
                for (FrameColumn column : frame.columns()) {
                    help.value(r++, 0, column.header() + (column.required() ? " (bắt buộc)" : "")
                            + (column.hint() == null ? "" : ": " + column.hint()));
                }
                help.value(r + 1, 0, "Mẫu " + frame.reference() + ". " + frame.description().vi());
                help.style(r + 1, 0).wrapText(true).set();
                r += 4;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file's sheets and each annex sheet's cells; anything FastExcel cannot open is not an .xlsx file. */
    @Override
    public List<FrameSheet> read(InputStream in, List<FrameDefinition> annexes) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<String> names = sheets.stream().map(Sheet::getName).toList();
            List<FrameSheet> read = new ArrayList<>(annexes.size());
            for (FrameDefinition frame : annexes) {
                Sheet data = sheets.stream().filter(s -> s.getName().equals(frame.sheet())).findFirst().orElse(null);
                read.add(data == null ? new FrameSheet(names, List.of(), List.of()) : cells(names, data));
            }
            return read;
        } catch (IOException | RuntimeException unreadable) {
            throw new InvalidFrame(List.of(new FrameError(0, null, "frame.notXlsx", List.of())));
        }
    }

    private static FrameSheet cells(List<String> names, Sheet data) throws IOException {
        List<Object> headers = List.of();
        List<FrameSheet.Line> lines = new ArrayList<>();
        try (Stream<Row> rows = data.openStream()) {
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                if (row.getRowNum() == 1) {
                    headers = cells(row);
                } else if (row.getRowNum() > 1) {
                    lines.add(new FrameSheet.Line(row.getRowNum(), cells(row)));
                }
            }
        }
        return new FrameSheet(names, headers, lines);
    }

    private static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(value(row.getCell(i)));
        }
        return cells;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> cell.asNumber();
            case STRING -> cell.asString();
            case BOOLEAN -> cell.asBoolean();
            // A formula's last computed value, as the person saw it in their spreadsheet.
            case FORMULA, ERROR -> formulaValue(cell.getRawValue());
            case EMPTY -> null;
        };
    }

    private static Object formulaValue(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(raw);
        } catch (NumberFormatException text) {
            return raw;
        }
    }
}
