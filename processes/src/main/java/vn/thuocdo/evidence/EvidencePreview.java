package vn.thuocdo.evidence;

import java.io.InputStream;
import java.util.List;

/**
 * Renders an evidence file for the browser: a PDF's first pages and images as bounded PNGs. The PDFBox adapter lives
 * in integrations. A file that cannot be previewed (malformed, encrypted, too large an image, a DOCX) is still kept
 * and downloadable; the preview just says so.
 */
public interface EvidencePreview {

    /** PNG images to show, or none with the message key saying why ({@code evidence.preview.*}). */
    record Pages(List<byte[]> png, int totalPages, String refusalKey) {
        public static Pages refused(String key) {
            return new Pages(List.of(), 0, key);
        }

        public boolean shown() {
            return !png.isEmpty();
        }
    }

    Pages render(EvidenceType type, InputStream content);
}
