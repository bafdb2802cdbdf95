package vn.thuocdo.fieldwork.offline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.questionnaire.ExpressionTree;
import vn.thuocdo.testing.Chromium;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline kit's interpreter (bieu-thuc.js) in real Chromium against the questionnaire's Java evaluator, over a
 * corpus taken from ExpressionSemanticsTest and the rules of docs/questionnaires.md: each expression is parsed once
 * by the forms module, its tree is evaluated on both sides with the same answers, and the results must agree.
 */
class OfflineExpressionConformanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Playwright playwright;
    private static Browser browser;

    /** An expression, its answers ("id:kind:value" with kinds w words, c choice, i whole, d decimal, m choices, t day, v not valid) and a constraint's own answer. */
    private record Case(String expression, String answers, String self) {
    }

    private static final List<Case> CORPUS = List.of(
            new Case("${x} = ''", "", null),
            new Case("${x} != ''", "", null),
            new Case("${x} = 'a'", "", null),
            new Case("${x} != 'a'", "", null),
            new Case("${x} > 3", "", null),
            new Case("${x} <= 3", "", null),
            new Case("not(${x} = 'a')", "", null),
            new Case("${x} != ''", "x:w:An", null),
            new Case("${x} = ''", "x:w:An", null),
            new Case("${score} > 9", "score:c:10", null),
            new Case("${score} > ${age}", "score:c:10;age:i:9", null),
            new Case("'10' > '9'", "", null),
            new Case("${score} = '10'", "score:c:10", null),
            new Case("${score} = 10.0", "score:c:10", null),
            new Case("0.1 + 0.2 = 0.3", "", null),
            new Case("${name} = 1", "name:w:An", null),
            new Case("${name} != 1", "name:w:An", null),
            new Case("${name} > 1", "name:w:An", null),
            new Case("'b' > 'a'", "", null),
            new Case("'b' != 'a'", "", null),
            new Case("selected(${fruit}, 'plum') and not(selected(${fruit}, 'pear'))", "fruit:m:apple plum", null),
            new Case("count-selected(${fruit}) = 2", "fruit:m:apple plum", null),
            new Case("count-selected(${nothing}) = 0", "", null),
            new Case("selected(${used}, 'yes')", "used:c:yes", null),
            new Case("selected(${used}, 'no')", "used:c:yes", null),
            new Case("${fruit} = 'apple plum'", "fruit:m:apple plum", null),
            new Case("${item} = 'dk'", "item:v:dk", null),
            new Case("${item} >= 4", "item:v:dk", null),
            new Case("string-length(${name}) = 8", "name:w:Nguyễn \uD835\uDD38", null),
            new Case("string-length(${nothing}) = 0", "", null),
            new Case("${visit} <= today()", "visit:t:2026-11-01", null),
            new Case("today() - ${visit} = 29", "visit:t:2026-11-01", null),
            new Case("${visit} = '2026-11-01'", "visit:t:2026-11-01", null),
            new Case("${visit} < '2026-13-01'", "visit:t:2026-11-01", null),
            new Case("${visit} > '2024-02-29'", "visit:t:2026-11-01", null),
            new Case("1 div 0 = 0", "", null),
            new Case("1 div 0 != 0", "", null),
            new Case("5 mod 0 >= 0", "", null),
            new Case("7 mod 3 = 1", "", null),
            new Case("-7 mod 3 = -1", "", null),
            new Case("10 div 4 = 2.5", "", null),
            new Case(". >= 18 and . <= 120", "", "i:42"),
            new Case(". >= 18", "", "i:12"),
            new Case(". * 2 = 5", "", "d:2.5"),
            new Case("${n} + 1 = 1001", "n:w: 1000 ", null),
            new Case("${n} + 1 = 1001", "n:w:1.000", null),
            new Case("${n} + 1 > 0", "n:w:1,5", null),
            new Case("${n} = 5", "n:w:5.", null),
            new Case("${n} = 0.5", "n:w:.5", null),
            new Case("${n} > 0", "n:w:\u00a05", null),
            new Case("-${n} < 0", "n:i:3", null),
            new Case("-${x} < 0 or -${x} >= 0", "", null),
            new Case("${a} or ${b}", "a:w:", null),
            new Case("${a} and 1", "a:i:0", null),
            new Case("${a}", "a:d:0.0", null),
            new Case("${x} = ${y}", "", null),
            new Case("${x} = ${y}", "x:w:", null),
            new Case("(1 = 1) = 1", "", null),
            new Case("(1 = 2) < 'x'", "", null),
            new Case("today() = '2026-11-30'", "", null),
            new Case("${d} > 20000", "d:t:2026-11-01", null),
            new Case("string-length(${n}) = 3", "n:d:1.50", null),
            new Case("${n} = '1.5'", "n:d:1.50", null),
            new Case("count-selected(${c}) = 1", "c:c:yes", null),
            new Case("selected(${m}, 'a b')", "m:m:a b", null),
            new Case("2 * 3 + 4 = 10 and 2 + 3 * 4 = 14", "", null),
            new Case("0.1 * 3 = 0.3", "", null),
            new Case("100000000000000000 + 1 = 100000000000000000", "", null));

    @BeforeAll
    static void start() {
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stop() {
        browser.close();
        playwright.close();
    }

    @Test
    void theDevicesInterpreterAgreesWithTheJavaEvaluatorOnEveryCase() throws Exception {
        Page page = browser.newPage();
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(new String(
                new ClassPathResource("offline-kit/bieu-thuc.js").getContentAsByteArray(), StandardCharsets.UTF_8)));
        List<String> differences = new ArrayList<>();
        int trueCount = 0;
        for (Case c : CORPUS) {
            ExpressionTree tree = ExpressionTree.parse(c.expression());
            Map<String, Answer> answers = new LinkedHashMap<>();
            Map<String, Object> deviceAnswers = new LinkedHashMap<>();
            for (String spec : c.answers().isEmpty() ? new String[0] : c.answers().split(";")) {
                String[] parts = spec.split(":", 3);
                answers.put(parts[0], answer(parts[1], parts[2]));
                deviceAnswers.put(parts[0], device(parts[1], parts[2]));
            }
            Answer self = null;
            Object deviceSelf = null;
            if (c.self() != null) {
                String[] parts = c.self().split(":", 2);
                self = answer(parts[0], parts[1]);
                deviceSelf = device(parts[0], parts[1]);
            }
            boolean java = tree.holds(answers, self, TODAY);
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("tree", tree.toJson());
            input.put("answers", deviceAnswers);
            input.put("self", deviceSelf);
            input.put("today", TODAY.toString());
            Object js = page.evaluate("i => BieuThuc.holds(i.tree, i.answers, i.self, i.today)",
                    JSON.readValue(JSON.writeValueAsString(input), Map.class));
            if (!Boolean.valueOf(java).equals(js)) {
                differences.add(c + ": Java " + java + ", device " + js);
            }
            trueCount += java ? 1 : 0;
        }
        assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(40);
        // The corpus is worth something only if it holds both ways.
        assertThat(trueCount).isBetween(10, CORPUS.size() - 10);
        assertThat(differences).isEmpty();
    }

    private static Answer answer(String kind, String value) {
        return switch (kind) {
            case "w" -> new Answer.Words(value);
            case "c" -> new Answer.Choice(value);
            case "i" -> new Answer.Whole(Long.parseLong(value));
            case "d" -> new Answer.Decimal(new BigDecimal(value));
            case "m" -> new Answer.Choices(Arrays.asList(value.split(" ")));
            case "t" -> new Answer.Day(LocalDate.parse(value));
            case "v" -> new Answer.NotValid(value);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** The same answer as the kit types it for its interpreter. */
    private static Map<String, Object> device(String kind, String value) {
        return switch (kind) {
            case "w", "c", "v" -> Map.of("t", "w", "v", value);
            case "i", "d" -> Map.of("t", "n", "v", new BigDecimal(value));
            case "m" -> Map.of("t", "k", "v", Arrays.asList(value.split(" ")));
            case "t" -> Map.of("t", "d", "v", value);
            default -> throw new IllegalArgumentException(kind);
        };
    }
}
