package vn.thuocdo.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thuocdo.web.DatabaseOutage;
import vn.thuocdo.web.Messages;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An API call while the database cannot be used answers 503 with the shared error shape, at once. Unhandled, the
 * failure went to the error page, whose dispatch belongs to the people-facing security chain: a caller with valid
 * credentials got a redirect to the login page. Ordered before the general API error handler, and matched on the
 * cause chain (Spring looks through causes), so a failure wrapped by the workflow engine is recognised too.
 */
@RestControllerAdvice(basePackages = "vn.thuocdo")
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseOutageAnswers {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAnswers.class);

    // Only types that always mean an outage: a handler that matched and then declined would keep the general API
    // error handler from seeing the failure at all.
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            SQLTransientConnectionException.class, SQLNonTransientConnectionException.class})
    ResponseEntity<Map<String, Object>> unavailable(Exception failure, HttpServletRequest request) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    DatabaseOutage.describe(failure));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", RETRY_AFTER_SECONDS)
                .contentType(MediaType.APPLICATION_JSON).body(body(request));
    }

    /** A hint for well-behaved clients; the readiness probe takes the replica out of rotation meanwhile. */
    static final String RETRY_AFTER_SECONDS = "10";

    /** The shared API error shape: no field is concerned. */
    static Map<String, Object> body(HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", DatabaseOutage.KEY);
        body.put("message", Messages.text(DatabaseOutage.KEY, List.of(), Messages.asked(request)));
        body.put("fields", List.of());
        return body;
    }
}
