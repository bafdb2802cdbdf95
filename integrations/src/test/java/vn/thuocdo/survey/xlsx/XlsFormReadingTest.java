package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;
import vn.thuocdo.sampling.xlsx.Xlsx;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.survey.ImportedXlsForm;
import vn.thuocdo.survey.InvalidXlsForm;
import vn.thuocdo.survey.XlsFormError;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.CHOICES;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.SURVEY;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.row;
import static vn.thuocdo.survey.xlsx.XlsFormWorkbooks.workbook;

/** XLSForm workbooks into the questionnaire's JSON and back, with no database: the reader and writer alone. */
class XlsFormReadingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final FastExcelXlsForms forms = new FastExcelXlsForms(UploadLimits.DEFAULTS);

    @Test
    void aQuestionnaireOfEveryKindComesBackIdenticalFromItsExport() throws IOException {
        Questionnaire original = Questionnaire.parse(fixture("survey/everything-v1.json"));
        assertThat(roundTrip(original)).isEqualTo(original);
        assertThat(roundTrip(original).toJson()).isEqualTo(original.toJson());
    }

    @Test
    void everyShippedQuestionnaireComesBackIdenticalFromItsExport() {
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.load();
        List<Questionnaire> shipped = new ArrayList<>();
        Arrays.stream(Questionnaire.Kind.values()).forEach(kind -> shipped.addAll(catalogue.available(kind)));
        assertThat(shipped).extracting(Questionnaire::reference).contains("sipas-citizen@1", "par-officials@1");
        for (Questionnaire questionnaire : shipped) {
            assertThat(roundTrip(questionnaire).toJson()).as(questionnaire.reference())
                    .isEqualTo(questionnaire.toJson());
        }
    }

    @Test
    void aHandWrittenWorkbookIsReadWithItsLanguagesRequiredValuesAndNumberCells() {
        byte[] file = Xlsx.of(
                new Xlsx.Tab("Survey", List.of("type", "name", "label", "label::English", "hint::vi", "required",
                        "appearance", "thuocdo_min", "calculation"), List.of(
                        row("begin group", "s1", "Phần 1", "Part 1", null, null, "field-list"),
                        row("select_one  rating", "q1", "Hài lòng không?", "Satisfied?", "Chọn một", "TRUE()", "likert"),
                        row("integer", "q2", "Tuổi", null, null, "no", null, 18),
                        row("text", "q3", "Góp ý", null, null, "false", "multiline"),
                        row("end group"))),
                new Xlsx.Tab("choices", CHOICES, List.of(row("rating", 1, "Có"), row("rating", 2, "Không"))),
                new Xlsx.Tab("Hướng dẫn", List.of("Ghi chú"), List.of(row("trang này bị bỏ qua"))),
                new Xlsx.Tab("settings", List.of("form_id", "version", "form_title::Tiếng Việt (vi)", "thuocdo_kind"),
                        List.of(row("hand-made", 3, "Bảng hỏi viết tay", "officials"))));

        JsonNode definition = read(file).definition();

        assertThat(definition.path("id").asText()).isEqualTo("hand-made");
        assertThat(definition.path("version").asInt()).isEqualTo(3);
        assertThat(definition.path("kind").asText()).isEqualTo("OFFICIALS");
        JsonNode questions = definition.path("sections").get(0).path("questions");
        assertThat(questions.get(0).path("kind").asText()).isEqualTo("SINGLE_CHOICE");
        assertThat(questions.get(0).path("label").path("en").asText()).isEqualTo("Satisfied?");
        assertThat(questions.get(0).path("hint").path("vi").asText()).isEqualTo("Chọn một");
        assertThat(questions.get(0).path("required").asBoolean()).isTrue();
        assertThat(questions.get(1).path("min").asLong()).isEqualTo(18);
        assertThat(questions.get(1).path("required").asBoolean()).isFalse();
        assertThat(questions.get(2).path("kind").asText()).isEqualTo("LONG_TEXT");
        assertThat(definition.path("choiceLists").path("rating").get(0).path("key").asText()).isEqualTo("1");
    }

    @Test
    void everyUnsupportedTypeIsRefusedByNameAndRowAndNothingIsRead() {
        List<List<Object>> survey = new ArrayList<>();
        survey.add(row("begin_group", "s1", "Phần 1"));
        for (int i = 0; i < 8; i++) {
            survey.add(row("integer", "q" + i, "Câu " + i));
        }
        survey.add(row("calculate", "total", "Tổng"));
        survey.add(row("geopoint", "where", "Vị trí"));
        survey.add(row("begin_repeat", "members", "Thành viên"));
        survey.add(row("select_one_from_file villages.csv", "village", "Thôn"));
        survey.add(row("end_group"));

        List<XlsFormError> errors = refused(workbook(SURVEY, survey, List.of(), row("f", 1, "F", "CITIZEN")));

        assertThat(errors).containsExactly(
                error(11, "type", "xlsform.unsupportedType", "calculate"),
                error(12, "type", "xlsform.unsupportedType", "geopoint"),
                error(13, "type", "xlsform.unsupportedType", "begin_repeat"),
                error(14, "type", "xlsform.unsupportedType", "select_one_from_file villages.csv"));
    }

    @Test
    void aColumnTheImporterDoesNotKnowIsRefusedWhereItIsUsedAndIgnoredWhereEmpty() {
        List<String> headers = new ArrayList<>(SURVEY);
        headers.add("choice_filter");
        headers.add("label::Français (fr)");
        List<XlsFormError> errors = refused(workbook(headers, List.of(
                row("begin_group", "s1", "Phần 1"),
                row("select_one yesNo", "q1", "Câu 1", null, null, null, null, "${x} = 1"),
                row("integer", "q2", "Câu 2"),
                row("end_group")), List.of(row("yesNo", "yes", "Có")), row("f", 1, "F", "CITIZEN")));

        assertThat(errors).containsExactly(
                new XlsFormError("survey", 1, "label::Français (fr)", "xlsform.unsupportedLanguage",
                        List.of("Français (fr)")),
                error(3, "choice_filter", "xlsform.unsupportedColumn", "choice_filter"));
    }

    @Test
    void valuesTheImporterCannotReadAreRefusedAtTheirCells() {
        List<XlsFormError> errors = refused(workbook(SURVEY, List.of(
                        row("begin_group", "s1", "Phần 1"),
                        row("select_one missing", "q1", "Câu 1", null, "maybe"),
                        row("integer", "q2", null, "Only English"),
                        row("note", "q3", "Ghi chú"),
                        row("begin_group", "s2", "Phần 2"),
                        row("end_group")),
                List.of(row("yesNo", "yes", "Có"), row("yesNo", "yes", "Có nữa")), row("f", "một", "F", "EVERYONE")));

        assertThat(errors).containsExactlyInAnyOrder(
                new XlsFormError("settings", 2, "version", "xlsform.notNumber", List.of("version", "một")),
                new XlsFormError("settings", 2, "thuocdo_kind", "xlsform.kindInvalid", List.of("EVERYONE")),
                new XlsFormError("choices", 3, "name", "xlsform.duplicateChoice", List.of("yes", "yesNo")),
                error(3, "type", "xlsform.unknownList", "missing"),
                error(3, "required", "xlsform.notYesNo", "required", "maybe"),
                error(4, "label::vi", "xlsform.vietnameseMissing", "label"),
                error(4, "label", "xlsform.labelMissing", "q2"),
                error(6, "type", "xlsform.nestedGroup", 2));
    }

    @Test
    void whatTheModelRefusesIsForTheRegistryWhileTheReaderKeepsTheRowOfEachQuestion() {
        ImportedXlsForm read = read(XlsFormWorkbooks.small("small", 1));
        assertThat(read.rows()).containsEntry("profile", 2).containsEntry("usedService", 3).containsEntry("visits", 4);
        assertThat(Questionnaire.parse(read.definition().toString()).reference()).isEqualTo("small@1");
    }

    @Test
    void aWorkbookWithoutItsSheetsSaysWhichAreMissing() {
        assertThat(refused(Xlsx.of("Sheet1", List.of("a"), List.of()))).containsExactly(
                new XlsFormError("settings", 0, null, "xlsform.sheetMissing", List.of("settings")),
                new XlsFormError("choices", 0, null, "xlsform.sheetMissing", List.of("choices")),
                new XlsFormError("survey", 0, null, "xlsform.sheetMissing", List.of("survey")));
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedAsSuch() {
        assertThat(refused("type,name\ninteger,q1\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly(XlsFormError.ofFile("xlsform.notXlsx"));
    }

    private ImportedXlsForm read(byte[] file) {
        return forms.read(new ByteArrayInputStream(file));
    }

    private List<XlsFormError> refused(byte[] file) {
        List<XlsFormError> errors = new ArrayList<>();
        assertThatThrownBy(() -> read(file)).isInstanceOfSatisfying(InvalidXlsForm.class,
                e -> errors.addAll(e.errors()));
        return errors;
    }

    private static XlsFormError error(int row, String column, String key, Object... args) {
        return new XlsFormError("survey", row, column, key, List.of(args));
    }

    private Questionnaire roundTrip(Questionnaire questionnaire) {
        try {
            byte[] file = forms.write(JSON.readTree(questionnaire.toJson()));
            return Questionnaire.parse(read(file).definition().toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String fixture(String path) throws IOException {
        try (InputStream in = XlsFormReadingTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
