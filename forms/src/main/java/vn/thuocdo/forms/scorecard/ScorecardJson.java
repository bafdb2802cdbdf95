package vn.thuocdo.forms.scorecard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.Definitions;


/**
 * Strict JSON for scorecards, as for questionnaires: an unknown or repeated property, trailing content, a number
 * written as text or a text as a number are errors; points are read as exact decimals; output is canonical.
 */
final class ScorecardJson {

    /** The longest scorecard JSON read: a few hundred sub-criteria with long guidance fit many times over. */
    static final int MAX_CHARS = 2_000_000;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ScorecardJson() {
    }

    static Scorecard parse(String json) {
        if (json == null || json.length() > MAX_CHARS) {
            throw new DefinitionInvalid("A scorecard's JSON must be given and at most " + MAX_CHARS
                    + " characters long");
        }
        Scorecard scorecard;
        try {
            scorecard = JSON.readValue(json, Scorecard.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new DefinitionInvalid("The scorecard's JSON cannot be read" + where + path(e) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DefinitionInvalid("The scorecard's JSON cannot be read: " + e.getMessage(), e);
        }
        ScorecardValidator.validate(scorecard);
        return scorecard;
    }

    /** Where in the tree a value was refused ({@code areas[0].criteria[1].maxPoints}), so the author finds it. */
    private static String path(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder at = new StringBuilder(" at ");
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                at.append(at.length() > 4 ? "." : "").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                at.append('[').append(reference.getIndex()).append(']');
            }
        }
        return at.toString();
    }

    static Scorecard read(ClassLoader loader, String path) {
        String json = Definitions.text(loader, path, MAX_CHARS);
        try {
            return parse(json);
        } catch (ScorecardInvalid e) {
            throw new ScorecardInvalid(path, e.problems());
        } catch (DefinitionInvalid e) {
            throw new DefinitionInvalid(path + ": " + e.getMessage(), e);
        }
    }

    static String write(Scorecard scorecard) {
        try {
            return JSON.writeValueAsString(scorecard);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A scorecard always writes as JSON", e);
        }
    }
}
