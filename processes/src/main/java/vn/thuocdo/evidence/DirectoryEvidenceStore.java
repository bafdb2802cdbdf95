package vn.thuocdo.evidence;

import vn.thuocdo.shared.RolledBackFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * Evidence in a directory ({@code thuocdo.evidence.directory}): each file under its id, in a sub-directory named by
 * the id's first two characters so no directory grows past a few thousand entries. Written to {@code .incoming}
 * first, forced to disk, then moved into place atomically: a reader never sees half a file, and a crash leaves at
 * most a stray {@code .part}. The person's file name is never used on disk.
 */
final class DirectoryEvidenceStore implements EvidenceStore {

    static final String PREFIX = "dir:";
    private static final Pattern REFERENCE = Pattern.compile("dir:[0-9a-f]{2}/[0-9a-f-]{36}");

    private final Path root;

    DirectoryEvidenceStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String put(String id, InputStream content) throws IOException {
        Path incoming = Files.createDirectories(root.resolve(".incoming"));
        Path part = incoming.resolve(id + ".part");
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel)) {
            content.transferTo(out);
            channel.force(true);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(part);
            throw failed;
        }
        String relative = id.substring(0, 2) + "/" + id;
        Path target = root.resolve(relative);
        Files.createDirectories(target.getParent());
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        RolledBackFiles.deleteUnlessCommitted(target);
        return PREFIX + relative;
    }

    @Override
    public InputStream open(String reference) throws IOException {
        if (!REFERENCE.matcher(reference).matches()) {
            throw new IOException("not a directory store reference: " + reference);
        }
        return Files.newInputStream(root.resolve(reference.substring(PREFIX.length())));
    }
}
