package vn.thuocdo.history.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.Input;
import vn.thuocdo.history.HistoryLayout;
import vn.thuocdo.history.HistoryRowError;
import vn.thuocdo.history.HistoryWorkbooks;
import vn.thuocdo.history.InvalidHistoryWorkbook;
import vn.thuocdo.history.SheetRow;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.xlsx.ZipBounds;
import vn.thuocdo.shared.UploadLimits;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The results' and targets' templates with FastExcel, bounded as every upload is (docs/spreadsheets.md): copied to a
 * temporary file within the size limit, inflated once by {@link ZipBounds} before FastExcel reads, every cell's
 * text and the number of rows bounded while streaming. Only cells are read here; their meaning is checked in
 * processes.
 */
@Component
class FastExcelHistoryWorkbooks implements HistoryWorkbooks {

    private final UploadLimits limits;

    FastExcelHistoryWorkbooks(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public List<SheetRow> read(InputStream in, HistoryLayout layout) {
        Path file = null;
        try {
            file = Files.createTempFile("thuocdo-history-", ".xlsx");
            if (limits.copyWithin(in, file) < 0) {
                throw refused("history.workbook.tooLarge", limits.maxMegabytes());
            }
            bounded(file);
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                return rows(workbook, layout);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidHistoryWorkbook refused) {
                throw refused;
            }
            throw refused("history.workbook.notXlsx");
        } finally {
            deleteQuietly(file);
        }
    }

    private void bounded(Path file) throws IOException {
        try {
            ZipBounds.check(file, limits);
        } catch (InvalidFrame refused) {
            throw new InvalidHistoryWorkbook(refused.errors().stream()
                    .map(e -> HistoryRowError.ofFile(e.key(), e.args().toArray())).toList());
        }
    }

    /** The layout's sheet (by name, else the first sheet), its header matched by name, every filled row after it. */
    private static List<SheetRow> rows(ReadableWorkbook workbook, HistoryLayout layout) throws IOException {
        String wanted = Input.comparable(layout.sheet());
        Optional<Sheet> named = workbook.getSheets().filter(s -> Input.comparable(s.getName()).equals(wanted))
                .findFirst();
        Sheet sheet = named.orElseGet(() -> workbook.getFirstSheet());
        List<SheetRow> rows = new ArrayList<>();
        List<HistoryRowError> errors = new ArrayList<>();
        int[] columns = null;
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            int offset = -1;
            while (it.hasNext()) {
                Row row = it.next();
                if (offset < 0) {
                    // FastExcel numbers rows from the r attribute (from 1), else from 0, as compact writers save.
                    offset = row.getRowNum() == 0 ? 1 : 0;
                }
                int number = row.getRowNum() + offset;
                List<String> cells = new ArrayList<>(row.getCellCount());
                boolean filled = false;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row.getCell(i));
                    if (text != null && text.length() > HistoryLayout.CELL_MAX) {
                        errors.add(new HistoryRowError(number, null, "history.workbook.cellTooLong",
                                List.of(HistoryLayout.CELL_MAX)));
                        text = null;
                    }
                    filled |= text != null;
                    cells.add(text);
                }
                if (!filled) {
                    continue;
                }
                if (columns == null) {
                    columns = header(cells, layout);
                    continue;
                }
                if (rows.size() >= HistoryLayout.ROWS_MAX) {
                    throw refused("history.workbook.tooManyRows", HistoryLayout.ROWS_MAX);
                }
                List<String> ordered = new ArrayList<>();
                for (int c : columns) {
                    ordered.add(c < 0 || c >= cells.size() ? null : cells.get(c));
                }
                rows.add(new SheetRow(number, ordered));
                if (errors.size() >= HistoryLayout.ERRORS_MAX) {
                    break;
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidHistoryWorkbook(errors);
        }
        if (columns == null) {
            throw refused("history.workbook.empty");
        }
        return rows;
    }

    /** Where each of the layout's columns is in the file; a required one missing refuses the file, naming it. */
    private static int[] header(List<String> cells, HistoryLayout layout) {
        int[] at = new int[layout.columns().size()];
        List<String> missing = new ArrayList<>();
        for (int c = 0; c < at.length; c++) {
            String wanted = Input.comparable(layout.header(c));
            at[c] = -1;
            for (int i = 0; i < cells.size(); i++) {
                if (cells.get(i) != null && Input.comparable(cells.get(i)).equals(wanted)) {
                    at[c] = i;
                    break;
                }
            }
            if (at[c] < 0 && layout.columns().get(c).required()) {
                missing.add(layout.header(c));
            }
        }
        if (!missing.isEmpty()) {
            throw refused("history.workbook.columnsMissing", String.join(", ", missing), layout.sheet());
        }
        return at;
    }

    /** A cell as text: a number without float noise or trailing zeros (85.62, 1), text stripped. */
    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String text = switch (cell.getType()) {
            case NUMBER -> {
                BigDecimal stripped = cell.asNumber().setScale(9, RoundingMode.HALF_UP).stripTrailingZeros();
                yield (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
            }
            case STRING -> cell.asString();
            case BOOLEAN -> String.valueOf(cell.asBoolean());
            case FORMULA, ERROR -> cell.getRawValue();
            case EMPTY -> null;
        };
        if (text == null) {
            return null;
        }
        text = Input.clean(text);
        return text.isEmpty() ? null : text;
    }

    @Override
    public byte[] template(HistoryLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
            Worksheet data = workbook.newWorksheet(layout.sheet());
            for (int c = 0; c < layout.columns().size(); c++) {
                data.value(0, c, layout.header(c));
                data.style(0, c).bold().fillColor("DDEBF7").wrapText(true).set();
                data.width(c, c == layout.columns().size() - 1 ? 30 : 14);
            }
            // Codes as text, so 01 stays 01.
            data.range(1, 0, HistoryLayout.ROWS_MAX, 0).style().format("@").set();
            data.freezePane(0, 1);
            Worksheet guide = workbook.newWorksheet(HistoryLayout.GUIDE_SHEET);
            guide.value(0, 0, "Cột");
            guide.value(0, 1, "Bắt buộc");
            guide.value(0, 2, "Cách điền");
            guide.style(0, 0).bold().set();
            guide.style(0, 1).bold().set();
            guide.style(0, 2).bold().set();
            guide.width(0, 16);
            guide.width(1, 10);
            guide.width(2, 100);
            int r = 1;
            for (HistoryLayout.Column column : layout.columns()) {
                guide.value(r, 0, column.header());
                guide.value(r, 1, column.required() ? "có" : "không");
                guide.value(r, 2, column.meaning());
                guide.style(r, 2).wrapText(true).set();
                r++;
            }
            r++;
            guide.value(r++, 0, "Quy tắc chung");
            for (String rule : RULES) {
                guide.value(r, 2, rule);
                guide.style(r, 2).wrapText(true).set();
                r++;
            }
            r++;
            guide.value(r++, 0, "Ví dụ (điền ở trang " + layout.sheet() + ")");
            for (List<String> example : layout.examples()) {
                for (int c = 0; c < example.size(); c++) {
                    guide.value(r, c == 0 ? 0 : 2 + c - 1, example.get(c));
                }
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final List<String> RULES = List.of(
            "Một dòng cho một đơn vị, một năm, một chỉ số; tệp được nhận cả hoặc không nhận dòng nào: mọi dòng sai "
                    + "được liệt kê kèm số dòng và lý do.",
            "Nhập lại cùng năm và chỉ số sẽ thay thế kết quả đang dùng; kết quả cũ vẫn được lưu và ghi nhật ký.",
            "Mã tỉnh theo năm: trước 2025 là 63 tỉnh cũ, từ 2025 là 34 tỉnh mới (Nghị quyết 202/2025/QH15).");

    private static InvalidHistoryWorkbook refused(String key, Object... args) {
        return new InvalidHistoryWorkbook(List.of(HistoryRowError.ofFile(key, args)));
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
}
