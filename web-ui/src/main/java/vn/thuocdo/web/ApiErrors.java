package vn.thuocdo.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;

import java.util.List;
import java.util.Locale;

/**
 * Refusals as JSON with a sentence for people: 403 for access, 404 for what does not exist, 400 for the rest; and
 * every exception Spring MVC raises about the request itself (unreadable body, wrong media type, method, parameter)
 * in the same shape, worded from our bundles instead of Spring's English.
 */
@RestControllerAdvice(basePackages = "vn.thuocdo")
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final ApiRefusals refusals;

    ApiErrors(ApiRefusals refusals) {
        this.refusals = refusals;
    }

    @ExceptionHandler(Rejected.class)
    ResponseEntity<ApiError> refused(Rejected rejected, HttpServletRequest request) {
        HttpStatus status = rejected instanceof AccessDenied ? HttpStatus.FORBIDDEN
                : rejected.key().endsWith("notFound") || rejected.key().equals("task.gone") ? HttpStatus.NOT_FOUND
                : HttpStatus.BAD_REQUEST;
        return json(ApiError.of(rejected.key(), rejected.args(), Messages.asked(request)), new HttpHeaders(), status);
    }

    /** Every exception ResponseEntityExceptionHandler knows ends here, with its status and headers (Allow, Accept). */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ServletWebRequest servlet = (ServletWebRequest) request;
        if (servlet.getResponse() != null && servlet.getResponse().isCommitted()) {
            return null;
        }
        HttpServletRequest http = servlet.getRequest();
        Locale locale = Messages.asked(http);
        if (status.is5xxServerError()) {
            // Ours to fix, not the caller's: the trace goes to the log, the caller gets the apology.
            log.error("Request {} {} failed", http.getMethod(), http.getRequestURI(), ex);
        }
        if (ex instanceof HttpMessageNotReadableException unreadable) {
            UnreadableBodies.Refusal refusal = UnreadableBodies.describe(unreadable, refusals, locale);
            return ApiErrors.<Object>json(refusal.error(), headers, refusal.status());
        }
        return ApiErrors.<Object>json(describe(ex, status, locale), headers, status);
    }

    private ApiError describe(Exception ex, HttpStatusCode status, Locale locale) {
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return ApiError.ofField("api.parameterWrongType", mismatch.getName(), List.of(mismatch.getName()), locale);
        }
        if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            return ApiError.ofField("api.parameterWrongType", mismatch.getPropertyName(),
                    List.of(mismatch.getPropertyName()), locale);
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return ApiError.ofField("api.parameterMissing", missing.getParameterName(),
                    List.of(missing.getParameterName()), locale);
        }
        return refusals.forStatus(status.value(), locale);
    }

    /** JSON whatever the caller accepts: a refusal nobody can read helps nobody. */
    private static <T> ResponseEntity<T> json(T body, HttpHeaders headers, HttpStatusCode status) {
        HttpHeaders all = new HttpHeaders();
        all.putAll(headers);
        all.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(body, all, status);
    }
}
