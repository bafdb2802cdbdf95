package vn.thuocdo.evidence;

import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Evidence in PostgreSQL as large objects: written through the transaction that records the file (so a rollback
 * leaves no content behind, and a backup of the database holds the evidence with its rows), and streamed both ways
 * in chunks. Large objects rather than {@code bytea}: the JDBC driver reads a {@code bytea} value whole into memory,
 * 20 MB a download per person, while a large object is read as the download proceeds. PostgreSQL only: in the
 * embedded H2 mode use the directory store.
 */
final class DatabaseEvidenceStore implements EvidenceStore {

    static final String PREFIX = "pg-lo:";

    private final DataSource dataSource;

    DatabaseEvidenceStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String put(String id, InputStream content) throws IOException {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("large objects are written inside the transaction that records them");
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            try (LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
                 OutputStream out = object.getOutputStream()) {
                content.transferTo(out);
            }
            return PREFIX + oid;
        } catch (SQLException failed) {
            throw new IOException("could not write the large object", failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * A connection of its own, held until the stream is closed: a download outlives the request's transaction, and a
     * large object can only be read inside one.
     */
    @Override
    public InputStream open(String reference) throws IOException {
        long oid;
        try {
            oid = Long.parseLong(reference.substring(PREFIX.length()));
        } catch (RuntimeException notOurs) {
            throw new IOException("not a large object reference: " + reference);
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            LargeObject object = connection.unwrap(PGConnection.class).getLargeObjectAPI()
                    .open(oid, LargeObjectManager.READ);
            Connection held = connection;
            return new FilterInputStream(object.getInputStream()) {
                private boolean closed;

                @Override
                public void close() throws IOException {
                    if (closed) {
                        return;
                    }
                    closed = true;
                    try {
                        super.close();
                        object.close();
                        held.rollback();
                        held.setReadOnly(false);
                        held.setAutoCommit(true);
                    } catch (SQLException failed) {
                        throw new IOException(failed);
                    } finally {
                        try {
                            held.close();
                        } catch (SQLException ignored) {
                            // the pool discards a broken connection itself
                        }
                    }
                }
            };
        } catch (SQLException failed) {
            if (connection != null) {
                try {
                    connection.rollback();
                    connection.setAutoCommit(true);
                    connection.close();
                } catch (SQLException ignored) {
                    // as above
                }
            }
            throw new IOException("could not open the large object " + oid, failed);
        }
    }
}
