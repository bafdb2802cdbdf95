package vn.thuocdo.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one place an {@code /api/**} refusal is worded and written, whoever notices it: a controller's handler,
 * Spring MVC before any handler, a filter guarding the body, the firewall, or the servlet container's error page.
 */
@Component
public class ApiRefusals {

    private final ObjectMapper json;
    private final ApiProperties limits;

    ApiRefusals(ObjectMapper json, ApiProperties limits) {
        this.json = json;
        this.limits = limits;
    }

    /**
     * Requests whose refusals are JSON for machines rather than a page for people; the offline kit's JSON too
     * (its script reads the refusals, and its bodies get the same limits).
     */
    public static boolean isApi(String path) {
        return path != null && (path.startsWith("/api/") || path.equals("/api")
                || path.startsWith("/thuc-dia/ngoai-tuyen/api/"));
    }

    /** When nothing but the status is known (the container's error page, a filter): a sentence per status. */
    public ApiError forStatus(int status, Locale locale) {
        return switch (status) {
            case 400 -> ApiError.of("api.badRequest", List.of(), locale);
            case 401 -> ApiError.of("api.unauthorized", List.of(), locale);
            case 403 -> ApiError.of("access.denied", List.of(), locale);
            case 404 -> ApiError.of("api.notFound", List.of(), locale);
            case 405 -> ApiError.of("api.methodNotAllowed", List.of(), locale);
            case 406 -> ApiError.of("api.notAcceptable", List.of(), locale);
            case 413 -> bodyTooLarge(locale);
            case 415 -> ApiError.of("api.unsupportedMediaType", List.of(), locale);
            default -> status >= 500 ? ApiError.of("api.unexpected", List.of(), locale)
                    : ApiError.of("api.badRequest", List.of(), locale);
        };
    }

    ApiError bodyTooLarge(Locale locale) {
        return ApiError.of("api.bodyTooLarge", List.of(limits.maxBodyBytes()), locale);
    }

    /** The body as a map with the record's order, for Spring Boot's error attributes. */
    static Map<String, Object> asMap(ApiError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error.error());
        body.put("message", error.message());
        body.put("fields", error.fields());
        return body;
    }

    /** Writes a refusal outside Spring MVC (filters, the firewall): status, JSON, nothing else. */
    public void write(HttpServletResponse response, int status, ApiError error) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
        response.flushBuffer();
    }

    /** The same, worded by status for the caller's language. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status) throws IOException {
        write(response, status.value(), forStatus(status.value(), Messages.asked(request)));
    }
}
