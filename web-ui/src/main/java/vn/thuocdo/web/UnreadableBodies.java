package vn.thuocdo.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.CharConversionException;
import java.util.List;
import java.util.Locale;

/**
 * Why a body could not be read, in words a sending system can act on: Spring says only "not readable" and hides
 * the reason in the cause (Jackson's parse or mapping error, our size limit, the wrong bytes for the charset).
 */
final class UnreadableBodies {

    /** What to answer: the status (400 or 413) and the body. */
    record Refusal(HttpStatus status, ApiError error) {
    }

    private UnreadableBodies() {
    }

    static Refusal describe(HttpMessageNotReadableException unreadable, ApiRefusals refusals, Locale locale) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiBodyLimit.BodyTooLarge) {
                return new Refusal(HttpStatus.PAYLOAD_TOO_LARGE, refusals.bodyTooLarge(locale));
            }
            if (cause instanceof StreamConstraintsException) {
                return bad("api.bodyTooComplex", locale);
            }
            if (cause instanceof JsonParseException parse) {
                return parse(parse, locale);
            }
            if (cause instanceof MismatchedInputException mismatch) {
                return mismatch(mismatch, locale);
            }
            if (cause instanceof JsonMappingException) {
                return bad("api.unreadableBody", locale);
            }
            if (cause instanceof CharConversionException) {
                return bad("api.badEncoding", locale);
            }
        }
        String message = unreadable.getMessage();
        return bad(message != null && message.startsWith("Required request body is missing")
                ? "api.bodyMissing" : "api.unreadableBody", locale);
    }

    private static Refusal parse(JsonParseException parse, Locale locale) {
        String message = parse.getOriginalMessage();
        // STRICT_DUPLICATE_DETECTION: "Duplicate field 'communes'". Two values for one field: neither is trusted.
        if (message != null && message.startsWith("Duplicate field '")) {
            String field = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
            return new Refusal(HttpStatus.BAD_REQUEST, ApiError.ofField("api.duplicateField", field,
                    List.of(field), locale));
        }
        if (message != null && message.contains("Invalid UTF-8")) {
            return bad("api.badEncoding", locale);
        }
        return bad("api.malformedJson", locale);
    }

    private static Refusal mismatch(MismatchedInputException mismatch, Locale locale) {
        String message = mismatch.getOriginalMessage();
        if (message != null && message.startsWith("No content to map")) {
            return bad("api.bodyMissing", locale);
        }
        if (message != null && message.startsWith("Trailing token")) {
            return bad("api.malformedJson", locale);
        }
        String field = mismatch.getPath().isEmpty() ? null : mismatch.getPath().get(0).getFieldName();
        if (field == null) {
            // The body as a whole has the wrong shape: an array, a string or a number where an object is due.
            return bad("api.bodyNotObject", locale);
        }
        return new Refusal(HttpStatus.BAD_REQUEST, ApiError.ofField("api.fieldWrongType", field,
                List.of(field), locale));
    }

    private static Refusal bad(String key, Locale locale) {
        return new Refusal(HttpStatus.BAD_REQUEST, ApiError.of(key, List.of(), locale));
    }
}
