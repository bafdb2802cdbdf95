package vn.thuocdo.publication;

/**
 * A file a publication carries, as recorded ({@code publication_file}): its path, kind, size and SHA-256, and where
 * its bytes are in the publication store. {@code code} is the publication's, for the public address
 * {@code /cong-khai/cong-bo/<code>/<path>}.
 */
public record PublishedFile(String publicationId, String code, String path, FileKind kind, String unitId,
                            String contentType, long sizeBytes, String sha256, String storageRef) {

    /** The file's address on the public site. */
    public String publicAddress() {
        return "/cong-khai/cong-bo/" + code + "/" + path;
    }
}
