package vn.thuocdo.scorecard.ui;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.scorecard.AnswerProblem;
import vn.thuocdo.forms.scorecard.ScorecardProblem;
import vn.thuocdo.web.Messages;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a scorecard gives - to a definition, to a workbook row, to a unit's answer - has a sentence in
 * Vietnamese and in English that formats, so no bare key or broken pattern reaches a person.
 */
class ScorecardMessagesTest {

    @Test
    void everyDefinitionAnswerAndWorkbookRefusalHasAVietnameseAndAnEnglishSentence() throws IOException {
        List<String> codes = new ArrayList<>(ScorecardProblem.codes());
        codes.addAll(AnswerProblem.codes());
        codes.addAll(workbookKeysUsedInTheCode());
        ScorecardProblem.expressionCodes().forEach(code -> codes.add("scorecard." + code));
        assertThat(codes).contains("scorecard.workbook.noParent", "scorecard.workbook.tooLarge",
                "scorecard.workbook.inflatesTooMuch");
        List<Object> args = List.of("2.1", new BigDecimal("3.5"), new BigDecimal("3"), 4);
        for (String code : codes) {
            String vi = Messages.text(code, args, null);
            String en = Messages.text(code, args, Locale.ENGLISH);
            assertThat(vi).as(code).isNotEqualTo(code).doesNotContain("{");
            assertThat(en).as(code).isNotEqualTo(code).isNotEqualTo(vi).doesNotContain("{");
        }
    }

    @Test
    void numbersReadAsEachLanguageWritesThem() {
        List<Object> args = List.of("2.1", new BigDecimal("3.5"), new BigDecimal("3"));
        assertThat(Messages.text("scorecard.pointsMismatch", args, null))
                .isEqualTo("tổng điểm 2.1 là 3,5, khác tổng các mục bên dưới 3.");
        assertThat(Messages.text("scorecard.pointsMismatch", args, Locale.ENGLISH))
                .isEqualTo("the maximum of 2.1 is 3.5, but the items under it add up to 3.");
    }

    /** The workbook keys the importer and the adapter's bounds raise, read from their sources. */
    private static List<String> workbookKeysUsedInTheCode() throws IOException {
        List<String> keys = new ArrayList<>();
        Pattern key = Pattern.compile("\"(scorecard\\.workbook\\.[a-zA-Z]+)\"");
        Path root = Path.of("..").toAbsolutePath().normalize();
        try (Stream<Path> files = Stream.of(
                root.resolve("integrations/src/main/java/vn/thuocdo/scorecard/xlsx/TemplateReader.java"),
                root.resolve("integrations/src/main/java/vn/thuocdo/scorecard/xlsx/FastExcelScorecardWorkbooks.java"),
                root.resolve("processes/src/main/java/vn/thuocdo/scorecard/ScorecardLibrary.java"),
                root.resolve("processes/src/main/java/vn/thuocdo/scorecard/InvalidScorecardWorkbook.java"))) {
            for (Path file : files.toList()) {
                Matcher m = key.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        // The upload bounds' refusals, renamed from frame.* by the adapter.
        for (String bound : List.of("cellTooLong", "inflatesTooMuch", "tooManyColumns", "tooManyEntries",
                "tooManyStrings")) {
            keys.add("scorecard.workbook." + bound);
        }
        return keys.stream().distinct().toList();
    }
}
