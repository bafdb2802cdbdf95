package vn.thuocdo.compilation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.index.SurveyData;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A definition's items' answer codes from a response's stored JSON, token by token, as the citizens' and the
 * officials' rows both read them: a field that is not an item (the officials' respondent section, a free-text
 * suggestion) is skipped, and a key the definition's rule does not know counts as no answer. One array is filled and
 * returned for every response, so a million answers make no garbage; one instance per read, not shared.
 */
final class AnswerCodes {

    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, Integer> itemIndex = new HashMap<>();
    private final IndexDefinition.AnswerRule rule;
    private final byte[] codes;

    AnswerCodes(IndexDefinition definition) {
        for (int j = 0; j < definition.items().size(); j++) {
            itemIndex.put(definition.items().get(j), j);
        }
        this.rule = definition.answers();
        this.codes = new byte[definition.items().size()];
    }

    /** The codes of one response, in the definition's item order, in the array of the previous call. */
    byte[] of(String json) {
        Arrays.fill(codes, SurveyData.NO_VALID_ANSWER);
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return codes;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                Integer item = itemIndex.get(parser.currentName());
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_ARRAY || value == JsonToken.START_OBJECT) {
                    parser.skipChildren();
                } else if (item != null && value != JsonToken.VALUE_NULL) {
                    byte code = SurveyData.code(rule, parser.getText());
                    codes[item] = code < 0 ? SurveyData.NO_VALID_ANSWER : code;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
