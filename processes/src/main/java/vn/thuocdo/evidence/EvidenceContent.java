package vn.thuocdo.evidence;

import java.io.IOException;
import java.io.InputStream;

/** An evidence file opened for reading; the caller closes it (it may hold a database connection). */
public record EvidenceContent(EvidenceFile file, InputStream stream) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
