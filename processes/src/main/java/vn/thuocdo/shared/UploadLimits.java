package vn.thuocdo.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much an uploaded workbook may be and inflate to, in one place: the upload screen states these, the browser
 * upload, Spring's multipart parser and the spreadsheet reader all enforce them. A 205 KB .xlsx can inflate to
 * gigabytes; every bound here stops reading early with a message naming it, so no file can exhaust the heap.
 *
 * @param maxBytes            the file as uploaded
 * @param maxInflatedBytes    all entries of the .xlsx (a zip) once inflated, counted while inflating
 * @param maxEntries          entries in the zip: a real workbook has a few dozen
 * @param maxCellChars        one cell's text; 32,767 is Excel's own limit, so nothing typed in Excel is refused
 * @param maxRows             rows of one sheet; 1,048,576 is Excel's own limit
 * @param maxSharedStringBytes the workbook's shared strings once inflated: the reader keeps the strings it has met
 *                            in memory, so this bounds what it holds (a million distinct village names take ~30 MB)
 */
@ConfigurationProperties("thuocdo.uploads")
public record UploadLimits(Long maxBytes, Long maxInflatedBytes, Integer maxEntries, Integer maxCellChars,
                           Integer maxRows, Long maxSharedStringBytes) {

    public static final UploadLimits DEFAULTS = new UploadLimits(null, null, null, null, null, null);
    private static final long MB = 1024 * 1024;

    public UploadLimits {
        maxBytes = maxBytes == null ? 10 * MB : maxBytes;
        maxInflatedBytes = maxInflatedBytes == null ? 400 * MB : maxInflatedBytes;
        maxEntries = maxEntries == null ? 1000 : maxEntries;
        maxCellChars = maxCellChars == null ? 32_767 : maxCellChars;
        maxRows = maxRows == null ? 1_048_576 : maxRows;
        maxSharedStringBytes = maxSharedStringBytes == null ? 64 * MB : maxSharedStringBytes;
        if (maxBytes <= 0 || maxInflatedBytes < maxBytes || maxEntries <= 0 || maxCellChars <= 0 || maxRows <= 0
                || maxSharedStringBytes <= 0) {
            throw new IllegalArgumentException("thuocdo.uploads: every limit must be positive, and max-inflated-bytes "
                    + "at least max-bytes");
        }
    }

    /** A request carrying one file of the limit's size: the file and room for the multipart envelope around it. */
    public long maxRequestBytes() {
        return maxBytes + 64 * 1024;
    }

    /** The file limit in whole megabytes, as people are told it: "10 MB". */
    public long maxMegabytes() {
        return maxBytes / MB;
    }

    /**
     * Copies an upload to a file, stopping at the first byte past {@link #maxBytes}: the size a client declares is
     * not trusted. The bytes copied, or -1 when there were more than the limit (the rest is not read).
     */
    public long copyWithin(InputStream in, Path file) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                copied += n;
                if (copied > maxBytes) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return copied;
    }

    public long maxInflatedMegabytes() {
        return maxInflatedBytes / MB;
    }
}
