package vn.thuocdo.evidence;

import java.util.List;

/** The kinds of document accepted as evidence, as their content (not their name) shows them. */
public enum EvidenceType {
    PDF("application/pdf", List.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
    PNG("image/png", List.of("png")),
    JPEG("image/jpeg", List.of("jpg", "jpeg")),
    GIF("image/gif", List.of("gif")),
    WEBP("image/webp", List.of("webp"));

    private final String mediaType;
    private final List<String> extensions;

    EvidenceType(String mediaType, List<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    /** The type the download is served as: the detected one, never what the browser or the name claimed. */
    public String mediaType() {
        return mediaType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == WEBP;
    }

    /** The extensions accepted, for the upload's file chooser: {@code .pdf,.docx,...}. */
    public static List<String> acceptedExtensions() {
        return java.util.Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList();
    }
}
