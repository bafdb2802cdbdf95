package vn.thuocdo.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file written for a row that may still roll back (a duplicate raced in, a later step failed, the database went):
 * it is deleted when the transaction does not commit, so no orphan stays behind. Outside a transaction, nothing.
 */
public final class RolledBackFiles {

    private RolledBackFiles() {
    }

    public static void deleteUnlessCommitted(Path file) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // A leftover file no row names is harmless: readers go from rows to files, never back.
                    }
                }
            }
        });
    }
}
