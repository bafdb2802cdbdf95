package vn.thuocdo.publication.reports;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.thuocdo.shared.PdfText;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A4 portrait pages in the house style of the assessment reports: a head line on every page (the document and the
 * publication), headings and wrapped paragraphs, tables whose header repeats on each page and whose cells wrap to
 * their column, images scaled to the text width, and "Trang i/n" at every foot once the page count is known. One
 * document per instance, closed by {@link #finish}: nothing is kept between documents.
 */
final class ReportPages implements AutoCloseable {

    static final float MARGIN = 36;
    static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float TOP = PDRectangle.A4.getHeight() - 28;
    private static final float BOTTOM = 42;
    private static final float PAD = 2.5f;
    static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    static final Color ACCENT = new Color(0x9B, 0x1C, 0x1C);
    private static final Color GRID = new Color(0xB8, 0xBE, 0xC8);
    private static final Color HEAD_FILL = new Color(0xDD, 0xEB, 0xF7);
    private static final Color NOTICE_FILL = new Color(0xFD, 0xF1, 0xE7);

    /** A table column: its heading, width in points, and whether it holds figures (right-aligned). */
    record Column(String head, float width, boolean figure) {
    }

    private final PDDocument document = new PDDocument();
    private final PdfText w = new PdfText();
    private final PdfText.Fonts fonts;
    private final String head;
    private final String headRight;
    private PDPageContentStream content;
    private float y;

    ReportPages(String title, String head, String headRight) throws IOException {
        this.head = head;
        this.headRight = headRight;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(PdfText.nfc(title));
        info.setCreator("Thước Đo");
        info.setProducer("Thước Đo (PDFBox)");
        fonts = PdfText.Fonts.in(document);
        newPage();
    }

    PDDocument document() {
        return document;
    }

    void title(String text) throws IOException {
        y -= 8;
        y = w.centredLines(fonts.bold(), 14, ACCENT, text, MARGIN, WIDTH, y, 18);
        y -= 4;
    }

    void centred(String text, float size) throws IOException {
        y = w.centredLines(fonts.text(), size, INK, text, MARGIN, WIDTH, y, size * 1.35f);
    }

    /** A boxed notice (the demo key, a correction): tinted, bold, hard to miss. */
    void notice(String text) throws IOException {
        List<String> lines = w.lines(fonts.bold(), 9.5f, text, WIDTH - 12);
        float height = lines.size() * 12.5f + 8;
        room(height + 6);
        w.fill(MARGIN, y - height, WIDTH, height, NOTICE_FILL);
        w.box(MARGIN, y - height, WIDTH, height);
        float baseline = y - 4 - 9.5f;
        for (String line : lines) {
            w.line(fonts.bold(), 9.5f, ACCENT, line, MARGIN + 6, baseline, 0);
            baseline -= 12.5f;
        }
        y -= height + 8;
    }

    /** A heading below what is above ({@code y} is the top of the free space, not a baseline). */
    void heading(String text) throws IOException {
        room(60);
        y -= 8;
        for (String line : w.lines(fonts.bold(), 11.5f, text, WIDTH)) {
            w.line(fonts.bold(), 11.5f, ACCENT, line, MARGIN, y - 11.5f, 0);
            y -= 14.5f;
        }
        y -= 3;
    }

    void paragraph(String text) throws IOException {
        y -= 2;
        for (String line : w.lines(fonts.text(), 9, text, WIDTH)) {
            room(12);
            w.line(fonts.text(), 9, INK, line, MARGIN, y - 9, 0);
            y -= 12;
        }
        y -= 3;
    }

    /** The image at the text's width (its aspect kept), on a new page when it does not fit on this one. */
    void image(PDImageXObject image, String caption) throws IOException {
        float height = WIDTH * image.getHeight() / image.getWidth();
        room(height + 22);
        content.drawImage(image, MARGIN, y - height, WIDTH, height);
        y -= height + 10;
        y = w.centredLines(fonts.text(), 8, MUTED, caption, MARGIN, WIDTH, y, 10);
        y -= 4;
    }

    /** A table: the header on top and again on each page it continues to; every cell wrapped to its column. */
    void table(List<Column> columns, List<List<String>> rows) throws IOException {
        float size = 7.5f;
        float leading = size * 1.3f;
        List<String> heads = columns.stream().map(Column::head).toList();
        List<List<String>> headCells = cells(columns, heads, fonts.bold(), size);
        room(height(headCells, leading) + 3 * leading);
        band(columns, headCells, fonts.bold(), size, leading, HEAD_FILL);
        for (List<String> row : rows) {
            List<List<String>> cells = cells(columns, row, fonts.text(), size);
            if (y - height(cells, leading) < BOTTOM) {
                newPage();
                band(columns, headCells, fonts.bold(), size, leading, HEAD_FILL);
            }
            band(columns, cells, fonts.text(), size, leading, null);
        }
        y -= 6;
    }

    private List<List<String>> cells(List<Column> columns, List<String> values, PDFont font, float size)
            throws IOException {
        List<List<String>> cells = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            String value = c < values.size() && values.get(c) != null ? values.get(c) : "";
            cells.add(w.lines(font, size, value, columns.get(c).width() - 2 * PAD));
        }
        return cells;
    }

    private static float height(List<List<String>> cells, float leading) {
        int lines = cells.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, lines) * leading + 2 * PAD;
    }

    private void band(List<Column> columns, List<List<String>> cells, PDFont font, float size, float leading,
                      Color fill) throws IOException {
        float height = height(cells, leading);
        float x = MARGIN;
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (fill != null) {
                w.fill(x, y - height, column.width(), height, fill);
            }
            content.setStrokingColor(GRID);
            content.setLineWidth(0.4f);
            content.addRect(x, y - height, column.width(), height);
            content.stroke();
            float baseline = y - PAD - size;
            for (String line : cells.get(c)) {
                if (column.figure()) {
                    w.right(font, size, INK, line, x + PAD, column.width() - 2 * PAD, baseline);
                } else {
                    w.line(font, size, INK, line, x + PAD, baseline, 0);
                }
                baseline -= leading;
            }
            x += column.width();
        }
        y -= height;
    }

    /** A new page unless {@code height} points are left on this one. */
    private void room(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        w.on(content);
        List<String> left = w.lines(fonts.text(), 8, head, WIDTH * 0.62f);
        w.line(fonts.text(), 8, MUTED, left.size() > 1 ? left.get(0) + "…" : left.get(0), MARGIN, TOP, 0);
        w.right(fonts.bold(), 8, MUTED, headRight, MARGIN, WIDTH, TOP);
        w.rule(MARGIN, TOP - 5, WIDTH, GRID);
        y = TOP - 18;
    }

    /** The feet ("Trang i/n" and {@code foot}) on every page, then the document's bytes. */
    byte[] finish(String foot, String pageOf) throws IOException {
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream feet = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                w.on(feet);
                w.rule(MARGIN, 32, WIDTH, GRID);
                w.line(fonts.text(), 7.5f, MUTED, foot, MARGIN, 21, 0);
                w.right(fonts.text(), 7.5f, MUTED, pageOf.replace("{0}", String.valueOf(i + 1))
                        .replace("{1}", String.valueOf(pages)), MARGIN, WIDTH, 21);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        document.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }
}
