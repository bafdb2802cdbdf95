package vn.thuocdo.survey.letters;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thuocdo.survey.invitation.InvitationCode;
import vn.thuocdo.survey.invitation.InvitationLetters.Letter;
import vn.thuocdo.survey.invitation.InvitationLetters.LetterBatch;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The letter as printed: Vietnamese in an embedded font, a QR code a phone reads, a code list safe to open. */
class PdfBoxInvitationLettersTest {

    /** Decomposed on purpose (NFD, as some frames arrive): the letter must show it composed. */
    static final String LONG_VILLAGE = Normalizer.normalize(
            "Tổ dân phố Khương Đình Thượng Nghĩa Đô Quảng Bá Phú Thượng Xuân Đỉnh số 12 (khu tái định cư)",
            Normalizer.Form.NFD);

    private final PdfBoxInvitationLetters adapter = new PdfBoxInvitationLetters();

    @Test
    void aLetterShowsVietnameseInItsEmbeddedFontAndItsQrCodeOpensTheSurveyWithTheCode() throws Exception {
        InvitationCode code = InvitationCode.generate(new SplittableRandom(2103));
        String url = "https://khaosat.thuocdo.gov.vn/s/" + code.value();
        LetterBatch batch = new LetterBatch("26734", "Phường Nghĩa Đô", List.of(
                new Letter(code.display(), url, "https://khaosat.thuocdo.gov.vn/khao-sat", "Thành phố Hà Nội",
                        "Phường Nghĩa Đô", LONG_VILLAGE, 17, "Đánh giá SIPAS năm 2103", 2103, LocalDate.of(2103, 5, 31))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        adapter.letters(batch, out);
        byte[] pdf = out.toByteArray();
        Path file = Path.of("target", "letters", "letter-sample.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            // Both weights, embedded as subsets ("ABCDEF+NotoSans-Bold"): any reader shows the marks as printed.
            assertThat(fonts).hasSize(2).allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSans-(Regular|Bold)");
            });
            String text = new PDFTextStripper().getText(document);
            assertThat(text.replaceAll("\\s+", " ")).contains("THƯ MỜI THAM GIA KHẢO SÁT", "Kính gửi: Quý hộ gia đình",
                    "được chọn ngẫu nhiên", "không bao giờ được xem câu trả lời", "hết ngày 31/05/2103",
                    "https://khaosat.thuocdo.gov.vn/khao-sat", "hộ số 17 · Tổ dân phố Khương Đình",
                    "Phường Nghĩa Đô", "Thành phố Hà Nội");
            assertThat(text.replaceAll("\\s+", "")).contains(code.display());
            assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));

            // What a phone's camera sees: the page rendered at 150 dpi, the symbol found and read.
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            Result read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertThat(read.getText()).isEqualTo(url);
            assertThat(read.getResultMetadata()).containsEntry(com.google.zxing.ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
        }
    }

    @Test
    void aCodeListCellThatASpreadsheetWouldRunIsKeptAsText() throws Exception {
        LetterBatch batch = new LetterBatch("26734", "Phường Nghĩa Đô", List.of(
                new Letter("ABCD-EFGH-JKL", "https://x/s/ABCDEFGHJKL", "https://x/khao-sat", "Hà Nội", "Phường Nghĩa Đô",
                        "=HYPERLINK(\"http://evil\",\"Thôn 1\")", 1, "Đánh giá", 2103, LocalDate.of(2103, 5, 31)),
                new Letter("ABCD-EFGH-JKM", "https://x/s/ABCDEFGHJKM", "https://x/khao-sat", "Hà Nội", "Phường Nghĩa Đô",
                        "@SUM(1+1)", 2, "Đánh giá", 2103, LocalDate.of(2103, 5, 31)),
                new Letter("ABCD-EFGH-JKN", "https://x/s/ABCDEFGHJKN", "https://x/khao-sat", "Hà Nội", "Phường Nghĩa Đô",
                        LONG_VILLAGE, 3, "Đánh giá", 2103, LocalDate.of(2103, 5, 31))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        adapter.codeList(batch, out);
        List<List<String>> rows = LetterBatchesTest.rows(out.toByteArray());
        assertThat(rows).extracting(r -> r.get(1)).containsExactly("'=HYPERLINK(\"http://evil\",\"Thôn 1\")",
                "'@SUM(1+1)", Normalizer.normalize(LONG_VILLAGE, Normalizer.Form.NFC));
        assertThat(rows.get(0)).containsExactly("26734 - Phường Nghĩa Đô", "'=HYPERLINK(\"http://evil\",\"Thôn 1\")",
                "1", "ABCD-EFGH-JKL", "https://x/s/ABCDEFGHJKL");
    }
}
