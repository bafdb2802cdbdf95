package vn.thuocdo.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code thuocdo.evidence.*}: where evidence is kept, how large a file may be, and the virus scanner.
 *
 * @param store     {@code directory} (the default; a configured directory) or {@code database} (PostgreSQL large
 *                  objects)
 * @param directory the directory store's root, {@code ./data/evidence} unless set
 * @param maxBytes  the largest file accepted, 20 MB; counted while the upload streams
 * @param clamav    the clamd connection; off unless {@code enabled}
 * @param preview   the bounds of a preview: pages rendered, pixels of an image
 */
@ConfigurationProperties("thuocdo.evidence")
public record EvidenceSettings(String store, Path directory, Long maxBytes, Clamav clamav, Preview preview) {

    public static final long MB = 1024 * 1024;
    public static final EvidenceSettings DEFAULTS = new EvidenceSettings(null, null, null, null, null);

    public EvidenceSettings {
        store = store == null || store.isBlank() ? "directory" : store.trim();
        directory = directory == null ? Path.of("data", "evidence") : directory;
        maxBytes = maxBytes == null ? 20 * MB : maxBytes;
        clamav = clamav == null ? new Clamav(null, null, null, null, null) : clamav;
        preview = preview == null ? new Preview(null, null, null) : preview;
        if (!store.equals("directory") && !store.equals("database")) {
            throw new IllegalArgumentException("thuocdo.evidence.store must be 'directory' or 'database', not '"
                    + store + "'");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("thuocdo.evidence.max-bytes must be positive");
        }
    }

    /** The limit as people are told it: "20 MB". */
    public String maxSizeText() {
        return FileSizes.size(maxBytes);
    }

    /**
     * clamd over TCP. Fail-closed: when scanning is on and clamd cannot answer, the upload is refused ("try again
     * later"), never kept unscanned.
     */
    public record Clamav(Boolean enabled, String host, Integer port, Duration timeout, Integer chunkBytes) {
        public Clamav {
            enabled = enabled != null && enabled;
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
            port = port == null ? 3310 : port;
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            chunkBytes = chunkBytes == null ? 64 * 1024 : chunkBytes;
        }
    }

    /**
     * @param maxPages  PDF pages rendered, from the first
     * @param maxWidth  pixels across a rendered page or a scaled image
     * @param maxPixels an image's width × height from its header above which it is not decoded at all
     */
    public record Preview(Integer maxPages, Integer maxWidth, Long maxPixels) {
        public Preview {
            maxPages = maxPages == null ? 5 : maxPages;
            maxWidth = maxWidth == null ? 1200 : maxWidth;
            maxPixels = maxPixels == null ? 40_000_000L : maxPixels;
        }
    }
}
