package vn.thuocdo.survey.xlsx;

import org.junit.jupiter.api.Test;
import vn.thuocdo.sampling.xlsx.RawXlsx;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.survey.InvalidXlsForm;
import vn.thuocdo.survey.XlsFormError;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.SURVEY;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.row;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.workbook;

/**
 * Workbooks made to exhaust the server or to bury the person in messages: each is refused early, naming the
 * limit it breaks, and the heap is as it was. The same bounds as the sampling frames' uploads.
 */
class XlsFormBombsTest {

    /** Generous: without the limits these take hundreds of megabytes or more. */
    private static final long FLAT = 64L * 1024 * 1024;
    private final FastExcelXlsForms forms = new FastExcelXlsForms(UploadLimits.DEFAULTS);

    @Test
    void aCellThatInflatesTo200MegabytesIsRefusedAtTheCellLimit() {
        byte[] bomb = RawXlsx.of(List.of("survey"), List.of(out -> {
            RawXlsx.row(out, 1, "type", "name", "label");
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            char[] block = new char[64 * 1024];
            java.util.Arrays.fill(block, 'a');
            for (long written = 0; written < 200L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
            out.write("</t></is></c></row>");
        }), 0);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        refusedWithFlatHeap(bomb, XlsFormError.ofFile("xlsform.cellTooLong", 32_767));
    }

    @Test
    void aSurveySheetOfFourTimesTheRowLimitIsRefusedAtTheQuestionnaireRowLimit() {
        byte[] bomb = RawXlsx.of(List.of("settings", "choices", "survey"), List.of(
                out -> {
                    RawXlsx.row(out, 1, "form_id", "version", "form_title", "thuocdo_kind");
                    RawXlsx.row(out, 2, "big", 1, "Lớn", "CITIZEN");
                },
                out -> RawXlsx.row(out, 1, "list_name", "name", "label"),
                out -> {
                    RawXlsx.row(out, 1, "type", "name", "label");
                    for (int r = 2; r <= 4 * FastExcelXlsForms.MAX_SURVEY_ROWS + 1; r++) {
                        RawXlsx.row(out, r, "integer", "q" + r, "Câu hỏi " + r);
                    }
                }), 0);
        refusedWithFlatHeap(bomb, new XlsFormError("survey", 0, null, "xlsform.tooManyRows",
                List.of(FastExcelXlsForms.MAX_SURVEY_ROWS)));
    }

    @Test
    void aLabelLongerThanALabelIsRefusedAtItsCellBeforeAnythingLooksAtIt() {
        String huge = "Dài ".repeat(2_000);
        List<XlsFormError> errors = refused(workbook(SURVEY, List.of(row("begin_group", "s1", "Phần"),
                row("integer", "q1", huge), row("end_group")), List.of(), row("f", 1, "F", "CITIZEN")));
        assertThat(errors).contains(new XlsFormError("survey", 3, "label::Tiếng Việt (vi)", "xlsform.tooLong",
                List.of(huge.strip().length(), Cells.LABEL_MAX)));
    }

    @Test
    void aFileWrongOnEveryRowListsTwoHundredErrorsAndSaysItStopped() {
        List<List<Object>> survey = new ArrayList<>();
        survey.add(row("begin_group", "s1", "Phần"));
        for (int i = 0; i < 1_000; i++) {
            survey.add(row("geopoint", "q" + i, "Câu " + i));
        }
        survey.add(row("end_group"));
        List<XlsFormError> errors = refused(workbook(SURVEY, survey, List.of(), row("f", 1, "F", "CITIZEN")));
        assertThat(errors).hasSize(Problems.CAP + 1);
        assertThat(errors.get(errors.size() - 1)).isEqualTo(XlsFormError.ofFile("xlsform.tooManyErrors", Problems.CAP));
    }

    @Test
    void aFileLargerThanTheLimitIsCutWhileItStreams() {
        byte[] big = new byte[Math.toIntExact(UploadLimits.DEFAULTS.maxBytes() + 1)];
        assertThat(refused(big)).containsExactly(XlsFormError.ofFile("xlsform.tooLarge", 10L));
    }

    private void refusedWithFlatHeap(byte[] bomb, XlsFormError expected) {
        long before = heapAfterGc();
        assertThat(refused(bomb)).containsExactly(expected);
        assertThat(heapAfterGc() - before).isLessThan(FLAT);
    }

    private List<XlsFormError> refused(byte[] file) {
        List<XlsFormError> errors = new ArrayList<>();
        assertThatThrownBy(() -> forms.read(new ByteArrayInputStream(file)))
                .isInstanceOfSatisfying(InvalidXlsForm.class, e -> errors.addAll(e.errors()));
        return errors;
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
