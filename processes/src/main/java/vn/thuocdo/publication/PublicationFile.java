package vn.thuocdo.publication;

import java.util.Objects;

/**
 * One file a {@link PublicationFileSource} adds to a publication. {@code path} is relative and stable
 * ({@code bao-cao-quoc-gia.pdf}, {@code don-vi/T34-HPG.pdf}, {@code du-lieu/ket-qua-2026.csv}); {@code unitId} names
 * the unit a unit's file is about, else null.
 */
public record PublicationFile(String path, FileKind kind, String unitId, String contentType, byte[] content) {

    public PublicationFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
