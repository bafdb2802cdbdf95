package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a large questionnaire costs: a generated 300-question definition (every question's relevance reads the one
 * before it, a chain through the whole form, and most carry a constraint) is parsed and validated, a complete
 * response is read, and the live skip logic of the last question is asked. Median of 5 after 3 warm-ups, written to
 * target/bench/questionnaire.md. Run with
 * {@code ./mvnw -o -q -pl forms package -Dtest=QuestionnaireValidationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class QuestionnaireValidationBenchmark {

    private static final int QUESTIONS = 300;
    private static final int PER_SECTION = 30;

    @Test
    void measuresValidatingAndReadingA300QuestionQuestionnaire() throws IOException {
        String json = generated().toString();
        Questionnaire questionnaire = Questionnaires.parse(json);
        Map<String, Object> response = completeResponse();
        assertThat(questionnaire.questions()).hasSize(QUESTIONS);
        assertThat(questionnaire.read(response, Completeness.FINAL).errors()).isEmpty();
        String last = "q" + (QUESTIONS - 1);
        var typed = questionnaire.read(response, Completeness.FINAL).answers();
        assertThat(questionnaire.relevant(last, typed)).isTrue();

        Questionnaire sipas = QuestionnaireCatalogue.load().get("sipas-citizen@1");
        String sipasJson = sipas.toJson();
        List<String> rows = new ArrayList<>(List.of("| measurement | median (ms) |", "|---|---:|"));
        rows.add(row("parse and validate the 300-question JSON (" + json.length() / 1024 + " KiB)",
                () -> Questionnaires.parse(json)));
        rows.add(row("read a complete 300-answer response (FINAL)",
                () -> questionnaire.read(response, Completeness.FINAL)));
        rows.add(row("live skip logic: is question 300 asked?", () -> questionnaire.relevant(last, typed)));
        rows.add(row("parse and validate sipas-citizen@1 (" + sipas.questions().size() + " questions)",
                () -> Questionnaires.parse(sipasJson)));
        Path out = Path.of("target", "bench", "questionnaire.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, "# Questionnaire validation and reading\n\nMedian of 5 runs after 3 warm-ups, "
                + Runtime.getRuntime().availableProcessors() + " cores. " + QUESTIONS + " questions in "
                + QUESTIONS / PER_SECTION + " sections; each question's relevance reads the previous one.\n\n"
                + String.join("\n", rows) + "\n");
    }

    private static String row(String name, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        long[] runs = new long[5];
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            work.get();
            runs[i] = System.nanoTime() - start;
        }
        Arrays.sort(runs);
        return "| " + name + " | " + String.format("%.3f", runs[2] / 1e6) + " |";
    }

    /** Kinds in turn: yes/no, integer, satisfaction, multiple choice, text, decimal. */
    private static ObjectNode generated() {
        ObjectNode draft = Drafts.valid();
        draft.put("id", "bench-form");
        ArrayNode sections = draft.putArray("sections");
        ArrayNode questions = null;
        for (int i = 0; i < QUESTIONS; i++) {
            if (i % PER_SECTION == 0) {
                ObjectNode section = sections.addObject().put("id", "s" + i / PER_SECTION);
                section.putObject("title").put("vi", "Phần " + (i / PER_SECTION + 1));
                if (i > 0) {
                    section.put("relevant", "${q0} = 'yes'");
                }
                questions = section.putArray("questions");
            }
            ObjectNode q = questions.addObject().put("id", "q" + i);
            q.putObject("label").put("vi", "Câu hỏi số " + (i + 1)).put("en", "Question " + (i + 1));
            q.put("required", true);
            if (i > 0) {
                q.put("relevant", "${q" + (i - 1) + "} != '' and not(${q0} = 'no')");
            }
            switch (i % 6) {
                case 0 -> q.put("kind", "SINGLE_CHOICE").put("choices", "yesNo");
                case 1 -> q.put("kind", "INTEGER").put("min", 0).put("max", 1000)
                        .put("constraint", ". >= 18 and . <= 100"
                        + (i > 6 ? " + count-selected(${q" + (i - 4) + "})" : ""));
                case 2 -> q.put("kind", "SATISFACTION").put("choices", "satisfaction5").put("element", "access")
                        .put("allowNotValid", true).put("constraint", ". >= 1 or . = 'na'");
                case 3 -> q.put("kind", "MULTIPLE_CHOICE").put("choices", "fruits")
                        .put("constraint", "count-selected(.) <= 2 and not(selected(., 'plum') and selected(., 'pear'))");
                case 4 -> q.put("kind", "TEXT").put("maxLength", 200).put("constraint", "string-length(.) >= 2");
                default -> q.put("kind", "DECIMAL").put("decimals", 2).put("constraint", ". > 0 and . * 2 < 1000");
            }
        }
        return draft;
    }

    private static Map<String, Object> completeResponse() {
        Map<String, Object> raw = new LinkedHashMap<>();
        for (int i = 0; i < QUESTIONS; i++) {
            raw.put("q" + i, switch (i % 6) {
                case 0 -> "yes";
                case 1 -> "42";
                case 2 -> i % 4 == 0 ? "dk" : "4";
                case 3 -> List.of("apple", "pear");
                case 4 -> "Nguyễn Văn An, thôn Đông";
                default -> "12,5";
            });
        }
        return raw;
    }
}
