package vn.thuocdo.survey.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Component;
import vn.thuocdo.sampling.xlsx.ZipBounds;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.survey.ImportedXlsForm;
import vn.thuocdo.survey.InvalidXlsForm;
import vn.thuocdo.survey.XlsFormError;
import vn.thuocdo.survey.XlsForms;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * XLSForm workbooks with FastExcel, bounded as the sampling frames are: the upload copied to a temporary file
 * within {@link UploadLimits}, inflated once by {@link ZipBounds} before FastExcel reads anything, then read sheet by
 * sheet into the questionnaire's JSON. Every error of every sheet is gathered before the file is refused.
 */
@Component
class FastExcelXlsForms implements XlsForms {

    /** A questionnaire of 300 questions is some 330 rows; ten thousand is far beyond any real one. */
    static final int MAX_SURVEY_ROWS = 5_000;
    static final int MAX_CHOICE_ROWS = 20_000;
    static final int MAX_SETTINGS_ROWS = 10;
    /** ODK sheets that carry meaning the importer does not support: refused rather than ignored. */
    private static final Set<String> UNSUPPORTED_SHEETS = Set.of("external_choices", "entities", "osm");

    private final UploadLimits limits;

    FastExcelXlsForms(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public ImportedXlsForm read(InputStream in) {
        return ZipBounds.read(in, limits, "xlsform.", errors -> new InvalidXlsForm(errors.stream()
                .map(e -> new XlsFormError(null, 0, null, e.key(), e.args())).toList()), this::read);
    }

    private ImportedXlsForm read(ReadableWorkbook workbook) {
        Problems problems = new Problems();
        workbook.getSheets().map(Sheet::getName)
                .filter(name -> UNSUPPORTED_SHEETS.contains(name.strip().toLowerCase(java.util.Locale.ROOT)))
                .forEach(name -> problems.at(name, 0, null, "xlsform.unsupportedSheet", name));
        ObjectNode definition = JsonNodeFactory.instance.objectNode();
        List<Line> settings = new ArrayList<>();
        Optional<List<String>> settingsHeaders = sheet(workbook, SettingsReading.SHEET, MAX_SETTINGS_ROWS, settings,
                problems);
        settingsHeaders.ifPresent(h -> SettingsReading.read(h, settings, definition, problems));
        List<Line> choiceLines = new ArrayList<>();
        ChoicesReading choices = sheet(workbook, ChoicesReading.SHEET, MAX_CHOICE_ROWS, choiceLines, problems)
                .map(h -> ChoicesReading.read(h, choiceLines, problems)).orElse(null);
        List<Line> surveyLines = new ArrayList<>();
        Optional<List<String>> surveyHeaders = sheet(workbook, SurveyReading.SHEET, MAX_SURVEY_ROWS, surveyLines,
                problems);
        if (choices == null || surveyHeaders.isEmpty()) {
            problems.refuseIfAny();
        }
        SurveyReading survey = SurveyReading.read(surveyHeaders.get(), surveyLines, choices.lists, problems);
        problems.refuseIfAny();
        ObjectNode lists = definition.putObject("choiceLists");
        choices.lists.forEach(lists::set);
        definition.set("notValid", choices.notValid);
        if (!choices.parts.isEmpty()) {
            definition.putObject("grouping").set("parts", choices.parts);
        }
        definition.set("sections", survey.sections);
        return new ImportedXlsForm(definition, survey.rows, choices.rows);
    }

    private static Optional<List<String>> sheet(ReadableWorkbook workbook, String name, int maxRows, List<Line> lines,
                                                Problems problems) {
        Optional<Sheet> sheet = Sheets.named(workbook, name);
        if (sheet.isEmpty()) {
            problems.at(name, 0, null, "xlsform.sheetMissing", name);
            return Optional.empty();
        }
        return Optional.of(Sheets.read(sheet.get(), name, maxRows, lines));
    }

    @Override
    public byte[] write(JsonNode definition) {
        return XlsFormWriter.write(definition);
    }

}
