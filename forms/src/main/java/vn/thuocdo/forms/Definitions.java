package vn.thuocdo.forms;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Loads a catalogue of versioned definitions: an index file lists them under one field, each is read strictly
 * (an unknown property is an error), validated, and kept by its {@code id@version} reference, which must be unique.
 */
public final class Definitions {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Definitions() {
    }

    /** Reads the index's definitions, validating each, keyed by reference; shared by the catalogues of every package. */
    public static <T> Map<String, T> load(ClassLoader loader, String index, String listField, Class<T> type,
                                   BiConsumer<String, T> validate, Function<T, String> reference) {
        JsonNode paths = read(loader, index, JsonNode.class).path(listField);
        if (!paths.isArray()) {
            throw new DefinitionInvalid(index + ": needs a list named " + listField);
        }
        Map<String, T> byReference = new LinkedHashMap<>();
        for (JsonNode node : paths) {
            String path = node.asText();
            T definition = read(loader, "forms/" + path, type);
            validate.accept(path, definition);
            if (byReference.putIfAbsent(reference.apply(definition), definition) != null) {
                throw new DefinitionInvalid(path + ": " + reference.apply(definition) + " is defined twice");
            }
        }
        return Map.copyOf(byReference);
    }

    private static <T> T read(ClassLoader loader, String path, Class<T> type) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new DefinitionInvalid(path + " is missing from the classpath");
            }
            return JSON.readValue(in, type);
        } catch (IOException | IllegalArgumentException e) {
            throw new DefinitionInvalid(path + " cannot be read: " + e.getMessage(), e);
        }
    }
}
