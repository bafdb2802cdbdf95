package vn.thuocdo.forms.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.thuocdo.forms.questionnaire.QuestionnaireCatalogue;

import java.util.List;

/**
 * Reading index definitions: strict JSON as for the other definitions (an unknown or repeated property, trailing
 * content, a number written as text are errors), then {@link IndexValidator}, then the check against the shipped
 * questionnaire the definition names.
 */
public final class Indices {

    /** The longest definition read: hundreds of items with labels fit many times over. */
    static final int MAX_CHARS = 1_000_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private Indices() {
    }

    /** Reads and validates a definition against the shipped questionnaires; throws {@link IndexInvalid}. */
    public static IndexDefinition parse(String json) {
        return parse(json, QuestionnaireCatalogue.load());
    }

    /** Reads and validates a definition against the given questionnaires (a replication package's own). */
    public static IndexDefinition parse(String json, QuestionnaireCatalogue questionnaires) {
        if (json == null || json.length() > MAX_CHARS) {
            throw new IndexInvalid("index", List.of(new IndexProblem("json", "index.unreadable",
                    List.of("", "at most " + MAX_CHARS + " characters"))));
        }
        IndexDefinition definition;
        try {
            definition = JSON.readValue(json, IndexDefinition.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + path(e) + ")";
            throw new IndexInvalid("index", List.of(new IndexProblem("json", "index.unreadable",
                    List.of(where, e.getOriginalMessage()))));
        } catch (IllegalArgumentException e) {
            throw new IndexInvalid("index", List.of(new IndexProblem("json", "index.unreadable",
                    List.of("", String.valueOf(e.getMessage())))));
        }
        IndexValidator.validate(definition, questionnaires);
        return definition;
    }

    /** The canonical JSON of a definition: what {@link #parse} reads back equal. */
    public static String write(IndexDefinition definition) {
        try {
            return JSON.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder at = new StringBuilder(", at ");
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                at.append(at.length() > 5 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                at.append('[').append(reference.getIndex()).append(']');
            }
        }
        return at.toString();
    }
}
