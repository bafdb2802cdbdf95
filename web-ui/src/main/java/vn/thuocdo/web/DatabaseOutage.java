package vn.thuocdo.web;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a database that cannot be reached from any other failure, wherever it surfaces: wrapped by Spring's JDBC
 * support, by a transaction that could not begin, or by the workflow engine's persistence layer.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /** The message key shown to people and API callers while the database cannot be used. */
    public static final String KEY = "database.unavailable";

    public static boolean causes(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // A rollback on the lost connection fails too, and its exception hides the one that says why.
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causes(rollback.getApplicationException())) {
                return true;
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** The outermost and innermost failure, enough for an operator's log without a stack trace per request. */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? failure.toString() : failure + " <- " + root;
    }

    /**
     * SQL states of a lost or refused connection: class 08 (connection exception) and 57P01-57P03 (the server is
     * shutting down or not yet accepting connections).
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
