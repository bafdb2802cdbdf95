package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import vn.thuocdo.shared.UploadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload written to a temporary file as it arrives, never held in memory, and cut at the first byte past the
 * limit: the size the browser declares is not trusted. The file is handed to the view under the session lock and
 * deleted right after, whatever the view does with it.
 */
final class BoundedUpload implements UploadHandler {

    /** What the view does with a file within the limit, or with the news that it was too large. */
    interface Receiver {
        void received(Path file, long size);

        void tooLarge();
    }

    private final long maxBytes;
    private final long maxRequestBytes;
    private final Receiver receiver;

    BoundedUpload(UploadLimits limits, Receiver receiver) {
        this.maxBytes = limits.maxBytes();
        this.maxRequestBytes = limits.maxRequestBytes();
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path file = Files.createTempFile("thuocdo-upload-", ".xlsx");
        long size;
        try (InputStream in = event.getInputStream()) {
            size = copyWithin(in, file);
        } catch (IOException | RuntimeException failed) {
            Files.deleteIfExists(file);
            throw failed;
        }
        UI ui = event.getUI();
        ui.access(() -> {
            try {
                if (size < 0) {
                    receiver.tooLarge();
                } else {
                    receiver.received(file, size);
                }
            } finally {
                deleteQuietly(file);
            }
        });
    }

    /** The bytes copied, or -1 as soon as there are more than the limit (the rest is not read). */
    private long copyWithin(InputStream in, Path file) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                copied += n;
                if (copied > maxBytes) {
                    return -1;
                }
                out.write(buffer, 0, n);
            }
        }
        return copied;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxRequestBytes;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }
}
