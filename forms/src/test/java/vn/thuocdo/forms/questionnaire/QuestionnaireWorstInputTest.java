package vn.thuocdo.forms.questionnaire;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.FieldError;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * forms' WorstInputTest for questionnaires: every question of every shipped questionnaire gets the crafted inputs
 * (a megabyte of digits, of NUL, of no-break spaces, alternations, combining marks, huge JSON numbers, a million-key
 * list) inside an otherwise complete response, and each is refused on that question - a free text accepts what only
 * other kinds refuse. The worst time per question goes to target/bench/questionnaire-worst.md (reported, not
 * asserted: this machine is shared).
 */
class QuestionnaireWorstInputTest {

    private static final int MEGABYTE = 1 << 20;

    @Test
    void everyCraftedInputIsRefusedOnTheQuestionItWasGivenTo() throws IOException {
        List<String> table = new ArrayList<>(List.of("| questionnaire | question | kind | worst input | time (ms) |",
                "|---|---|---|---|---:|"));
        QuestionnaireCatalogue catalogue = QuestionnaireCatalogue.load();
        for (String reference : List.of("sipas-citizen@1", "par-officials@1")) {
            Questionnaire questionnaire = catalogue.get(reference);
            Map<String, Object> base = complete(questionnaire);
            assertThat(questionnaire.read(base, Completeness.FINAL).errors()).as(reference).isEmpty();
            for (Question question : questionnaire.questions()) {
                String worstName = "";
                long worst = -1;
                for (Map.Entry<String, Object> input : crafted().entrySet()) {
                    Map<String, Object> raw = new HashMap<>(base);
                    raw.put(question.id(), input.getValue());
                    List<FieldError> errors = questionnaire.read(raw, Completeness.FINAL).errors();
                    if (!(question.kind().isText() && input.getKey().startsWith("text:"))) {
                        assertThat(errors).as("%s: %s", question.id(), input.getKey())
                                .anyMatch(e -> e.fieldKey().equals(question.id()));
                    }
                    long nanos = timed(questionnaire, raw);
                    if (nanos > worst) {
                        worst = nanos;
                        worstName = input.getKey();
                    }
                }
                table.add("| " + reference + " | " + question.id() + " | " + question.kind() + " | " + worstName
                        + " | " + String.format("%.3f", worst / 1e6) + " |");
            }
        }
        Path out = Path.of("target", "bench", "questionnaire-worst.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Worst-case reading time per question\n\nMedian of 3 runs after 1 warm-up, "
                + Runtime.getRuntime().availableProcessors() + " cores.\n\n" + String.join("\n", table) + "\n");
    }

    /** A complete response the skip logic accepts: the first choice (a 4 on a scale), one key, small valid values. */
    static Map<String, Object> complete(Questionnaire questionnaire) {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (q.kind() == QuestionKind.NOTE
                    || !questionnaire.relevant(q.id(), questionnaire.read(raw, Completeness.DRAFT).answers())) {
                continue;
            }
            raw.put(q.id(), switch (q.kind()) {
                case SINGLE_CHOICE -> questionnaire.choicesOf(q).get(0).key();
                case SATISFACTION -> questionnaire.choicesOf(q).get(3).key();
                case MULTIPLE_CHOICE -> List.of(questionnaire.choicesOf(q).get(0).key());
                case INTEGER -> String.valueOf(Math.max(1, q.min() == null ? 1 : q.min()));
                case DECIMAL -> "1";
                case DATE -> "01/01/2026";
                default -> "Ý kiến của người trả lời";
            });
        }
        return raw;
    }

    private static long timed(Questionnaire questionnaire, Map<String, Object> raw) {
        questionnaire.read(raw, Completeness.FINAL);
        long[] runs = new long[3];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            questionnaire.read(raw, Completeness.FINAL);
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return runs[1];
    }

    private static Map<String, Object> crafted() {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("\"a@\" + 32,000 dots + \"@\"", "a@" + ".".repeat(32_000) + "@");
        inputs.put("1 MB of digits", "9".repeat(MEGABYTE));
        inputs.put("1 MB of \"1.\"", "1.".repeat(MEGABYTE / 2));
        inputs.put("1 MB of no-break spaces around x", "\u00A0".repeat(MEGABYTE / 2) + "x" + "\u00A0".repeat(MEGABYTE / 2));
        inputs.put("1 MB of NUL", "\u0000".repeat(MEGABYTE));
        inputs.put("1 MB of keys separated by spaces", "na ".repeat(MEGABYTE / 3));
        inputs.put("text: 100 letters then NUL", "x".repeat(100) + "\u0000");
        inputs.put("combining marks", "a" + "\u0301\u0316".repeat(40));
        inputs.put("JSON true", Boolean.TRUE);
        inputs.put("JSON {}", Map.of());
        inputs.put("JSON 1e999999999", new BigDecimal("1E+999999999"));
        inputs.put("JSON 10^1000", BigInteger.TEN.pow(1000));
        inputs.put("a million-key list", Collections.nCopies(1_000_000, "1"));
        inputs.put("a list of one 1 MB key", List.of("9".repeat(MEGABYTE)));
        inputs.put("a list of numbers", List.of(1, 2));
        return inputs;
    }
}
