package vn.thuocdo.evidence;

import vn.thuocdo.shared.Rejected;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A file name as a person's browser sent it, made fit to show and to put in a download's Content-Disposition:
 * no folders, no control or bidirectional-override characters (which can disguise "exe.pdf" as "fdp.exe"), no
 * characters Windows refuses, NFC Vietnamese, at most {@link #MAX} characters. The stored file is named by its id,
 * never by this.
 */
final class FileNames {

    static final int MAX = 200;
    /** Longer than any name a file system allows: refused before any cleaning looks at it. */
    static final int MAX_RECEIVED = 1000;

    private FileNames() {
    }

    static String cleaned(String received) {
        if (received == null || received.isBlank()) {
            throw new Rejected("evidence.nameMissing");
        }
        if (received.length() > MAX_RECEIVED) {
            throw new Rejected("evidence.nameTooLong", MAX);
        }
        String name = received.substring(Math.max(received.lastIndexOf('/'), received.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\\p{Cf}]", "")
                .replaceAll("[<>:\"|?*]", "_")
                .replaceAll("\\s+", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            throw new Rejected("evidence.nameMissing");
        }
        if (name.length() > MAX) {
            throw new Rejected("evidence.nameTooLong", MAX);
        }
        return name;
    }

    /** The extension after the last dot, lower case; empty when there is none. */
    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The name must say what the content is: a PDF called .docx confuses whoever opens it later. */
    static void requireAgreement(String name, EvidenceType found) {
        String extension = extension(name);
        if (!found.extensions().contains(extension)) {
            throw new Rejected("evidence.extensionMismatch", extension.isEmpty() ? "—" : "." + extension,
                    found.name(), "." + found.extensions().get(0));
        }
    }
}
