package vn.thuocdo.sampling.xlsx;

import org.springframework.modulith.NamedInterface;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.shared.UploadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * An .xlsx is a zip of XML: a 205 KB file can inflate to gigabytes in one cell or millions of rows. Before the
 * reader sees the file, every entry is inflated here once, into a small buffer that is thrown away, counting: the
 * entries, the bytes of all of them, the characters of each text between tags (one cell's text, or one shared
 * string), the cells of each row. The first limit passed stops the inflating and refuses the file naming the limit;
 * the sizes the zip declares are never trusted. Memory stays at one buffer whatever the file. The XLSForm import of
 * questionnaires uses the same bounds (a named interface for the module checks).
 */
@NamedInterface("xlsx-bounds")
public final class ZipBounds {

    /** Excel's own limit on columns: a row with more cells is made to exhaust the reader. */
    static final int MAX_CELLS_PER_ROW = 16_384;
    /** One tag with its attributes; real ones are a few hundred bytes at most. */
    static final int MAX_TAG_BYTES = 65_536;
    private static final long MB = 1024 * 1024;

    private final UploadLimits limits;
    private long inflated;

    private ZipBounds(UploadLimits limits) {
        this.limits = limits;
    }

    /** @throws InvalidFrame naming the limit the file breaks; {@code frame.notXlsx} when it is no zip */
    public static void check(Path file, UploadLimits limits) throws IOException {
        new ZipBounds(limits).scan(file);
    }

    /** What reads an opened workbook; its own refusals ({@link vn.thuocdo.shared.Rejected}) pass through as they are. */
    @NamedInterface("xlsx-bounds")
    @FunctionalInterface
    public interface WorkbookReader<T> {
        T read(org.dhatim.fastexcel.reader.ReadableWorkbook workbook) throws IOException;
    }

    /**
     * An upload read as a whole: copied to a temporary file within the byte limit, inflated once within the other
     * limits ({@link #check}), opened with FastExcel (which reads a file's entries where they are) and handed to
     * {@code reader}; the file is deleted whatever happens. A refusal on the way - {@code <prefix>tooLarge}, the
     * bounds' own keys with {@code frame.} turned into {@code keyPrefix}, or {@code <prefix>notXlsx} - is made into
     * the importer's own exception by {@code refuse}, with the file-wide errors as (key, args).
     */
    public static <T> T read(InputStream in, UploadLimits limits, String keyPrefix,
                             java.util.function.Function<List<FrameError>, ? extends RuntimeException> refuse,
                             WorkbookReader<T> reader) {
        Path file = null;
        try {
            file = java.nio.file.Files.createTempFile("thuocdo-upload-", ".xlsx");
            if (limits.copyWithin(in, file) < 0) {
                throw refuse.apply(List.of(new FrameError(0, null, keyPrefix + "tooLarge",
                        List.of(limits.maxMegabytes()))));
            }
            try {
                check(file, limits);
            } catch (InvalidFrame bounds) {
                throw refuse.apply(bounds.errors().stream().map(e -> new FrameError(0, null,
                        e.key().replace("frame.", keyPrefix), e.args())).toList());
            }
            try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook =
                         new org.dhatim.fastexcel.reader.ReadableWorkbook(file.toFile())) {
                return reader.read(workbook);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof vn.thuocdo.shared.Rejected refused) {
                throw refused;
            }
            throw refuse.apply(List.of(new FrameError(0, null, keyPrefix + "notXlsx", List.of())));
        } finally {
            if (file != null) {
                try {
                    java.nio.file.Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // A temporary file: the system's clean-up takes it if this could not.
                }
            }
        }
    }

    private void scan(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > limits.maxEntries()) {
                throw refused("frame.tooManyEntries", zip.size(), limits.maxEntries());
            }
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                boolean sharedStrings = name.equals("xl/sharedStrings.xml");
                XmlRuns xml = name.startsWith("xl/worksheets/") || sharedStrings ? new XmlRuns() : null;
                long entryBytes = 0;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        inflated += n;
                        entryBytes += n;
                        if (inflated > limits.maxInflatedBytes()) {
                            throw refused("frame.inflatesTooMuch", limits.maxInflatedMegabytes());
                        }
                        if (sharedStrings && entryBytes > limits.maxSharedStringBytes()) {
                            throw refused("frame.tooManyStrings", limits.maxSharedStringBytes() / MB);
                        }
                        if (xml != null) {
                            xml.scan(buffer, n);
                        }
                    }
                }
            }
        }
    }

    private static InvalidFrame refused(String key, Object... args) {
        return new InvalidFrame(List.of(new FrameError(0, null, key, List.of(args))));
    }

    /** A byte-level pass over XML: no parser, so no text is ever built whatever its length. */
    private final class XmlRuns {
        private boolean inTag;
        private boolean inEntity;
        private int tagBytes;
        private final byte[] head = new byte[2];
        private int text;
        private int cells;

        void scan(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (inTag) {
                    if (b == '>') {
                        inTag = false;
                        endOfTag();
                    } else if (++tagBytes > MAX_TAG_BYTES) {
                        throw refused("frame.cellTooLong", limits.maxCellChars());
                    } else if (tagBytes <= head.length) {
                        head[tagBytes - 1] = b;
                    }
                } else if (b == '<') {
                    inTag = true;
                    inEntity = false;
                    tagBytes = 0;
                    text = 0;
                } else if (inEntity) {
                    inEntity = b != ';';
                } else if ((b & 0xC0) != 0x80) {
                    // One character per UTF-8 lead byte, one per entity such as &amp;.
                    inEntity = b == '&';
                    if (++text > limits.maxCellChars()) {
                        throw refused("frame.cellTooLong", limits.maxCellChars());
                    }
                }
            }
        }

        /** Counts the cells of a row: a {@code <c ...>} tag after {@code <row ...>}. */
        private void endOfTag() {
            if (tagBytes >= 3 && head[0] == 'r' && head[1] == 'o') {
                cells = 0;
            } else if (head[0] == 'c' && (tagBytes == 1 || !Character.isLetterOrDigit(head[1]))
                    && ++cells > MAX_CELLS_PER_ROW) {
                throw refused("frame.tooManyColumns", MAX_CELLS_PER_ROW);
            }
        }
    }
}
