package vn.thuocdo.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every answer to a bad body must be: a 4xx, never a 2xx or a 5xx; the API's error shape
 * ({@code {"error", "message", "fields"}}, non-blank texts); and, when the body was a JSON object whose only
 * fault is in its fields, a 400 whose {@code fields} names every one of them.
 */
final class Verdicts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Verdicts() {
    }

    /** The first thing wrong with an answer, if anything. */
    static Optional<String> problem(BadBody body, int status, String answer) {
        if (status >= 500) {
            return Optional.of(status + " server error: " + excerpt(answer));
        }
        if (status < 400) {
            return Optional.of(status + " accepted");
        }
        JsonNode error;
        try {
            error = JSON.readTree(answer);
        } catch (Exception e) {
            return Optional.of(status + " not JSON: " + excerpt(answer));
        }
        if (error == null || !error.isObject() || !text(error, "error") || !text(error, "message")
                || !error.path("fields").isArray()) {
            return Optional.of(status + " not the error shape: " + excerpt(answer));
        }
        Set<String> named = new HashSet<>();
        for (JsonNode field : error.get("fields")) {
            if (!text(field, "field") || !text(field, "error") || !text(field, "message")) {
                return Optional.of(status + " a field entry without field, error or message: " + excerpt(answer));
            }
            named.add(field.get("field").asText());
        }
        if (!body.badFields().isEmpty()) {
            if (status != 400) {
                return Optional.of(status + " instead of a field-level 400 " + error.get("error").asText());
            }
            Set<String> unnamed = new HashSet<>(body.badFields());
            unnamed.removeIf(field -> named.stream().anyMatch(name -> names(name, field)));
            if (!unnamed.isEmpty()) {
                return Optional.of("400 " + error.get("error").asText() + " without an entry for " + unnamed);
            }
        }
        return Optional.empty();
    }

    /** An error may shorten a very long key it echoes ("xxxx…") rather than send it all back. */
    private static boolean names(String name, String field) {
        return name.equals(field) || name.endsWith("…") && field.startsWith(name.substring(0, name.length() - 1));
    }

    private static boolean text(JsonNode node, String name) {
        return node.path(name).isTextual() && !node.get(name).asText().isBlank();
    }

    private static String excerpt(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }
}
