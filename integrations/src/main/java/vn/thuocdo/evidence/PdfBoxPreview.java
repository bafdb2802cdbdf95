package vn.thuocdo.evidence;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Previews with PDFBox and the JDK's image readers, bounded: at most {@code preview.max-pages} pages, each rendered
 * no wider than {@code preview.max-width} pixels; PDFBox's buffers mostly on disk (16 MB in memory at most);
 * an image's size read from its header and refused above {@code preview.max-pixels} before a pixel is decoded
 * (a 50 KB PNG can declare 100,000 × 100,000 pixels), then decoded subsampled to the preview's width.
 * A malformed or encrypted PDF and a type without preview answer why, and the file stays downloadable.
 */
@Component
class PdfBoxPreview implements EvidencePreview {

    private static final Logger log = LoggerFactory.getLogger(PdfBoxPreview.class);
    private static final long PDF_MEMORY = 16L * 1024 * 1024;
    /** A page drawn larger than life helps nobody: at most 2 pixels per point (144 dpi). */
    private static final float MAX_SCALE = 2f;

    private final EvidenceSettings.Preview bounds;

    PdfBoxPreview(EvidenceSettings settings) {
        this.bounds = settings.preview();
    }

    @Override
    public Pages render(EvidenceType type, InputStream content) {
        if (type != EvidenceType.PDF && type != EvidenceType.PNG && type != EvidenceType.JPEG
                && type != EvidenceType.GIF) {
            return Pages.refused("evidence.preview.notSupported");
        }
        Path file = null;
        try {
            // PDFBox and ImageIO both want to seek: a temporary copy, never the whole file in memory.
            file = Files.createTempFile("thuocdo-preview-", ".bin");
            Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
            return type == EvidenceType.PDF ? pdf(file) : image(file);
        } catch (IOException | RuntimeException unreadable) {
            log.info("No preview: {}", unreadable.toString());
            return Pages.refused("evidence.preview.malformed");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    file.toFile().deleteOnExit();
                }
            }
        }
    }

    private Pages pdf(Path file) throws IOException {
        PDDocument document;
        try {
            document = Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(PDF_MEMORY).streamCache);
        } catch (InvalidPasswordException locked) {
            return Pages.refused("evidence.preview.encrypted");
        }
        try (document) {
            if (document.isEncrypted()) {
                // Opened with the empty user password, but restricted by its author: shown as it is not ours to strip.
                return Pages.refused("evidence.preview.encrypted");
            }
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = document.getNumberOfPages();
            List<byte[]> png = new ArrayList<>();
            for (int i = 0; i < Math.min(pages, bounds.maxPages()); i++) {
                PDRectangle box = document.getPage(i).getCropBox();
                float longest = Math.max(1f, Math.max(box.getWidth(), box.getHeight()));
                float scale = Math.min(MAX_SCALE, bounds.maxWidth() / longest);
                png.add(png(renderer.renderImage(i, scale, ImageType.RGB)));
            }
            return png.isEmpty() ? Pages.refused("evidence.preview.malformed") : new Pages(png, pages, null);
        }
    }

    private Pages image(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Pages.refused("evidence.preview.notSupported");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > bounds.maxPixels()) {
                    return Pages.refused("evidence.preview.tooLarge");
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, (Math.max(width, height) + bounds.maxWidth() - 1) / bounds.maxWidth());
                param.setSourceSubsampling(step, step, 0, 0);
                return new Pages(List.of(png(reader.read(0, param))), 1, null);
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
