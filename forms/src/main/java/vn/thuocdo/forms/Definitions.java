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

    /** An index file's tree (a catalogue's list of paths), read leniently: the catalogue checks the field it wants. */
    public static JsonNode tree(ClassLoader loader, String path) {
        return read(loader, path, JsonNode.class);
    }

    /**
     * A definition's text, at most {@code maxChars} characters' worth of UTF-8 read (one more tells the parser the
     * file is too long), for the packages that parse their own definitions strictly (questionnaires, scorecards).
     */
    public static String text(ClassLoader loader, String path, int maxChars) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new DefinitionInvalid(path + " is missing from the classpath");
            }
            return new String(in.readNBytes(maxChars * 4 + 1), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DefinitionInvalid(path + " cannot be read: " + e.getMessage(), e);
        }
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
