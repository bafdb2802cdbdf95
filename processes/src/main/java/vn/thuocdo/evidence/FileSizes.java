package vn.thuocdo.evidence;

import vn.thuocdo.shared.Formats;

/** Sizes as the messages and the screen state them: "20 MB", "1,2 MB", "834 KB", "512 byte". */
public final class FileSizes {

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private FileSizes() {
    }

    public static String size(long bytes) {
        if (bytes >= MB) {
            return bytes % MB == 0 ? Formats.number(bytes / MB) + " MB" : decimal(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return Formats.number(Math.round(bytes / (double) KB)) + " KB";
        }
        return Formats.number(bytes) + " byte";
    }

    /** One decimal with the Vietnamese comma: 1,2. */
    private static String decimal(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value).replace('.', ',');
    }
}
