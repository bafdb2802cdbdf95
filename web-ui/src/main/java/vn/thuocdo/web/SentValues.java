package vn.thuocdo.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An object's fields as a sender put them in JSON, for a form or a questionnaire to type and check (never typed
 * here): strings and booleans as they are, numbers exact (a whole number as a long or a big integer, a decimal as
 * a BigDecimal, so a decimal point is kept), null as null. A value of a shape no field takes (an object, an array
 * where one is not read) becomes an empty object or list, which every field refuses with its own reason.
 */
public final class SentValues {

    private SentValues() {
    }

    /**
     * @param choiceLists whether a field may be an array (several choices): its elements are read as values; else
     *                    an array is an empty list, refused
     */
    public static Map<String, Object> of(JsonNode object, boolean choiceLists) {
        Map<String, Object> raw = new LinkedHashMap<>();
        object.fields().forEachRemaining(entry -> raw.put(entry.getKey(), value(entry.getValue(), choiceLists)));
        return raw;
    }

    private static Object value(JsonNode node, boolean choiceList) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isFloatingPointNumber()) {
            // 1e400 reads as an infinite double, which has no decimal value: the field refuses it.
            return node.isDouble() && !Double.isFinite(node.doubleValue()) ? (Object) node.doubleValue()
                    : node.decimalValue();
        }
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray() && choiceList) {
            List<Object> values = new ArrayList<>(node.size());
            node.forEach(element -> values.add(element.isArray() ? Map.of() : value(element, false)));
            return values;
        }
        return node.isArray() ? List.of() : Map.of();
    }
}
