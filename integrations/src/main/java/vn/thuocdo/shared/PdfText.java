package vn.thuocdo.shared;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines of Vietnamese text on PDFBox pages, shared by every document the application prints (invitation letters,
 * assessment reports): Noto Sans embedded as subsets, so any reader shows the marks; text wrapped by measured width,
 * centred, ruled. The fonts are read from the classpath once; each document embeds only the glyphs it uses. Most of
 * a document repeats (a letter's paragraphs, a report's headings), so a paragraph's lines are measured once per
 * writer, not once per page.
 */
public final class PdfText {

    private static final byte[] REGULAR = withoutGlyphSubstitution(resource("NotoSans-Regular.ttf"));
    private static final byte[] BOLD = withoutGlyphSubstitution(resource("NotoSans-Bold.ttf"));

    private final Map<String, List<String>> wrapped = new HashMap<>();
    private PDPageContentStream page;

    /** The two weights, loaded into one document (a PDFBox font belongs to one document). */
    public record Fonts(PDFont text, PDFont bold) {

        public static Fonts in(PDDocument document) throws IOException {
            return new Fonts(PDType0Font.load(document, new ByteArrayInputStream(REGULAR)),
                    PDType0Font.load(document, new ByteArrayInputStream(BOLD)));
        }
    }

    /** Writes on this page from now on. */
    public void on(PDPageContentStream content) {
        this.page = content;
    }

    public PDPageContentStream page() {
        return page;
    }

    public void line(PDFont font, float size, Color color, String text, float x, float y, float spacing)
            throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.setNonStrokingColor(color);
        page.setCharacterSpacing(spacing);
        page.newLineAtOffset(x, y);
        page.showText(printable(font, text));
        page.endText();
        page.setCharacterSpacing(0);
    }

    public void centred(PDFont font, float size, Color color, String text, float x, float width, float y)
            throws IOException {
        float w = width(font, size, printable(font, text));
        line(font, size, color, text, x + Math.max(0, (width - w) / 2), y, 0);
    }

    /** Right-aligned within {@code width} from {@code x}: figures in a table's column. */
    public void right(PDFont font, float size, Color color, String text, float x, float width, float y)
            throws IOException {
        float w = width(font, size, printable(font, text));
        line(font, size, color, text, x + Math.max(0, width - w), y, 0);
    }

    public float centredLines(PDFont font, float size, Color color, String text, float x, float width, float y,
                              float leading) throws IOException {
        for (String line : lines(font, size, text, width)) {
            centred(font, size, color, line, x, width, y);
            y -= leading;
        }
        return y;
    }

    /** Writes the text wrapped to the width from the baseline {@code y}; returns the next baseline. */
    public float paragraph(PDFont font, float size, Color color, String text, float x, float width, float y,
                           float leading) throws IOException {
        for (String line : lines(font, size, text, width)) {
            line(font, size, color, line, x, y, 0);
            y -= leading;
        }
        return y;
    }

    public void rule(float x, float y, float width, Color color) throws IOException {
        page.setStrokingColor(color);
        page.setLineWidth(0.6f);
        page.moveTo(x, y);
        page.lineTo(x + width, y);
        page.stroke();
    }

    public void box(float x, float y, float width, float height) throws IOException {
        page.setStrokingColor(new Color(0xB8, 0xBE, 0xC8));
        page.setLineWidth(0.8f);
        page.addRect(x, y, width, height);
        page.stroke();
    }

    public void fill(float x, float y, float width, float height, Color color) throws IOException {
        page.setNonStrokingColor(color);
        page.addRect(x, y, width, height);
        page.fill();
    }

    /** The text wrapped to the width (composed, printable), each paragraph measured once. */
    public List<String> lines(PDFont font, float size, String text, float width) throws IOException {
        String key = font.getName() + "|" + size + "|" + width + "|" + text;
        List<String> lines = wrapped.get(key);
        if (lines == null) {
            lines = new ArrayList<>();
            for (String paragraph : printable(font, nfc(text)).split("\n", -1)) {
                lines.addAll(wrap(font, size, paragraph, width));
            }
            wrapped.put(key, lines);
        }
        return lines;
    }

    /** NFC: one code point per Vietnamese letter, so the font's precomposed glyphs are used, not stacked marks. */
    public static String nfc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    }

    /**
     * The text as the font can show it: control characters (but line breaks) become spaces and a character Noto
     * Sans lacks (an emoji typed into a name) a question mark, rather than the whole document failing.
     */
    static String printable(PDFont font, String text) throws IOException {
        String clean = text.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ");
        try {
            font.encode(clean.replace("\n", " "));
            return clean;
        } catch (IllegalArgumentException missingGlyph) {
            StringBuilder shown = new StringBuilder();
            clean.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    if (cp != '\n') {
                        font.encode(one);
                    }
                    shown.append(one);
                } catch (IllegalArgumentException | IOException e) {
                    shown.append('?');
                }
            });
            return shown.toString();
        }
    }

    /** Greedy wrapping by the words' measured widths, each word measured once. */
    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        float space = width(font, size, " ");
        StringBuilder current = new StringBuilder();
        float used = 0;
        for (String word : text.split(" ")) {
            float w = width(font, size, word);
            if (!current.isEmpty() && used + space + w > width) {
                lines.add(current.toString());
                current.setLength(0);
                used = 0;
            }
            if (!current.isEmpty()) {
                current.append(' ');
                used += space;
            }
            current.append(word);
            used += w;
            // A word longer than the line (a file name without spaces) is cut where it must be.
            while (current.length() > 1 && used > width) {
                int cut = current.length() - 1;
                while (cut > 1 && width(font, size, current.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(current.substring(0, cut));
                current.delete(0, cut);
                used = width(font, size, current.toString());
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** The text's width in points; the text is one {@link #printable} made. */
    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its GSUB table hidden (its directory tag renamed, the table left as it is). PDFBox applies a
     * font's glyph substitutions on every page it writes, building its matchers anew each page: 50 ms a letter, 20 s
     * for a province. Vietnamese in NFC needs none of them (every letter with its marks is one glyph of its own);
     * only the "fi"/"fl" ligatures are lost, which also keeps the text copied from the PDF plain.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xFF) << 8) | (copy[5] & 0xFF);
        for (int i = 0; i < tables; i++) {
            int entry = 12 + 16 * i;
            if (copy[entry] == 'G' && copy[entry + 1] == 'S' && copy[entry + 2] == 'U' && copy[entry + 3] == 'B') {
                copy[entry] = 'X';
            }
        }
        return copy;
    }
}
