package vn.thuocdo.survey.xlsx;

import vn.thuocdo.sampling.xlsx.Xlsx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small XLSForm workbooks written in the tests, as a statistician would in Excel or Kobo would export them. */
public final class XlsFormWorkbooks {

    public static final List<String> SURVEY = List.of("type", "name", "label::Tiếng Việt (vi)", "label::English (en)",
            "required", "relevant", "constraint");
    public static final List<String> CHOICES = List.of("list_name", "name", "label::Tiếng Việt (vi)");
    public static final List<String> SETTINGS = List.of("form_id", "version", "form_title", "thuocdo_kind");

    private XlsFormWorkbooks() {
    }

    /** A row of cells; nulls are empty cells. */
    public static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }

    /** A small valid questionnaire {@code id}@{@code version}: one section, a choice and a number. */
    public static byte[] small(String id, int version) {
        return workbook(SURVEY, List.of(
                        row("begin_group", "profile", "Thông tin chung", "About you"),
                        row("select_one yesNo", "usedService", "Ông/bà đã dùng dịch vụ?", "Used the service?", "yes"),
                        row("integer", "visits", "Số lần đến", null, "TRUE()", "${usedService} = 'yes'", ". >= 1"),
                        row("end_group")),
                List.of(row("yesNo", "yes", "Có"), row("yesNo", "no", "Không")),
                row(id, version, "Bảng hỏi nhỏ", "CITIZEN"));
    }

    /** A workbook of the three sheets with the standard headers above. */
    public static byte[] workbook(List<String> surveyHeaders, List<List<Object>> survey, List<List<Object>> choices,
                                  List<Object> settings) {
        return Xlsx.of(new Xlsx.Tab("survey", surveyHeaders, survey), new Xlsx.Tab("choices", CHOICES, choices),
                new Xlsx.Tab("settings", SETTINGS, List.of(settings)));
    }
}
