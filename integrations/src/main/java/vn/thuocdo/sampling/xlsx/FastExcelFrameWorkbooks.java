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
import vn.thuocdo.forms.Input;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameReading;
import vn.thuocdo.sampling.FrameSheet;
import vn.thuocdo.sampling.FrameWorkbooks;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.shared.UploadLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Frame spreadsheets with FastExcel: streaming, so a million rows are read without a DOM of the file, and bounded
 * by {@link UploadLimits} before FastExcel inflates anything.
 * This class only turns cells into values; {@code FrameReading} decides what is acceptable.
 */
@Component
class FastExcelFrameWorkbooks implements FrameWorkbooks {

    static final String INSTRUCTIONS_SHEET = FrameWorkbooks.INSTRUCTIONS_SHEET;
    /** Rows of the template pre-formatted as text in CODE columns, so codes keep their leading zeros. */
    private static final int TEXT_FORMATTED_ROWS = 5000;

    private final UploadLimits limits;

    FastExcelFrameWorkbooks(UploadLimits limits) {
        this.limits = limits;
    }

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

    /**
     * Copies the upload to a temporary file within the byte limit, inflates it once within the other limits
     * ({@link ZipBounds}), then opens it with FastExcel for {@code use}: from a file, FastExcel reads the zip's
     * entries where they are instead of copying the whole upload into memory. The file is deleted after.
     */
    @Override
    public <T> T read(InputStream in, List<FrameDefinition> annexes, Function<List<FrameSheet>, T> use) {
        Path file = null;
        try {
            file = Files.createTempFile("thuocdo-upload-", ".xlsx");
            if (limits.copyWithin(in, file) < 0) {
                throw new InvalidFrame(List.of(new FrameError(0, null, "frame.tooLarge", List.of(limits.maxMegabytes()))));
            }
            ReadableWorkbook workbook = open(file);
            try (workbook) {
                return use.apply(sheets(workbook, annexes));
            }
        } catch (IOException unreadable) {
            throw notXlsx();
        } finally {
            deleteQuietly(file);
        }
    }

    private ReadableWorkbook open(Path file) {
        try {
            ZipBounds.check(file, limits);
            return new ReadableWorkbook(file.toFile());
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidFrame refused) {
                throw refused;
            }
            throw notXlsx();
        }
    }

    /** Each annex's sheet: by its name, by its name written another way, or by its header row. */
    private List<FrameSheet> sheets(ReadableWorkbook workbook, List<FrameDefinition> annexes) {
        List<Sheet> sheets = workbook.getSheets().toList();
        List<String> names = sheets.stream().map(Sheet::getName).toList();
        List<FrameSheet> found = new ArrayList<>(annexes.size());
        Set<String> taken = new HashSet<>();
        annexes.forEach(frame -> sheets.stream().filter(s -> s.getName().equals(frame.sheet()))
                .forEach(s -> taken.add(s.getName())));
        for (FrameDefinition frame : annexes) {
            Sheet data = sheets.stream().filter(s -> s.getName().equals(frame.sheet())).findFirst()
                    .or(() -> sheets.stream().filter(s -> !taken.contains(s.getName())
                            && Input.comparable(s.getName()).equals(Input.comparable(frame.sheet()))).findFirst())
                    .or(() -> sheets.stream().filter(s -> !taken.contains(s.getName())
                            && FrameReading.hasHeadersOf(frame, headers(s))).findFirst())
                    .orElse(null);
            if (data == null) {
                found.add(FrameSheet.missing(names));
            } else {
                taken.add(data.getName());
                found.add(new FrameSheet(data.getName(), names, headers(data), rows(data)));
            }
        }
        return found;
    }

    /** The first row when it is row 1; a sheet whose first row is further down has no header. */
    private static List<Object> headers(Sheet data) {
        try (Stream<Row> rows = data.openStream()) {
            return rows.findFirst().filter(row -> row.getRowNum() <= 1).map(FastExcelFrameWorkbooks::cells)
                    .orElse(List.of());
        } catch (IOException | RuntimeException unreadable) {
            throw notXlsx();
        }
    }

    /** The rows below the header, streamed anew at each reading and counted against the row limit. */
    private FrameSheet.Rows rows(Sheet data) {
        return each -> {
            try (Stream<Row> rows = stream(data)) {
                Iterator<Row> it = rows.iterator();
                int count = 0;
                int offset = -1;
                for (Row row = next(it); row != null; row = next(it)) {
                    if (offset < 0) {
                        // FastExcel numbers rows from the optional r attribute (from 1), else by counting from 0:
                        // a sheet saved without references (as compact writers do) starts at 0.
                        offset = row.getRowNum() == 0 ? 1 : 0;
                    }
                    int number = row.getRowNum() + offset;
                    if (number <= 1) {
                        continue;
                    }
                    if (++count > limits.maxRows()) {
                        throw new InvalidFrame(List.of(new FrameError(data.getName(), 0, null, "frame.tooManyRows",
                                List.of(limits.maxRows()))));
                    }
                    if (!each.test(new FrameSheet.Line(number, cells(row)))) {
                        return;
                    }
                }
            }
        };
    }

    private static Stream<Row> stream(Sheet data) {
        try {
            return data.openStream();
        } catch (IOException | RuntimeException unreadable) {
            throw notXlsx();
        }
    }

    /** The next row, or null at the end; a row FastExcel cannot parse makes the file unreadable. */
    private static Row next(Iterator<Row> it) {
        try {
            return it.hasNext() ? it.next() : null;
        } catch (RuntimeException unreadable) {
            throw notXlsx();
        }
    }

    private static InvalidFrame notXlsx() {
        return new InvalidFrame(List.of(new FrameError(0, null, "frame.notXlsx", List.of())));
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
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
