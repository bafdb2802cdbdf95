package vn.thuocdo.bench;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.sampling.xlsx.Xlsx;
import vn.thuocdo.survey.ImportedXlsForm;
import vn.thuocdo.survey.QuestionnaireVersion;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.XlsForms;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.TestActors;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing an XLSForm of 300 survey rows (10 sections of 28 questions with skip logic, constraints and
 * satisfaction items), end to end through {@link Questionnaires#importXlsForm}: the bounded read, the JSON, the
 * model's validation, the insert and its audit. The baseline in the same run is FastExcel reading every cell of
 * the same file with nothing built from them.
 */
@AdapterTest
class XlsFormImportBenchmark {

    static final int RUNS = Integer.getInteger("bench.xlsform.runs", 5);
    static final int WARM_UPS = 10;
    static final int SECTIONS = 10;
    static final int QUESTIONS = 28;
    static final double GOAL_MS = 1000;

    @Autowired Questionnaires questionnaires;
    @Autowired XlsForms xlsForms;

    @Test
    void importingAnXlsFormOf300Rows() throws IOException {
        List<Double> imports = new ArrayList<>();
        List<Double> reads = new ArrayList<>();
        List<Double> cells = new ArrayList<>();
        int rows = 0;
        for (int run = 0; run < WARM_UPS + RUNS; run++) {
            byte[] file = workbook(run + 1);
            long start = System.nanoTime();
            int read = readCells(file);
            double cellsMs = (System.nanoTime() - start) / 1e6;

            start = System.nanoTime();
            ImportedXlsForm json = xlsForms.read(new ByteArrayInputStream(file));
            double readMs = (System.nanoTime() - start) / 1e6;

            start = System.nanoTime();
            QuestionnaireVersion version;
            try {
                version = questionnaires.importXlsForm(new ByteArrayInputStream(file), file.length,
                        TestActors.COORDINATOR);
            } catch (vn.thuocdo.survey.InvalidXlsForm invalid) {
                throw new AssertionError("The benchmark's workbook is refused: " + invalid.errors(), invalid);
            }
            double importMs = (System.nanoTime() - start) / 1e6;
            assertThat(version.items()).isEqualTo(SECTIONS * QUESTIONS);
            assertThat(json.rows()).hasSize(SECTIONS * (QUESTIONS + 1));
            rows = read;
            if (run >= WARM_UPS) {
                imports.add(importMs);
                reads.add(readMs);
                cells.add(cellsMs);
            }
        }
        BenchReport.Stats figure = new BenchReport.Stats(imports);
        BenchReport.Stats floor = new BenchReport.Stats(cells);
        BenchReport report = new BenchReport("xlsform",
                "XLSForm import: `Questionnaires.importXlsForm`, 300 survey rows");
        report.row("import of %d survey rows (%d questions): bounded read, JSON, validation, insert, audit"
                .formatted(SECTIONS * (QUESTIONS + 2), SECTIONS * QUESTIONS), figure,
                BenchReport.ratio(figure, floor.median(), "cells"), GOAL_MS);
        report.row("of which reading the workbook into the definition's JSON (bounds, rows, refusals)",
                new BenchReport.Stats(reads), BenchReport.ratio(new BenchReport.Stats(reads), floor.median(), "cells"),
                null);
        report.row("baseline: FastExcel reading every cell of the same file (%d rows, 3 sheets), nothing built"
                .formatted(rows), floor, "", null);
        report.note("%d runs, the first %d discarded as warm-up; each run imports a new version of the same id."
                .formatted(WARM_UPS + RUNS, WARM_UPS));
        report.note("Goal [A] (the issue sets none): under 1 s, a statistician's upload answered at once.");
        report.write();
    }

    /** Every cell of every sheet read as text, as the cheapest reading of the file can be. */
    private static int readCells(byte[] file) throws IOException {
        int rows = 0;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> stream = sheet.openStream()) {
                    for (Row row : (Iterable<Row>) stream::iterator) {
                        rows++;
                        for (int c = 0; c < row.getCellCount(); c++) {
                            if (row.getCell(c) != null) {
                                row.getCell(c).getText();
                            }
                        }
                    }
                }
            }
        }
        return rows;
    }

    /** 10 sections of 28 questions: satisfaction items, numbers with constraints, choices, skip logic. */
    static byte[] workbook(int version) {
        List<List<Object>> survey = new ArrayList<>();
        for (int s = 1; s <= SECTIONS; s++) {
            survey.add(row("begin_group", "s" + s, "Phần " + s, "Part " + s, null, null, s > 1 ? "${s1q1} = 'yes'" : null,
                    null));
            for (int q = 1; q <= QUESTIONS; q++) {
                String id = "s" + s + "q" + q;
                switch (q % 4) {
                    case 1 -> survey.add(row("select_one yesNo", id, "Câu hỏi có/không " + id, "Yes/no " + id, "yes",
                            null, q > 1 ? "${s" + s + "q" + (q - 1) + "} > 0" : null, null));
                    case 2 -> survey.add(row("integer", id, "Số lượng " + id, "Count " + id, null, ". >= 0 and . <= 100",
                            null, null));
                    case 3 -> survey.add(row("select_one satisfaction5", id, "Mức độ hài lòng " + id,
                            "Satisfaction " + id, "yes", null, null, "e" + (1 + (q / 4) % 4)));
                    default -> survey.add(row("text", id, "Ý kiến " + id, "Comment " + id, null,
                            "string-length(.) <= 500", null, null));
                }
            }
            survey.add(row("end_group"));
        }
        List<List<Object>> choices = new ArrayList<>();
        choices.add(row("yesNo", "yes", "Có", "Yes"));
        choices.add(row("yesNo", "no", "Không", "No"));
        for (int k = 1; k <= 5; k++) {
            choices.add(row("satisfaction5", String.valueOf(k), "Mức " + k, "Level " + k));
        }
        choices.add(row("thuocdo_parts", "services", "Dịch vụ", "Services"));
        for (int e = 1; e <= 4; e++) {
            choices.add(row("thuocdo_elements", "e" + e, "Thành phần " + e, "Element " + e, "services"));
        }
        return Xlsx.of(new Xlsx.Tab("survey", List.of("type", "name", "label::Tiếng Việt (vi)", "label::English (en)",
                        "required", "constraint", "relevant", "thuocdo_element"), survey),
                new Xlsx.Tab("choices", List.of("list_name", "name", "label::Tiếng Việt (vi)", "label::English (en)",
                        "thuocdo_part"), choices),
                new Xlsx.Tab("settings", List.of("form_id", "version", "form_title", "thuocdo_kind"),
                        List.of(row("bench-xlsform", version, "Bảng hỏi đo hiệu năng", "CITIZEN"))));
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(java.util.Arrays.asList(cells));
    }
}
