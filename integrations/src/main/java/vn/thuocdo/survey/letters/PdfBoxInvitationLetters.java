package vn.thuocdo.survey.letters;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.CellText;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.PdfText;
import vn.thuocdo.survey.invitation.InvitationLetters;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;

/**
 * {@link InvitationLetters} with PDFBox and ZXing: an A4 page per household in Noto Sans (subset-embedded, so any
 * reader shows the Vietnamese marks), the QR code drawn as vector squares (sharp at any printer resolution), and a
 * FastExcel code list. The fonts are read from the classpath once; each document embeds only the glyphs it uses.
 * The words are Vietnamese only (letter.properties): the letter goes to households, whatever language the
 * coordinator's screen is in.
 */
@Component
class PdfBoxInvitationLetters implements InvitationLetters {

    private static final float MARGIN = 56;
    private static final float TOP = PDRectangle.A4.getHeight() - 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color MUTED = new Color(0x55, 0x5B, 0x66);
    private static final Color ACCENT = new Color(0x9B, 0x1C, 0x1C);
    /** ISO 18004 asks for 4 modules of light margin around the symbol; nothing is drawn there. */
    private static final int QUIET_ZONE = 4;
    private static final float QR_SIZE = 136;

    private final Properties words = words();

    @Override
    public void letters(LetterBatch batch, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(PdfText.nfc(words.getProperty("title") + " - " + batch.communeName()));
            info.setCreator("Thước Đo");
            // Parsed per document (a PDFBox font belongs to one document), from the bytes read once.
            PdfText.Fonts fonts = PdfText.Fonts.in(document);
            PdfText writer = new PdfText();
            for (Letter letter : batch.letters()) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    writer.on(content);
                    page(writer, fonts, letter);
                }
            }
            document.save(out);
        }
    }

    private void page(PdfText w, PdfText.Fonts fonts, Letter letter) throws IOException {
        Map<String, String> values = Map.of("{position}", Long.toString(letter.householdPosition()),
                "{village}", orDash(letter.villageName()), "{commune}", orDash(letter.communeName()),
                "{province}", orDash(letter.provinceName()), "{round}", orDash(letter.roundName()),
                "{year}", Integer.toString(letter.year()), "{entry}", letter.entryAddress(),
                "{date}", Formats.date(letter.closesOn()));
        // The heading of an official letter: the ministry on the left, the nation and its motto on the right.
        float left = WIDTH * 0.42f;
        float right = WIDTH - left;
        w.centred(fonts.bold(), 11, INK, say("ministry", values), MARGIN, left, TOP);
        w.rule(MARGIN + left / 2 - 22, TOP - 5, 44, INK);
        w.centred(fonts.bold(), 9.5f, INK, say("nation", values), MARGIN + left, right, TOP);
        w.centred(fonts.bold(), 10, INK, say("motto", values), MARGIN + left, right, TOP - 14);
        w.rule(MARGIN + left + right / 2 - 65, TOP - 21, 130, INK);

        // Small print for the postman, where an envelope's window shows it.
        float y = TOP - 44;
        y = w.paragraph(fonts.text(), 8.5f, MUTED, say("deliverTo", values), MARGIN, WIDTH, y, 11);

        y -= 20;
        w.centred(fonts.bold(), 16, ACCENT, say("title", values), MARGIN, WIDTH, y);
        y -= 17;
        y = w.centredLines(fonts.text(), 10.5f, INK, say("subtitle", values), MARGIN, WIDTH, y, 13);

        y -= 14;
        y = w.paragraph(fonts.bold(), 11, INK, say("salutation", values), MARGIN, WIDTH, y, 15);
        y -= 3;
        y = w.paragraph(fonts.text(), 11, INK, say("invite", values), MARGIN, WIDTH, y, 15);
        y -= 6;
        y = w.paragraph(fonts.text(), 11, INK, say("chosen", values), MARGIN, WIDTH, y, 15);

        // How to answer: the QR code on the left, the code to type by hand on the right.
        y -= 10;
        y = w.paragraph(fonts.bold(), 11.5f, INK, say("howTitle", values), MARGIN, WIDTH, y, 15);
        float boxTop = y - 2;
        float boxHeight = QR_SIZE + 12;
        w.box(MARGIN, boxTop - boxHeight, WIDTH, boxHeight);
        qr(w.page(), letter.surveyUrl(), MARGIN + 6, boxTop - 6 - QR_SIZE, QR_SIZE);
        float x = MARGIN + QR_SIZE + 20;
        float width = WIDTH - QR_SIZE - 30;
        float ry = boxTop - 22;
        ry = w.paragraph(fonts.text(), 10.5f, INK, say("howScan", values), x, width, ry, 13.5f);
        ry = w.paragraph(fonts.text(), 10.5f, INK, say("howType", values), x, width, ry, 13.5f);
        ry -= 8;
        w.line(fonts.text(), 9, MUTED, say("codeLabel", values), x, ry, 1.5f);
        ry -= 30;
        // Big and spaced: typed by an elderly person, read out on the phone, copied by hand without a mistake.
        w.line(fonts.bold(), 26, INK, letter.code(), x, ry, 3f);
        ry -= 24;
        w.line(fonts.bold(), 11, ACCENT, say("deadline", values), x, ry, 0);
        y = boxTop - boxHeight - 16;

        y = w.paragraph(fonts.text(), 10.5f, INK, say("once", values), MARGIN, WIDTH, y, 14);
        y -= 6;
        y = w.paragraph(fonts.text(), 10.5f, INK, say("confidential", values), MARGIN, WIDTH, y, 14);
        y -= 6;
        y = w.paragraph(fonts.text(), 10.5f, INK, say("contact", values), MARGIN, WIDTH, y, 14);
        y -= 12;
        y = w.paragraph(fonts.text(), 11, INK, say("thanks", values), MARGIN, WIDTH, y, 15);
        y -= 12;
        w.centred(fonts.bold(), 11, INK, say("signature", values), MARGIN + WIDTH / 2, WIDTH / 2, y);
    }

    @Override
    public void codeList(LetterBatch batch, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Thuoc Do", "1.0");
        Worksheet sheet = workbook.newWorksheet(words.getProperty("list.sheet"));
        String round = batch.letters().isEmpty() ? "" : batch.letters().get(0).roundName();
        sheet.value(0, 0, safe(say("list.title", Map.of("{round}", orDash(round),
                "{commune}", orDash(batch.communeName()), "{code}", orDash(batch.communeCode())))));
        sheet.style(0, 0).bold().fontSize(13).set();
        String[] heads = {"list.commune", "list.village", "list.position", "list.code", "list.url"};
        int[] widths = {30, 32, 8, 18, 52};
        for (int c = 0; c < heads.length; c++) {
            sheet.value(2, c, words.getProperty(heads[c]));
            sheet.style(2, c).bold().fillColor("DDEBF7").wrapText(true).set();
            sheet.width(c, widths[c]);
        }
        int row = 3;
        for (Letter letter : batch.letters()) {
            sheet.value(row, 0, safe(batch.communeCode() + " - " + orDash(batch.communeName())));
            sheet.value(row, 1, safe(orDash(letter.villageName())));
            sheet.value(row, 2, letter.householdPosition());
            sheet.value(row, 3, safe(letter.code()));
            sheet.value(row, 4, safe(letter.surveyUrl()));
            row++;
        }
        sheet.freezePane(0, 3);
        workbook.finish();
    }

    /** A cell's text: composed (NFC) as everywhere else, and never run as a formula ({@link CellText}). */
    static String safe(String text) {
        return CellText.neutralised(PdfText.nfc(text));
    }

    private String say(String key, Map<String, String> values) {
        String text = words.getProperty(key);
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace(value.getKey(), value.getValue());
        }
        return PdfText.nfc(text);
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private static Properties words() {
        Properties words = new Properties();
        try (InputStream in = PdfBoxInvitationLetters.class.getResourceAsStream("letter.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** The QR code's dark modules as filled squares, each row's runs merged into one rectangle. */
    private static void qr(PDPageContentStream page, String url, float x, float y, float size) throws IOException {
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(url, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IllegalStateException("A survey address too long for a QR code: " + url.length(), e);
        }
        float unit = size / (matrix.getWidth() + 2 * QUIET_ZONE);
        page.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (matrix.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row) == 1) {
                    col++;
                }
                // Rows count down from the top; PDF's y axis goes up.
                page.addRect(x + (QUIET_ZONE + start) * unit, y + size - (QUIET_ZONE + row + 1) * unit,
                        (col - start) * unit, unit);
            }
        }
        page.fill();
    }
}
