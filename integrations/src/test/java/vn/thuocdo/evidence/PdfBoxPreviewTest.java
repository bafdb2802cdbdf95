package vn.thuocdo.evidence;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

class PdfBoxPreviewTest {

    final PdfBoxPreview preview = new PdfBoxPreview(EvidenceSettings.DEFAULTS);

    @Test
    void onlyTheFirstFivePagesAreRenderedNoWiderThanTheBound() throws IOException {
        EvidencePreview.Pages pages = preview.render(EvidenceType.PDF, new ByteArrayInputStream(pdfOfPages(7,
                PDRectangle.A4)));

        assertThat(pages.totalPages()).isEqualTo(7);
        assertThat(pages.png()).hasSize(5);
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(pages.png().get(0)));
        assertThat(Math.max(first.getWidth(), first.getHeight())).isLessThanOrEqualTo(1200);
    }

    @Test
    void aHugePageIsScaledDownNotRenderedAtItsSize() throws IOException {
        // 200 inches square: at 72 dpi alone that would be 14,400 × 14,400 pixels.
        EvidencePreview.Pages pages = preview.render(EvidenceType.PDF, new ByteArrayInputStream(pdfOfPages(1,
                new PDRectangle(14_400, 14_400))));

        BufferedImage page = ImageIO.read(new ByteArrayInputStream(pages.png().get(0)));
        assertThat(page.getWidth()).isLessThanOrEqualTo(1200);
    }

    @Test
    void aPdfRestrictedByItsOwnerIsNotPreviewedEvenWithoutAUserPassword() throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.protect(new StandardProtectionPolicy("chu-so-huu", "", new AccessPermission()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);

            assertThat(preview.render(EvidenceType.PDF, new ByteArrayInputStream(out.toByteArray())).refusalKey())
                    .isEqualTo("evidence.preview.encrypted");
        }
    }

    @Test
    void anImageDeclaringMoreThanFortyMegapixelsIsRefusedFromItsHeader() throws IOException {
        EvidencePreview.Pages pages = preview.render(EvidenceType.PNG,
                new ByteArrayInputStream(pngHeader(100_000, 100_000)));

        assertThat(pages.shown()).isFalse();
        assertThat(pages.refusalKey()).isEqualTo("evidence.preview.tooLarge");
    }

    @Test
    void aLargePhotoIsShownSubsampledToThePreviewWidth() throws IOException {
        BufferedImage photo = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(photo, "jpeg", jpeg);

        EvidencePreview.Pages pages = preview.render(EvidenceType.JPEG, new ByteArrayInputStream(jpeg.toByteArray()));

        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(pages.png().get(0)));
        assertThat(shown.getWidth()).isLessThanOrEqualTo(1200).isGreaterThan(500);
    }

    @Test
    void officeDocumentsAndMalformedPdfsSayWhyTheyAreNotShown() {
        assertThat(preview.render(EvidenceType.DOCX, new ByteArrayInputStream(EvidenceSamples.docx())).refusalKey())
                .isEqualTo("evidence.preview.notSupported");
        assertThat(preview.render(EvidenceType.PDF, new ByteArrayInputStream(EvidenceSamples.malformedPdf()))
                .refusalKey()).isEqualTo("evidence.preview.malformed");
    }

    static byte[] pdfOfPages(int count, PDRectangle size) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < count; i++) {
                document.addPage(new PDPage(size));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** A PNG that is only its signature and a valid IHDR chunk: all a bomb needs to claim its size. */
    static byte[] pngHeader(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(chunk);
        data.write("IHDR".getBytes(StandardCharsets.US_ASCII));
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[]{8, 2, 0, 0, 0});
        out.writeInt(13);
        out.write(chunk.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(chunk.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
