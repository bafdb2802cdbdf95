package vn.thuocdo.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.notification.Notifications;
import vn.thuocdo.round.Round;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Issues one publication inside the caller's transaction: the row, the frozen numbers, the history's totals, every
 * file source's files in the store, the manifest last, the units' notices. Any exception leaves nothing: the rows
 * roll back and the store removes the files this transaction added.
 */
@Component
class PublicationIssue {

    static final String MANIFEST = "manifest.json";
    /** A relative path of lower-case words: no "..", no leading slash, nothing a URL or a disk reads differently. */
    private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}(/[a-zA-Z0-9][a-zA-Z0-9._-]{0,99})*");
    private static final String NO_MANIFEST_YET = "0".repeat(64);

    private final PublicationStore store;
    private final PublicationStorage storage;
    private final PublishedHistory history;
    private final List<PublicationFileSource> sources;
    private final Notifications notifications;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    PublicationIssue(PublicationStore store, PublicationStorage storage, PublishedHistory history,
                     List<PublicationFileSource> sources, Notifications notifications) {
        this.store = store;
        this.storage = storage;
        this.history = history;
        this.sources = sources;
        this.notifications = notifications;
    }

    Publication issue(Round round, String versionId, Publication supersedes, String reason, Actor actor, Instant now) {
        String code = "CB-%d-%02d".formatted(round.year(), store.nextOfYear(round.year()));
        String name = actor.displayName() == null || actor.displayName().isBlank() ? actor.username()
                : actor.displayName();
        Publication p = new Publication(UUID.randomUUID().toString(), round.id(), versionId, round.year(),
                store.nextNumber(round.id()), code, cut(round.name(), 300), PublicationState.CURRENT,
                supersedes == null ? null : supersedes.id(), reason, cut(actor.username(), 100), cut(name, 200), now,
                null, null, NO_MANIFEST_YET);
        store.insert(p);
        store.freeze(p.id(), versionId);
        history.record(p);
        PublicationDraft draft = new PublicationDraft(p.id(), code, round.id(), round.name(), round.year(), p.title(),
                versionId, now, p.publishedByName(), supersedes == null ? null : supersedes.code(), reason);
        List<PublishedFile> files = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (PublicationFileSource source : sources) {
            for (PublicationFile file : source.files(draft)) {
                if (!PATH.matcher(file.path()).matches() || file.path().length() > 200
                        || file.path().equals(MANIFEST) || file.kind() == FileKind.MANIFEST || !paths.add(file.path())) {
                    throw new IllegalStateException(source.getClass().getSimpleName() + " gave a file path that is"
                            + " malformed, the manifest's or taken: " + file.path());
                }
                files.add(stored(p, file));
            }
        }
        files.sort(Comparator.comparing(PublishedFile::path));
        PublishedFile manifest = stored(p, new PublicationFile(MANIFEST, FileKind.MANIFEST, null, "application/json",
                manifest(p, supersedes, files)));
        store.manifest(p.id(), manifest.sha256());
        notifyUnits(p);
        return store.find(p.id()).orElseThrow();
    }

    private PublishedFile stored(Publication p, PublicationFile file) {
        String ref = storage.put(file.content());
        PublishedFile kept = new PublishedFile(p.id(), p.code(), file.path(), file.kind(), file.unitId(),
                file.contentType(), file.content().length, PublicationStorage.sha256(file.content()), ref);
        store.insertFile(kept);
        return kept;
    }

    /** Every file's path, kind, size and SHA-256 with the publication's metadata: what the manifest hash vouches for. */
    private byte[] manifest(Publication p, Publication supersedes, List<PublishedFile> files) {
        Map<String, Object> publication = new LinkedHashMap<>();
        publication.put("code", p.code());
        publication.put("title", p.title());
        publication.put("year", p.year());
        publication.put("number", p.number());
        publication.put("roundId", p.roundId());
        publication.put("resultVersionId", p.resultVersionId());
        publication.put("publishedAt", p.publishedAt().toString());
        publication.put("publishedBy", p.publishedByName());
        publication.put("supersedes", supersedes == null ? null : supersedes.code());
        publication.put("reason", p.reason());
        List<Map<String, Object>> listed = files.stream().map(f -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", f.path());
            entry.put("kind", f.kind().name());
            entry.put("unitId", f.unitId());
            entry.put("contentType", f.contentType());
            entry.put("size", f.sizeBytes());
            entry.put("sha256", f.sha256());
            return entry;
        }).toList();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("publication", publication);
        document.put("files", listed);
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The manifest could not be written", e);
        }
    }

    /** Each unit of the publication's officers and leader: the notice is kept with it, mailed after it commits. */
    private void notifyUnits(Publication p) {
        String link = "/cong-khai/cong-bo/" + p.code();
        for (String unit : store.publishedUnits(p.id())) {
            for (Role role : List.of(Role.PROVINCIAL_OFFICER, Role.UNIT_LEADER)) {
                notifications.notifyAfterCommit(unit, role, link,
                        p.supersedesId() == null ? "publication.notice.published" : "publication.notice.corrected",
                        p.code(), p.title());
            }
        }
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
