package vn.thuocdo.testing.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a field holds, and therefore which JSON values are wrong for it whatever the endpoint's typing: values of
 * the wrong JSON type, out of range, malformed, with control characters or lone surrogates. Each value is JSON
 * text. Values that a lenient but correct reading could accept (" 12 " trimmed? 1e3 as 1000?) are left out where
 * the rule is only ours to choose; those that remain are wrong for any reading.
 */
public sealed interface FieldKind {

    /** Wrong values for this kind; {@code random} varies lengths and figures between runs of the same seed. */
    List<String> badValues(Random random);

    boolean required();

    /** Single-line text such as a name, at most {@code maxLength} characters. */
    static FieldKind text(int maxLength, boolean required) {
        return new Text(maxLength, required, false);
    }

    /** Text over several lines (line breaks allowed), at most {@code maxLength} characters. */
    static FieldKind longText(int maxLength, boolean required) {
        return new Text(maxLength, required, true);
    }

    /** A whole number from {@code min} to {@code max}, written without thousands dots. */
    static FieldKind integer(long min, long max, boolean required) {
        return new WholeNumber(min, max, required, false);
    }

    /** A whole number from {@code min} to {@code max} that may be written the Vietnamese way, "1.000" for 1000. */
    static FieldKind groupedInteger(long min, long max, boolean required) {
        return new WholeNumber(min, max, required, true);
    }

    /** An e-mail address of at most {@code maxLength} characters. */
    static FieldKind email(int maxLength, boolean required) {
        return new Email(maxLength, required);
    }

    /** A Vietnamese phone number (0 and 9-10 more digits). */
    static FieldKind phone(boolean required) {
        return new Phone(required);
    }

    /**
     * A list of 1 to {@code maxItems} objects, such as a batch of responses whose items the endpoint checks one by
     * one: wrong as a whole when it is not a list, empty, too long, or holds something other than objects. What is
     * wrong inside an item is the item's refusal, not the body's, and is for the endpoint's own test.
     */
    static FieldKind items(String validItemJson, int maxItems, boolean required) {
        return new Items(validItemJson, maxItems, required);
    }

    /**
     * A JSON object whose members the endpoint reads itself (a questionnaire's answers by question id): wrong as a
     * whole when it is not an object. What is wrong inside it is for the endpoint's own test, as for {@link #items}.
     */
    static FieldKind object(boolean required) {
        return new Members(required);
    }

    /**
     * Wrong whatever the field: other JSON types, nesting far beyond any form (closed, so only the depth is wrong).
     * The depth stays under the JSON reader's own limit (1,000), so the body is read and the field can be named;
     * deeper bodies are refused whole, and BadBodies tests them as a body-level family.
     */
    private static List<String> wrongTypes(Random random, boolean required) {
        int depth = 100 + random.nextInt(850);
        List<String> values = new ArrayList<>(List.of("true", "false", "[]", "{}", "[\"x\"]", "{\"a\":{\"b\":1}}",
                "[".repeat(depth) + "]".repeat(depth)));
        if (required) {
            values.add("null");
        }
        return values;
    }

    record Text(int maxLength, boolean required, boolean multiline) implements FieldKind {
        @Override
        public List<String> badValues(Random random) {
            List<String> values = new ArrayList<>(wrongTypes(random, required));
            values.addAll(List.of(String.valueOf(random.nextInt(1000)), "1.5", "-0"));
            values.add(Json.string("x".repeat(maxLength + 1 + random.nextInt(50))));
            values.add(Json.string("Ngô\u0301 ".repeat(maxLength)));
            values.add(Json.string("An\u0000"));
            values.add(Json.string("\u0007".repeat(2000)));
            values.add(Json.string("Nguyễn\u001b[31m"));
            values.add(Json.string("\ud800"));
            values.add(Json.string("Tr\udc00ần"));
            if (!multiline) {
                values.add(Json.string("Nguyễn\nVăn An"));
            }
            if (required) {
                values.addAll(List.of("\"\"", Json.string(" ".repeat(1 + random.nextInt(5))), Json.string("\t")));
            }
            return values;
        }
    }

    record WholeNumber(long min, long max, boolean required, boolean grouping) implements FieldKind {
        @Override
        public List<String> badValues(Random random) {
            List<String> values = new ArrayList<>(wrongTypes(random, required));
            values.addAll(List.of(String.valueOf(min - 1 - random.nextInt(100)), String.valueOf(max + 1 + random.nextInt(100)),
                    min + random.nextInt(9) + ".5", "1e9", "1E10", "1.25e1", "-0.5", "1e400", "99999999999999999999999",
                    "-9223372036854775809"));
            // " 12 " is left out: surrounding white space is trimmed from every answer, by rule.
            for (String junk : List.of("abc", "..5", "1e9", "10,5", "١٢", "12abc", "", "NaN", "Infinity",
                    "-Infinity", "0x10", "1_000", "1 000", "1.00", "1.0000", "12\u0000", "\ud800", "4\u200b2", "２３")) {
                values.add(Json.string(junk));
            }
            if (!grouping) {
                values.add(Json.string("1.000"));
            }
            values.add(Json.string(String.valueOf(max + 1)));
            values.add(Json.string("9".repeat(1 + random.nextInt(4000))));
            return values;
        }
    }

    record Email(int maxLength, boolean required) implements FieldKind {
        @Override
        public List<String> badValues(Random random) {
            List<String> values = new ArrayList<>(wrongTypes(random, required));
            values.add(String.valueOf(random.nextInt(100000)));
            for (String junk : List.of("khong-phai-thu", "a@", "@snv.gov.vn", "a b@snv.gov.vn", "an@@snv.gov.vn",
                    "an@snv.gov.vn\u0000", "an@snv\ud800.vn", "")) {
                values.add(Json.string(junk));
            }
            values.add(Json.string("a".repeat(maxLength) + "@snv.gov.vn"));
            return values;
        }
    }

    record Phone(boolean required) implements FieldKind {
        @Override
        public List<String> badValues(Random random) {
            List<String> values = new ArrayList<>(wrongTypes(random, required));
            values.add(String.valueOf(100 + random.nextInt(900)));
            for (String junk : List.of("12", "abc", "09123456x8", "0912345678901234", "٠٩١٢٣٤٥٦٧٨", "0912\u0000345678",
                    "09\ud80012345678", "")) {
                values.add(Json.string(junk));
            }
            return values;
        }
    }

    record Items(String validItemJson, int maxItems, boolean required) implements FieldKind {
        @Override
        public List<String> badValues(Random random) {
            List<String> values = new ArrayList<>(wrongTypes(random, required));
            values.addAll(List.of(String.valueOf(random.nextInt(1000)), "1.5", "\"\"", Json.string(validItemJson)));
            values.add("[" + validItemJson + ",1]");
            values.add("[" + validItemJson + ",null]");
            values.add("[" + validItemJson + ",[" + validItemJson + "]]");
            values.add("[" + String.join(",", java.util.Collections.nCopies(maxItems + 1 + random.nextInt(20),
                    validItemJson)) + "]");
            if (!required) {
                values.remove("null");
            }
            return values;
        }
    }

    record Members(boolean required) implements FieldKind {
        @Override
        public List<String> badValues(Random random) {
            List<String> values = new ArrayList<>(wrongTypes(random, required));
            values.removeIf(v -> v.startsWith("{"));
            values.addAll(List.of(String.valueOf(random.nextInt(1000)), "1.5", "\"\"", "\"{}\""));
            return values;
        }
    }
}
