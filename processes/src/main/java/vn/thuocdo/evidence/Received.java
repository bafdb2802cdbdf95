package vn.thuocdo.evidence;

import vn.thuocdo.shared.Rejected;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file as it arrives, counted and hashed on the way, and cut at the first byte past
 * the limit: what a client declares is not trusted, and nothing larger than the limit is ever written or kept.
 * The checks (type, virus) then read the file, not the network, and the store gets only what passed them.
 */
record Received(Path file, long size, String sha256) implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    static Received from(InputStream in, long maxBytes) {
        Path file = null;
        try {
            file = Files.createTempFile("thuocdo-evidence-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new Rejected("evidence.tooLarge", FileSizes.size(maxBytes));
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return new Received(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException | NoSuchAlgorithmException failed) {
            deleteQuietly(file);
            if (failed instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failed instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(failed);
        }
    }

    InputStream open() throws IOException {
        return Files.newInputStream(file);
    }

    @Override
    public void close() {
        deleteQuietly(file);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }
}
