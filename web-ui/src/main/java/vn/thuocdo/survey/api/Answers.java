package vn.thuocdo.survey.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A response's answers as sent, for the questionnaire to type and check: strings and numbers as in the sampling API
 * (a number keeps its decimal point), and arrays (several choices) as lists of their values. Anything else (an
 * object, an array in an array) becomes an empty object, which every question refuses with its own reason.
 */
final class Answers {

    private Answers() {
    }

    static Map<String, Object> read(JsonNode answers) {
        Map<String, Object> raw = new LinkedHashMap<>();
        answers.fields().forEachRemaining(entry -> raw.put(entry.getKey(), value(entry.getValue(), true)));
        return raw;
    }

    private static Object value(JsonNode node, boolean top) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isFloatingPointNumber()) {
            // 1e400 reads as an infinite double, which has no decimal value: the questionnaire refuses it.
            return node.isDouble() && !Double.isFinite(node.doubleValue()) ? (Object) node.doubleValue()
                    : node.decimalValue();
        }
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray() && top) {
            List<Object> values = new ArrayList<>(node.size());
            node.forEach(element -> values.add(value(element, false)));
            return values;
        }
        return Map.of();
    }
}
