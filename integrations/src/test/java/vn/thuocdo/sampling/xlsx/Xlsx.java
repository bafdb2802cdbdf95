package vn.thuocdo.sampling.xlsx;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Spreadsheets as a unit would upload them, built with FastExcel so the tests exercise real files. */
public final class Xlsx {

    public static final List<String> HEADERS = List.of("Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", "Số nhân khẩu");
    public static final String SHEET = "Phụ lục 1";

    private Xlsx() {
    }

    public static final List<String> DOSSIER_HEADERS = List.of("Lĩnh vực", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết");
    public static final String DOSSIER_SHEET = "Phụ lục 2";

    /** One sheet of a test workbook: its name, header row and data rows. */
    public record Tab(String name, List<String> headers, List<List<Object>> rows) {
    }

    /** A workbook with one sheet; a cell that is a {@link Number} is written as a number, anything else as text. */
    public static byte[] of(String sheetName, List<String> headers, List<List<Object>> rows) {
        return of(new Tab(sheetName, headers, rows));
    }

    /** A workbook with the given sheets in order. */
    public static byte[] of(Tab... tabs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Test", "1.0");
            for (Tab tab : tabs) {
                Worksheet sheet = workbook.newWorksheet(tab.name());
                for (int c = 0; c < tab.headers().size(); c++) {
                    sheet.value(0, c, tab.headers().get(c));
                }
                for (int r = 0; r < tab.rows().size(); r++) {
                    List<Object> row = tab.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        Object cell = row.get(c);
                        if (cell instanceof Number number) {
                            sheet.value(r + 1, c, number);
                        } else if (cell != null) {
                            sheet.value(r + 1, c, cell.toString());
                        }
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] frame(List<List<Object>> rows) {
        return of(SHEET, HEADERS, rows);
    }

    public static byte[] dossiers(List<List<Object>> rows) {
        return of(DOSSIER_SHEET, DOSSIER_HEADERS, rows);
    }
}
