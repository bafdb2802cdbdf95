package vn.thuocdo.evidence;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where evidence content lives. One interface so object storage can join the directory and the database stores:
 * a store only keeps bytes under a reference it chooses; the checks (size, type, virus, hash) are done before it is
 * called, so it never sees a refused file. Selected by {@code thuocdo.evidence.store}.
 */
public interface EvidenceStore {

    /**
     * Keeps the content of the evidence file {@code id} and returns the reference to open it by. Called inside the
     * transaction that records the file: a store able to take part (the database) does; another undoes its write
     * when that transaction rolls back.
     */
    String put(String id, InputStream content) throws IOException;

    /** The content kept under {@code reference}; the caller closes it. */
    InputStream open(String reference) throws IOException;
}
