package vn.thuocdo.publication;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The published files as anyone may read them (published means public): a publication by its code, its files,
 * a file's bytes. For the public site and the staff download; nothing here reaches an unpublished number.
 */
@Component
public class PublishedFiles {

    private final PublicationStore store;
    private final PublicationStorage storage;

    PublishedFiles(PublicationStore store, PublicationStorage storage) {
        this.store = store;
        this.storage = storage;
    }

    /** Every publication, newest year first. */
    public List<Publication> publications() {
        return store.all();
    }

    public Optional<Publication> byCode(String code) {
        return code == null || code.length() > 40 ? Optional.empty() : store.byCode(code);
    }

    public List<PublishedFile> files(String publicationId) {
        return store.files(publicationId);
    }

    /** A file of a publication by its path, if the publication carries one. */
    public Optional<PublishedFile> file(String code, String path) {
        if (path == null || path.length() > 200) {
            return Optional.empty();
        }
        return byCode(code).flatMap(p -> store.files(p.id()).stream().filter(f -> f.path().equals(path)).findFirst());
    }

    /** The bytes of a published file as stored (the integrity check says whether they are still intact). */
    public byte[] content(PublishedFile file) {
        try {
            return storage.read(file.storageRef());
        } catch (IOException e) {
            throw new UncheckedIOException("Published file " + file.path() + " of " + file.code() + " is missing", e);
        }
    }
}
