package vn.thuocdo.testing.badinput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Bad multipart/form-data bodies for an upload endpoint: a text part made bad (too long, blank, control characters,
 * a line break, bytes that are not UTF-8; for numbers also out of range and junk), several at once, a file part's
 * bad content, a required part missing, an unknown or repeated part, malformed multipart (cut short, wrong or
 * missing boundary, garbage), and wrong Content-Type headers. Text values that a form field could hold legally
 * ("null", "[]", "12" as a column name) are not bad here, unlike in JSON, and are left out.
 */
final class MultipartBodies {

    /** A file part: its file name, Content-Type, valid bytes and bad contents. */
    record FilePart(String fileName, String contentType, byte[] valid, List<byte[]> bad) {
    }

    private static final ObjectMapper READER = new ObjectMapper();
    private static final String BOUNDARY = "----thuocdoBadInput7f3a";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    private static final byte[] NOT_UTF8 = {'T', 'r', (byte) 0xC1, 'n', (byte) 0xFF};

    private final BadInputTarget target;
    private final Random random;
    private final List<String> keys;

    MultipartBodies(BadInputTarget target, Random random) {
        this.target = target;
        this.random = random;
        this.keys = List.copyOf(target.fields().keySet());
    }

    List<BadBody> generate(int count) {
        List<BadBody> bodies = new ArrayList<>(count);
        while (bodies.size() < count) {
            int dice = random.nextInt(100);
            bodies.add(dice < 45 ? oneField() : dice < 55 ? severalFields() : dice < 65 ? badFile()
                    : dice < 71 ? missing() : dice < 76 ? unknown() : dice < 81 ? duplicate()
                    : dice < 93 ? malformed() : contentType());
        }
        return bodies;
    }

    private BadBody oneField() {
        String key = pick(keys);
        Map<String, byte[]> parts = valid();
        byte[] value = pick(badTexts(target.fields().get(key)));
        parts.put(key, value);
        return body("part " + key + " = " + shorten(value), parts, Set.of(key));
    }

    private BadBody severalFields() {
        Map<String, byte[]> parts = valid();
        Set<String> bad = new LinkedHashSet<>();
        int n = 2 + random.nextInt(Math.max(1, keys.size() - 1));
        while (bad.size() < Math.min(n, keys.size())) {
            String key = pick(keys);
            if (bad.add(key)) {
                parts.put(key, pick(badTexts(target.fields().get(key))));
            }
        }
        return body("parts " + bad + " bad", parts, bad);
    }

    private BadBody badFile() {
        String key = pick(List.copyOf(target.files().keySet()));
        Map<String, byte[]> parts = valid();
        byte[] content = pick(target.files().get(key).bad());
        parts.put(key, content);
        return body("file " + key + " = " + shorten(content), parts, Set.of(key));
    }

    private BadBody missing() {
        List<String> required = new ArrayList<>(target.files().keySet());
        keys.stream().filter(k -> target.fields().get(k).required()).forEach(required::add);
        String key = pick(required);
        Map<String, byte[]> parts = valid();
        parts.remove(key);
        return body("missing " + key, parts, Set.of(key));
    }

    private BadBody unknown() {
        Map<String, byte[]> parts = valid();
        // Not "weight " with a space: the servlet container trims a part's name, so it arrives as a second weight,
        // refused as repeated, under the name it arrived with.
        String key = pick(List.of("extra", "Weight", "__proto__", "ghiChu", "trongSo", "x".repeat(300)));
        parts.put(key, "1".getBytes(StandardCharsets.UTF_8));
        return body("unknown part " + shorten(key.getBytes(StandardCharsets.UTF_8)), parts, Set.of(key));
    }

    private BadBody duplicate() {
        String key = pick(keys);
        Map<String, byte[]> parts = valid();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The repeated part first, then every part once: a reader that keeps one of them would accept it.
        write(out, key, parts.get(key));
        parts.forEach((name, value) -> write(out, name, value));
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new BadBody("duplicate " + key, out.toByteArray(), TYPE, Set.of(key));
    }

    private BadBody malformed() {
        byte[] whole = encode(valid());
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        String body = switch (random.nextInt(6)) {
            // Cut before the closing delimiter ends: a body ending with it whole, CRLF or not, is complete.
            case 0, 1 -> text.substring(0, random.nextInt(text.length() - 20));
            case 2 -> text.replace(BOUNDARY, "----another");
            case 3 -> text.substring(0, text.lastIndexOf("--" + BOUNDARY + "--"));
            case 4 -> "--" + BOUNDARY + "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" + BOUNDARY + "--\r\n";
            default -> "khong phai multipart";
        };
        return new BadBody("malformed multipart", body.getBytes(StandardCharsets.ISO_8859_1), TYPE, Set.of());
    }

    /** The valid body declared as something else, or as multipart without its boundary. */
    private BadBody contentType() {
        String type = pick(List.of("application/json", "text/plain", "multipart/form-data",
                "multipart/mixed; boundary=" + BOUNDARY, "application/x-www-form-urlencoded", "text/csv"));
        if (random.nextInt(8) == 0) {
            type = null;
        }
        return new BadBody("Content-Type " + type, encode(valid()), type, Set.of());
    }

    /** Wrong as a form field's text for the kind (bytes, so that text that is not UTF-8 can be sent). */
    private List<byte[]> badTexts(FieldKind kind) {
        List<String> texts = new ArrayList<>();
        if (kind instanceof FieldKind.Text text) {
            texts.add("x".repeat(text.maxLength() + 1 + random.nextInt(50)));
            texts.add("Ngô\u0301 ".repeat(text.maxLength()));
            texts.addAll(List.of("An\u0000", "\u0007".repeat(200), "Nguyễn\u001b[31m", "\uFEFFprovince"));
            if (!text.multiline()) {
                texts.add("Nguyễn\nVăn An");
            }
            texts.addAll(List.of("", " ".repeat(1 + random.nextInt(5)), "\t"));
        } else if (kind instanceof FieldKind.WholeNumber number) {
            texts.addAll(List.of(String.valueOf(number.min() - 1 - random.nextInt(100)),
                    String.valueOf(number.max() + 1 + random.nextInt(100)), "1e3", "abc", "", " ", "1.000", "1 000",
                    "１２００", "1200.5", "-", "9".repeat(String.valueOf(number.max()).length() + 1 + random.nextInt(400)),
                    "12\u0000"));
        } else {
            throw new IllegalArgumentException("No multipart values for " + kind);
        }
        List<byte[]> values = new ArrayList<>();
        texts.forEach(t -> values.add(t.getBytes(StandardCharsets.UTF_8)));
        values.add(NOT_UTF8);
        return values;
    }

    private Map<String, byte[]> valid() {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        target.files().forEach((name, file) -> parts.put(name, file.valid()));
        target.validBody().forEach((name, json) -> parts.put(name, unquote(json).getBytes(StandardCharsets.UTF_8)));
        return parts;
    }

    private BadBody body(String category, Map<String, byte[]> parts, Set<String> badFields) {
        return new BadBody(category, encode(parts), TYPE, badFields);
    }

    private byte[] encode(Map<String, byte[]> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        parts.forEach((name, value) -> write(out, name, value));
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private void write(ByteArrayOutputStream out, String name, byte[] value) {
        FilePart file = target.files().get(name);
        String header = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType())
                + "\r\n\r\n";
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(value);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static String unquote(String json) {
        try {
            return READER.readValue(json, String.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a multipart field's valid value is a JSON string: " + json, e);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String shorten(byte[] value) {
        String oneLine = new String(value, StandardCharsets.UTF_8).replaceAll("\\p{Cntrl}", "·");
        return oneLine.length() <= 40 ? oneLine : oneLine.substring(0, 37) + "...";
    }
}
