package vn.thuocdo.forms.design;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Numbers of the fieldwork block read as written: Jackson would otherwise take 480.5 for 480 and "0.1" for 0.1,
 * turning a typo into a rule nobody wrote. A whole number must be a JSON integer, a share a JSON number.
 */
final class StrictNumbers {

    /** Longer than this is no figure anyone meant, and is not worth parsing; 9 digits and a sign fit an int. */
    private static final int MAX_CHARACTERS = 10;

    private StrictNumbers() {
    }

    static final class Whole extends JsonDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getText().length() > MAX_CHARACTERS) {
                return (Integer) ctxt.handleUnexpectedToken(Integer.class, p.currentToken(), p,
                        "must be a whole number, was " + shown(p));
            }
            return p.getIntValue();
        }
    }

    static final class Share extends JsonDeserializer<BigDecimal> {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken token = p.currentToken();
            if ((token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT)
                    || p.getText().length() > MAX_CHARACTERS) {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, token, p,
                        "must be a number from 0 to 1 such as 0.1, was " + shown(p));
            }
            return p.getDecimalValue();
        }
    }

    /** The value as written, a text in quotes so that "0.1" does not read as the number it is not. */
    private static String shown(JsonParser p) throws IOException {
        String text = FieldworkChecks.bounded(p.getText());
        return p.currentToken() == JsonToken.VALUE_STRING ? "\"" + text + "\"" : text;
    }
}
