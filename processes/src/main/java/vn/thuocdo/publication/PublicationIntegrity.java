package vn.thuocdo.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.Rejected;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether the published files are still what was published: every stored file re-hashed against its
 * {@code publication_file} row, every manifest against {@code publication.manifest_sha256} and the files it lists.
 * Run at start (each problem an ERROR naming the publication and the file) and on demand; and the answer to "which
 * publication is this file?" for the public site's verify page.
 */
@Component
public class PublicationIntegrity {

    private static final Logger log = LoggerFactory.getLogger(PublicationIntegrity.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** What is wrong with one file of one publication. */
    public enum Problem { MISSING, TAMPERED, NOT_AS_IN_MANIFEST }

    /** A problem found: the publication's code, the file's path, what. */
    public record Finding(String code, String path, Problem problem) {
    }

    /** One check: when, how many files were read, what was found (empty: all intact). */
    public record Check(java.time.Instant at, int files, List<Finding> findings) {
        public boolean intact() {
            return findings.isEmpty();
        }
    }

    private final PublicationStore store;
    private final PublicationStorage storage;
    private final java.time.Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private volatile Check last;

    PublicationIntegrity(PublicationStore store, PublicationStorage storage, java.time.Clock clock) {
        this.store = store;
        this.storage = storage;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        Check check = check();
        if (check.intact()) {
            log.info("Publication store intact: {} files re-hashed", check.files());
        }
    }

    /** Re-hashes every published file; logs each problem as an ERROR. */
    public Check check() {
        List<PublishedFile> files = store.allFiles();
        List<Finding> findings = new ArrayList<>();
        Map<String, List<PublishedFile>> byPublication = files.stream()
                .collect(Collectors.groupingBy(PublishedFile::publicationId));
        for (List<PublishedFile> ofOne : byPublication.values()) {
            Map<String, String> listed = null;
            for (PublishedFile file : ofOne) {
                byte[] content;
                try {
                    content = storage.read(file.storageRef());
                } catch (IOException | RuntimeException e) {
                    findings.add(new Finding(file.code(), file.path(), Problem.MISSING));
                    continue;
                }
                if (!PublicationStorage.sha256(content).equals(file.sha256())) {
                    findings.add(new Finding(file.code(), file.path(), Problem.TAMPERED));
                } else if (file.kind() == FileKind.MANIFEST) {
                    listed = listed(content);
                }
            }
            if (listed != null) {
                for (PublishedFile file : ofOne) {
                    if (file.kind() != FileKind.MANIFEST && !file.sha256().equals(listed.get(file.path()))) {
                        findings.add(new Finding(file.code(), file.path(), Problem.NOT_AS_IN_MANIFEST));
                    }
                }
            }
        }
        for (Publication p : store.all()) {
            boolean manifestMatches = byPublication.getOrDefault(p.id(), List.of()).stream()
                    .anyMatch(f -> f.kind() == FileKind.MANIFEST && f.sha256().equals(p.manifestSha256()));
            if (!manifestMatches) {
                findings.add(new Finding(p.code(), PublicationIssue.MANIFEST, Problem.NOT_AS_IN_MANIFEST));
            }
        }
        findings.forEach(f -> log.error("Published file {} of publication {} is {}: it no longer matches what was"
                + " published; restore it from the backup", f.path(), f.code(), f.problem()));
        last = new Check(clock.instant(), files.size(), List.copyOf(findings));
        return last;
    }

    /** The last check's result (the start's, or a later one), null before any. */
    public Check lastCheck() {
        return last;
    }

    /** Which publications carry exactly these bytes (empty: none). */
    public List<PublishedFile> verify(byte[] content) {
        return store.withHash(PublicationStorage.sha256(content));
    }

    /** Which publications carry a file of this SHA-256 (64 hexadecimal digits, refused otherwise). */
    public List<PublishedFile> verify(String sha256) {
        String hash = sha256 == null ? "" : sha256.strip().toLowerCase(Locale.ROOT);
        if (hash.length() != 64 || !SHA256.matcher(hash).matches()) {
            throw new Rejected("publication.badSha256");
        }
        return store.withHash(hash);
    }

    private Map<String, String> listed(byte[] manifest) {
        Map<String, String> listed = new HashMap<>();
        try {
            for (JsonNode file : json.readTree(manifest).path("files")) {
                listed.put(file.path("path").asText(), file.path("sha256").asText());
            }
        } catch (IOException e) {
            // An unreadable manifest lists nothing: every file is then reported as not as listed.
        }
        return listed;
    }
}
