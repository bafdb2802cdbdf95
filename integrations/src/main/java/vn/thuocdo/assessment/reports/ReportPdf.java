package vn.thuocdo.assessment.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.shared.PdfText;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The report on A4 portrait pages: the unit and the round at the head of every page, the title and the facts (who
 * signed off, submitted, appraised) on the first, then the table - its header repeated on every page, each cell's
 * text wrapped to its column, a row too long for what is left of a page continued on the next - and "Trang i/n" at
 * the foot. One document per call; the writer keeps no state between reports.
 */
final class ReportPdf {

    private static final float MARGIN = 36;
    private static final float TOP = PDRectangle.A4.getHeight() - 28;
    private static final float BOTTOM = 40;
    private static final float PAD = 3;
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final Color ACCENT = new Color(0x9B, 0x1C, 0x1C);
    private static final Color GRID = new Color(0xB8, 0xBE, 0xC8);
    private static final Color HEAD_FILL = new Color(0xDD, 0xEB, 0xF7);
    private static final Color AREA_FILL = new Color(0xE8, 0xEC, 0xF2);
    private static final Color CRITERION_FILL = new Color(0xF5, 0xF6, 0xF8);

    private final AssessmentReport report;
    private final ReportWords words;
    private final ReportTable table;
    private final float size;
    private final float leading;
    private final PDDocument document = new PDDocument();
    private final PdfText w = new PdfText();
    private PdfText.Fonts fonts;
    private PDPageContentStream content;
    private float y;

    ReportPdf(AssessmentReport report, ReportWords words) {
        this.report = report;
        this.words = words;
        this.table = new ReportTable(report, words);
        // The appraisal's ten columns need a smaller type than the self-assessment's seven.
        this.size = report.kind() == AssessmentReport.Kind.APPRAISAL ? 7 : 8;
        this.leading = size * 1.25f;
    }

    void write(OutputStream out) throws IOException {
        try (document) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(words.title(report) + " - " + PdfText.nfc(report.unitName()));
            info.setCreator("Thước Đo");
            fonts = PdfText.Fonts.in(document);
            newPage();
            first();
            tableHead();
            for (ReportTable.Row row : table.rows) {
                row(row);
            }
            content.close();
            footers();
            document.save(out);
        }
    }

    private void first() throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        y -= 16;
        w.centred(fonts.bold(), 15, ACCENT, words.title(report), MARGIN, width, y);
        y -= 18;
        y = w.centredLines(fonts.bold(), 11, INK, PdfText.nfc(report.unitName()), MARGIN, width, y, 14);
        y = w.centredLines(fonts.text(), 10, INK, PdfText.nfc(report.roundName()), MARGIN, width, y, 13);
        y -= 6;
        for (String fact : words.facts(report)) {
            y = w.paragraph(fonts.text(), 9, INK, fact, MARGIN, width, y, 12);
        }
        y -= 8;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        w.on(content);
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        w.line(fonts.text(), 8, MUTED, fit(fonts.text(), 8, words.header(report), width * 0.7f), MARGIN, TOP, 0);
        w.right(fonts.bold(), 8, MUTED, words.title(report), MARGIN, width, TOP);
        w.rule(MARGIN, TOP - 5, width, GRID);
        y = TOP - 16;
    }

    private void tableHead() throws IOException {
        List<Object> heads = new ArrayList<>();
        for (ReportTable.Column column : table.columns) {
            heads.add(words.say(column.key()));
        }
        draw(cells(heads, fonts.bold()), fonts.bold(), HEAD_FILL, 0, Integer.MAX_VALUE);
    }

    private void row(ReportTable.Row row) throws IOException {
        boolean heading = row.level() != ReportTable.Level.LINE;
        PDFont font = heading ? fonts.bold() : fonts.text();
        Color fill = switch (row.level()) {
            case AREA, TOTAL -> AREA_FILL;
            case CRITERION -> CRITERION_FILL;
            case LINE -> null;
        };
        List<List<String>> cells = cells(row.cells(), font);
        int total = cells.stream().mapToInt(List::size).max().orElse(1);
        int from = 0;
        while (from < total) {
            int fit = (int) ((y - BOTTOM - 2 * PAD) / leading);
            // Keep a short row whole, and never start a row with less than three lines of room.
            if (fit < Math.min(total - from, 3)) {
                newPage();
                tableHead();
                continue;
            }
            int lines = Math.min(fit, total - from);
            draw(cells, font, fill, from, lines);
            from += lines;
        }
    }

    /** Lines {@code from} to {@code from + count} of every cell, as one band of the table. */
    private void draw(List<List<String>> cells, PDFont font, Color fill, int from, int count) throws IOException {
        int lines = 0;
        for (List<String> cell : cells) {
            lines = Math.max(lines, Math.min(count, cell.size() - from));
        }
        float height = Math.max(1, lines) * leading + 2 * PAD;
        float x = MARGIN;
        for (int c = 0; c < cells.size(); c++) {
            ReportTable.Column column = table.columns.get(c);
            if (fill != null) {
                w.fill(x, y - height, column.pdfWidth(), height, fill);
            }
            content.setStrokingColor(GRID);
            content.setLineWidth(0.4f);
            content.addRect(x, y - height, column.pdfWidth(), height);
            content.stroke();
            List<String> cell = cells.get(c);
            float baseline = y - PAD - size;
            for (int i = from; i < Math.min(cell.size(), from + count); i++) {
                if (column.figure()) {
                    w.right(font, size, INK, cell.get(i), x + PAD, column.pdfWidth() - 2 * PAD, baseline);
                } else {
                    w.line(font, size, INK, cell.get(i), x + PAD, baseline, 0);
                }
                baseline -= leading;
            }
            x += column.pdfWidth();
        }
        y -= height;
    }

    private List<List<String>> cells(List<Object> values, PDFont font) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            String text = value instanceof BigDecimal points ? ReportWords.points(points) : String.valueOf(value);
            cells.add(w.lines(font, size, text, table.columns.get(c).pdfWidth() - 2 * PAD));
        }
        return cells;
    }

    /** "Trang i/n" and the time printed at the foot of every page, once the number of pages is known. */
    private void footers() throws IOException {
        int pages = document.getNumberOfPages();
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        String printed = words.say("report.printed", ReportWords.when(report.printedAt()));
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                w.on(foot);
                w.rule(MARGIN, 30, width, GRID);
                w.line(fonts.text(), 8, MUTED, printed, MARGIN, 20, 0);
                w.right(fonts.text(), 8, MUTED, words.say("report.page", i + 1, pages), MARGIN, width, 20);
            }
        }
    }

    /** The text cut with an ellipsis to the width: a head line never runs into the title beside it. */
    private String fit(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = w.lines(font, size, text, width);
        return lines.size() <= 1 ? text : lines.get(0) + "…";
    }
}
