package vn.thuocdo.survey.officials;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/** Officials' lists as a unit fills in the template, for the tests: the header row, then one row per person. */
public final class OfficialsLists {

    private OfficialsLists() {
    }

    /** Each row is name, position group, e-mail; an empty text leaves its cell empty. */
    @SafeVarargs
    public static byte[] workbook(List<String>... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet(OfficialsSurvey.SHEET);
        sheet.value(0, 0, "Họ và tên");
        sheet.value(0, 1, "Nhóm vị trí");
        sheet.value(0, 2, "E-mail");
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].size(); c++) {
                if (!rows[r].get(c).isEmpty()) {
                    sheet.value(r + 1, c, rows[r].get(c));
                }
            }
        }
        workbook.finish();
        return out.toByteArray();
    }
}
