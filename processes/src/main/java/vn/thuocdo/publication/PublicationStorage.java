package vn.thuocdo.publication;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.thuocdo.shared.RolledBackFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The publication store ({@code thuocdo.publication.directory}): each file's bytes under their SHA-256, so two
 * publications carrying the same dataset share one copy and a name always means the same bytes. A file is never
 * overwritten: written to {@code .incoming}, forced to disk, moved into place atomically (as evidence files are);
 * content already there is left alone. A write the publishing transaction rolls back is removed again, unless the
 * content was there before.
 */
@Component
@EnableConfigurationProperties(PublicationSettings.class)
class PublicationStorage {

    static final String PREFIX = "sha256:";
    private static final Pattern REFERENCE = Pattern.compile("sha256:[0-9a-f]{2}/[0-9a-f]{64}");

    private final Path root;

    PublicationStorage(PublicationSettings settings) {
        this.root = settings.directory().toAbsolutePath().normalize();
    }

    /** Keeps the bytes and returns their reference ({@code sha256:ab/ab12...}). */
    String put(byte[] content) {
        String sha = sha256(content);
        String relative = sha.substring(0, 2) + "/" + sha;
        Path target = root.resolve(relative);
        if (Files.exists(target)) {
            return PREFIX + relative;
        }
        try {
            Path incoming = Files.createDirectories(root.resolve(".incoming"));
            Path part = incoming.resolve(UUID.randomUUID() + ".part");
            try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                out.write(content);
                channel.force(true);
            }
            Files.createDirectories(target.getParent());
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException raced) {
                // Another publication stored the same bytes meanwhile: theirs stay, ours go.
                Files.deleteIfExists(part);
                return PREFIX + relative;
            }
            RolledBackFiles.deleteUnlessCommitted(target);
            return PREFIX + relative;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a publication file in " + root, e);
        }
    }

    /** The bytes under a reference; a missing file is an {@link IOException}. */
    byte[] read(String reference) throws IOException {
        return Files.readAllBytes(path(reference));
    }

    boolean exists(String reference) {
        return Files.isRegularFile(path(reference));
    }

    private Path path(String reference) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("Not a publication store reference: " + reference);
        }
        return root.resolve(reference.substring(PREFIX.length()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java", e);
        }
    }
}
