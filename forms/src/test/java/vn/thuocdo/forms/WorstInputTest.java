package vn.thuocdo.forms;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issue's one timing rule: the worst input anyone can construct costs little to refuse. For every field of every
 * form in the catalogue, and of a form with every type, crafted inputs (the "a@" + 32,000 dots + "@" that took 15 s,
 * a megabyte of digits, alternations that make backtracking patterns explode, combining marks that make Unicode
 * normalisation reorder) are each refused within 50 ms. The per-field worst times go to target/bench/validation.md.
 */
class WorstInputTest {

    private static final long LIMIT_NANOS = 50_000_000L;
    private static final int MEGABYTE = 1 << 20;

    @Test
    void everyCraftedInputIsRefusedWithin50Milliseconds() throws IOException {
        List<FormDefinition> forms = new ArrayList<>();
        FormCatalogue catalogue = FormCatalogue.load();
        catalogue.versions("sampling-request").forEach(forms::add);
        forms.add(AnswerTypesTest.FORM);
        List<String> table = new ArrayList<>(List.of("| form | field | type | bound | worst input | time (ms) |",
                "|---|---|---|---:|---|---:|"));
        List<String> slow = new ArrayList<>();
        for (FormDefinition form : forms) {
            for (Field field : form.fields()) {
                String worstName = "";
                long worst = 0;
                for (Map.Entry<String, Object> input : crafted(field).entrySet()) {
                    Map<String, Object> raw = new HashMap<>();
                    raw.put(field.key(), input.getValue());
                    long nanos = timed(form, raw);
                    // Inside its bound, "a@...@" is a fine name: a text field accepts what only other types refuse.
                    if (!(field.type().isText() && input.getKey().startsWith("bound:"))) {
                        assertThat(form.read(raw).errors()).as("%s: %s", field.key(), input.getKey())
                                .anyMatch(e -> e.fieldKey().equals(field.key()));
                    }
                    if (nanos > LIMIT_NANOS) {
                        slow.add(field.key() + " " + input.getKey() + ": " + nanos / 1_000_000 + " ms");
                    }
                    if (nanos >= worst) {
                        worst = nanos;
                        worstName = input.getKey();
                    }
                }
                table.add("| " + form.reference() + " | " + field.key() + " | " + field.type() + " | " + field.bound()
                        + " | " + worstName + " | " + String.format("%.3f", worst / 1e6) + " |");
            }
        }
        Path out = Path.of("target", "bench", "validation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Worst-case validation time per field\n\nMedian of 5 runs after 3 warm-ups, "
                + Runtime.getRuntime().availableProcessors() + " cores.\n\n" + String.join("\n", table) + "\n");
        assertThat(slow).isEmpty();
    }

    /** Median of five timed reads after three untimed ones, so the JIT and a stray GC do not decide. */
    private static long timed(FormDefinition form, Map<String, Object> raw) {
        for (int i = 0; i < 3; i++) {
            form.read(raw);
        }
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            form.read(raw);
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[runs.length / 2];
    }

    /** The worst inputs for a field: some far above its bound, some just inside it so that every check runs. */
    private static Map<String, Object> crafted(Field field) {
        int inside = field.bound();
        int rawInside = field.bound() * 4 + 60;
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("\"a@\" + 32,000 dots + \"@\"", "a@" + ".".repeat(32_000) + "@");
        inputs.put("1 MB of digits", "9".repeat(MEGABYTE));
        inputs.put("1 MB of \"1.\"", "1.".repeat(MEGABYTE / 2));
        inputs.put("1 MB of \"a@a.\"", "a@a.".repeat(MEGABYTE / 4));
        inputs.put("1 MB of no-break spaces around x", "\u00A0".repeat(MEGABYTE / 2) + "x" + "\u00A0".repeat(MEGABYTE / 2));
        inputs.put("1 MB of NUL", "\u0000".repeat(MEGABYTE));
        inputs.put("bound: \"a@\" + dots + \"@\"", "a@" + ".".repeat(Math.max(1, inside - 3)) + "@");
        inputs.put("bound: \"a.\" repeated + \"@\"", "a.".repeat(Math.max(1, inside / 2 - 1)) + "@!");
        inputs.put("bound: digits then x", "9".repeat(Math.max(1, inside - 1)) + "x");
        inputs.put("bound: \"1.\" repeated", "1.".repeat(Math.max(1, inside / 2)));
        inputs.put("bound + 1: x", "x".repeat(inside + 1));
        // Alternating combining classes, reversed: the most reordering NFC can be made to do in the raw bound.
        inputs.put("raw bound: combining marks", "a" + "\u0301\u0316".repeat(rawInside / 2 - 1));
        inputs.put("raw bound: NFD then NUL", "e\u0302\u0303".repeat(rawInside / 3 - 1) + "\u0000");
        inputs.put("JSON true", Boolean.TRUE);
        inputs.put("JSON []", List.of());
        inputs.put("JSON {}", Map.of());
        inputs.put("JSON 1e999999999", new BigDecimal("1E+999999999"));
        inputs.put("JSON 10^1000", BigInteger.TEN.pow(1000));
        inputs.put("JSON 0.(1000 digits)1", new BigDecimal("0." + "0".repeat(1000) + "1"));
        // A JSON number where text is expected is refused as well; where a number is expected these are too big.
        return inputs;
    }
}
