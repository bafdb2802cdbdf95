package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.shared.UploadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload written to a temporary file as it arrives, never held in memory, and cut at the first byte past the
 * limit: the size the browser declares is not trusted. The file is handed to the view under the session lock and
 * deleted right after, whatever the view does with it. Shared with the questionnaire import (a named interface of
 * sampling's UI for the module checks).
 */
@NamedInterface("bounded-upload")
public final class BoundedUpload implements UploadHandler {

    /** What the view does with a file within the limit, or with the news that it was too large. */
    @NamedInterface("bounded-upload")
    public interface Receiver {
        void received(Path file, long size);

        void tooLarge();
    }

    /** Hands the received file, as a stream, to the screen that reads it; the file is the receiver's to use once. */
    public static void read(Path file, java.util.function.Consumer<InputStream> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            reader.accept(in);
        } catch (IOException unreadable) {
            throw new java.io.UncheckedIOException(unreadable);
        }
    }

    private final UploadLimits limits;
    private final Receiver receiver;

    public BoundedUpload(UploadLimits limits, Receiver receiver) {
        this.limits = limits;
        this.receiver = receiver;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path file = Files.createTempFile("thuocdo-upload-", ".xlsx");
        long size;
        try (InputStream in = event.getInputStream()) {
            size = limits.copyWithin(in, file);
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

    @Override
    public long getFileSizeMax() {
        return limits.maxBytes();
    }

    @Override
    public long getRequestSizeMax() {
        return limits.maxRequestBytes();
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            file.toFile().deleteOnExit();
        }
    }
}
