package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import vn.thuocdo.forms.DefinitionInvalid;
import vn.thuocdo.forms.Definitions;


/** Strict JSON for questionnaires: unknown or repeated properties are errors, output is canonical. */
final class QuestionnaireJson {

    /** The longest questionnaire JSON read: far above 2,000 questions with long labels, far below harm. */
    static final int MAX_CHARS = 4_000_000;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private QuestionnaireJson() {
    }

    static Questionnaire parse(String json) {
        if (json == null || json.length() > MAX_CHARS) {
            throw new DefinitionInvalid("A questionnaire's JSON must be given and at most " + MAX_CHARS
                    + " characters long");
        }
        try {
            return JSON.readValue(json, Questionnaire.class).validate();
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")";
            throw new DefinitionInvalid("The questionnaire's JSON cannot be read" + where + ": "
                    + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DefinitionInvalid("The questionnaire's JSON cannot be read: " + e.getMessage(), e);
        }
    }

    static Questionnaire read(ClassLoader loader, String path) {
        String json = Definitions.text(loader, path, MAX_CHARS);
        try {
            return parse(json);
        } catch (QuestionnaireInvalid e) {
            throw new QuestionnaireInvalid(path, e.problems());
        } catch (DefinitionInvalid e) {
            throw new DefinitionInvalid(path + ": " + e.getMessage(), e);
        }
    }

    static String write(Questionnaire questionnaire) {
        try {
            return JSON.writeValueAsString(questionnaire);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A questionnaire always writes as JSON", e);
        }
    }
}
