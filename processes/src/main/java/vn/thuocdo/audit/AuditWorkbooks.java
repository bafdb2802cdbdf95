package vn.thuocdo.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;

/** The audit trail as a spreadsheet, written as it is read. Implemented by an integration adapter. */
public interface AuditWorkbooks {

    /** An .xlsx of the lines, headed with the reader's wording; times as dd/MM/yyyy HH:mm in Asia/Ho_Chi_Minh. */
    void events(Iterable<Line> lines, Labels labels, OutputStream out) throws IOException;

    /** One event as the reader sees it: names and wording already in their language. */
    record Line(Instant at, String person, String username, String unit, String action, String target,
                String outcome, String detail) {
    }

    /** The reader's wording for a message key. */
    @FunctionalInterface
    interface Labels {
        String text(String key, Object... args);
    }
}
