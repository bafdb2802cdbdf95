package vn.thuocdo.testing.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates bad bodies for a target, the same ones for the same seed: mostly one or several fields made bad (each
 * kind's wrong values), and the body-level families: malformed and truncated JSON, no body, a top-level array,
 * string, number or null, deep nesting, duplicate and unknown keys, a missing required field, wrong Content-Type
 * headers and charsets, and a body over the size limit. Every body is bad in at least one way that no reading of
 * the endpoint may accept.
 */
final class BadBodies {

    static final String JSON = "application/json";
    private static final ObjectMapper READER = new ObjectMapper();
    private static final List<String> WRONG_TYPES = List.of("*/*", "application/*", "text/plain", "foo", "text/*",
            "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/json;charset=foo",
            "application/json; charset=\"", "/", ";", "application/json/json");

    private final BadInputTarget target;
    private final Random random;
    private final List<String> keys;
    private final Map<String, List<String>> drawn = new HashMap<>();
    private int picks;

    BadBodies(BadInputTarget target, long seed) {
        this.target = target;
        this.random = new Random(seed);
        this.keys = List.copyOf(target.fields().keySet());
    }

    List<BadBody> generate(int count) {
        if (target.isMultipart()) {
            return new MultipartBodies(target, random).generate(count);
        }
        List<BadBody> bodies = new ArrayList<>(count);
        while (bodies.size() < count) {
            int dice = random.nextInt(100);
            bodies.add(dice < 55 ? oneField() : dice < 65 ? severalFields() : dice < 70 ? decorated()
                    : dice < 74 ? missing() : dice < 77 ? unknown() : dice < 80 ? duplicate()
                    : dice < 87 ? malformed() : dice < 91 ? topLevel() : dice < 96 ? contentType()
                    : dice < 99 ? charset() : tooLarge());
        }
        return bodies;
    }

    private BadBody oneField() {
        String key = pick(keys);
        String value = badValue(key);
        Map<String, String> body = valid();
        body.put(key, value);
        return json("field " + key + " = " + shorten(value), Json.object(body), Set.of(key));
    }

    private BadBody severalFields() {
        Map<String, String> body = valid();
        Set<String> bad = new LinkedHashSet<>();
        int n = 2 + random.nextInt(Math.max(1, keys.size() - 1));
        while (bad.size() < Math.min(n, keys.size())) {
            String key = pick(keys);
            if (bad.add(key)) {
                body.put(key, badValue(key));
            }
        }
        return json("fields " + bad + " bad", Json.object(body), bad);
    }

    /** One bad field among legal oddities elsewhere: decomposed (NFD) Vietnamese, keys in another order. */
    private BadBody decorated() {
        String key = pick(keys);
        Map<String, String> body = new LinkedHashMap<>();
        List<String> shuffled = new ArrayList<>(keys);
        Collections.shuffle(shuffled, random);
        Map<String, String> valid = valid();
        for (String k : shuffled) {
            String v = valid.get(k);
            body.put(k, v.startsWith("\"") ? Json.string(Normalizer.normalize(unquote(v), Normalizer.Form.NFD)) : v);
        }
        String value = badValue(key);
        body.put(key, value);
        return json("field " + key + " = " + shorten(value) + " among NFD text", Json.object(body), Set.of(key));
    }

    private BadBody missing() {
        List<String> required = keys.stream().filter(k -> target.fields().get(k).required()).toList();
        String key = pick(required);
        Map<String, String> body = valid();
        body.remove(key);
        return json("missing " + key, Json.object(body), Set.of(key));
    }

    private BadBody unknown() {
        Map<String, String> body = valid();
        String key = pick(List.of("extra", "contactname", "__proto__", "communes ", "ghiChu", "$where", "x".repeat(300)));
        body.put(key, pick(List.of("\"1\"", "1", "null", "{}")));
        return json("unknown field " + shorten(key), Json.object(body), Set.of(key));
    }

    private BadBody duplicate() {
        String key = pick(keys);
        String object = Json.object(valid());
        // The bad value first, the valid one last: a parser that keeps the last would accept it.
        String doubled = "{" + Json.string(key) + ":" + badValue(key) + "," + object.substring(1);
        return json("duplicate " + key, doubled, Set.of(key));
    }

    private BadBody malformed() {
        String object = Json.object(valid());
        String body = switch (random.nextInt(12)) {
            case 0, 1, 2 -> object.substring(0, random.nextInt(object.length() - 1));
            case 3 -> object.replaceFirst(",", ",,");
            case 4 -> object.substring(0, object.length() - 1) + ",}";
            case 5 -> object.replace('"', '\'');
            case 6 -> object.replaceFirst("\"" + pick(keys) + "\"", pick(keys));
            case 7 -> "{/* ghi chú */" + object.substring(1);
            case 8 -> object.substring(0, object.length() - 1) + ",\"" + pick(keys) + "\":NaN}";
            case 9 -> object.substring(0, object.length() - 1) + ",\"" + pick(keys) + "\":-Infinity}";
            case 10 -> object + object;
            default -> object.replaceFirst(":", "=");
        };
        return json("malformed JSON", body, Set.of());
    }

    private BadBody topLevel() {
        int depth = 500 + random.nextInt(5000);
        String body = pick(List.of("", " ", "\n", "null", "[]", "[" + Json.object(valid()) + "]", "\"chuỗi\"", "42",
                "-1.5e300", "true", "[".repeat(depth) + "]".repeat(depth), "{\"a\":".repeat(depth) + "1" + "}".repeat(depth)));
        return json("top level " + shorten(body), body, Set.of());
    }

    /** The valid body itself, declared as something else (or as nothing): refused for the header alone. */
    private BadBody contentType() {
        String type = random.nextInt(8) == 0 ? null : pick(WRONG_TYPES);
        return new BadBody("Content-Type " + type, Json.object(valid()).getBytes(StandardCharsets.UTF_8), type, Set.of());
    }

    /**
     * Bytes that are not in the declared charset: Latin-1 letters (Á is 0xC1, never valid in UTF-8) sent as UTF-8.
     * UTF-16 sent as UTF-8 is not among them: JSON is Unicode, and Jackson rightly detects UTF-16 from its bytes.
     */
    private BadBody charset() {
        Map<String, String> body = valid();
        List<String> texts = keys.stream().filter(k -> target.fields().get(k) instanceof FieldKind.Text).toList();
        String json;
        if (texts.isEmpty()) {
            // No text field of its own (a list of items): the letters go into the body's first string.
            json = Json.object(body);
            int at = json.indexOf(":\"");
            json = at < 0 ? "{\"Ánh Ðào\":" + json.substring(1) : json.substring(0, at + 2) + "Ánh Ðào" + json.substring(at + 2);
        } else {
            body.put(pick(texts), "\"Ánh Đào\"");
            json = Json.object(body).replace("\"Ánh Đào\"", "\"Ánh Ðào\"");
        }
        byte[] latin1 = json.getBytes(StandardCharsets.ISO_8859_1);
        String type = pick(List.of(JSON + ";charset=UTF-8", JSON));
        return new BadBody("Latin-1 bytes sent as " + type, latin1, type, Set.of());
    }

    private BadBody tooLarge() {
        Map<String, String> body = valid();
        body.put(pick(keys), Json.string("x".repeat(300 * 1024 + random.nextInt(200 * 1024))));
        return json("body over the size limit", Json.object(body), Set.of());
    }

    /** A kind's values, drawn afresh every 100 picks: new lengths and figures without rebuilding large texts each time. */
    private String badValue(String key) {
        List<String> values = drawn.get(key);
        if (values == null || picks++ % 100 == 0) {
            values = target.fields().get(key).badValues(random);
            drawn.put(key, values);
        }
        return pick(values);
    }

    private Map<String, String> valid() {
        return new LinkedHashMap<>(target.validBody());
    }

    private static String unquote(String json) {
        try {
            return READER.readValue(json, String.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a JSON string: " + json, e);
        }
    }

    private static BadBody json(String category, String body, Set<String> badFields) {
        return new BadBody(category, body.getBytes(StandardCharsets.UTF_8), JSON, badFields);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "·");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
