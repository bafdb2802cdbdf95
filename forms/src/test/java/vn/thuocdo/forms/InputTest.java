package vn.thuocdo.forms;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thuocdo.forms.VietnameseNumbers.Refusal.BAD_GROUPING;
import static vn.thuocdo.forms.VietnameseNumbers.Refusal.DECIMAL;
import static vn.thuocdo.forms.VietnameseNumbers.Refusal.EXPONENT;
import static vn.thuocdo.forms.VietnameseNumbers.Refusal.NOT_A_NUMBER;
import static vn.thuocdo.forms.VietnameseNumbers.Refusal.TOO_LONG;

class InputTest {

    @Test
    void decomposedVietnameseIsStoredComposedSoItCompareEqual() {
        String nfd = Normalizer.normalize("Đông Hải", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Đông Hải");
        assertThat(Input.clean(nfd)).isEqualTo("Đông Hải");
        assertThat(Input.comparable(nfd + "  ")).isEqualTo(Input.comparable("đông   hải"));
    }

    @Test
    void everyKindOfInvisiblePaddingIsTrimmed() {
        assertThat(Input.clean("\u00A031\u00A0")).isEqualTo("31");
        assertThat(Input.clean("\uFEFF\u200B 31\u202F\t")).isEqualTo("31");
        assertThat(Input.clean(null)).isEmpty();
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreFoundButLineBreaksAndTabsAreText() {
        assertThat(Input.forbiddenAt("dòng 1\r\ndòng\t2")).isEqualTo(-1);
        assertThat(Input.forbiddenAt("ab\u0000c")).isEqualTo(2);
        assertThat(Input.forbiddenAt("a\u001Bb")).isEqualTo(1);
        assertThat(Input.forbiddenAt("x\uD800y")).isEqualTo(1);
        assertThat(Input.forbiddenAt("😀")).isEqualTo(-1);
    }

    @Test
    void invisibleCharactersAreShownByTheirCodeInMessages() {
        assertThat(Input.visible("31\u00A0", 50)).isEqualTo("31⟨U+00A0⟩");
        assertThat(Input.visible("abcdef", 3)).isEqualTo("abc…");
    }

    @Test
    void vietnameseGroupingIsAcceptedOnlyWhereTheFieldAllowsIt() {
        assertThat(VietnameseNumbers.parseInteger("1.644", true).value()).isEqualTo(1644L);
        assertThat(VietnameseNumbers.parseInteger("650.000", true).value()).isEqualTo(650_000L);
        assertThat(VietnameseNumbers.parseInteger("1.234.567", true).value()).isEqualTo(1_234_567L);
        assertThat(VietnameseNumbers.parseInteger("1644", true).value()).isEqualTo(1644L);
        assertThat(VietnameseNumbers.parseInteger("-5", false).value()).isEqualTo(-5L);
        assertThat(VietnameseNumbers.parseInteger("1.644", false).refusal()).isEqualTo(DECIMAL);
    }

    @Test
    void nothingIsStrippedToMakeANumberFit() {
        assertThat(VietnameseNumbers.parseInteger("1.5", true).refusal()).isEqualTo(DECIMAL);
        assertThat(VietnameseNumbers.parseInteger("10,5", true).refusal()).isEqualTo(DECIMAL);
        assertThat(VietnameseNumbers.parseInteger("..5", true).refusal()).isEqualTo(BAD_GROUPING);
        assertThat(VietnameseNumbers.parseInteger("1.6444", true).refusal()).isEqualTo(BAD_GROUPING);
        assertThat(VietnameseNumbers.parseInteger("1644.000", true).refusal()).isEqualTo(BAD_GROUPING);
        assertThat(VietnameseNumbers.parseInteger("1e9", true).refusal()).isEqualTo(EXPONENT);
        assertThat(VietnameseNumbers.parseInteger("12a", true).refusal()).isEqualTo(NOT_A_NUMBER);
        assertThat(VietnameseNumbers.parseInteger("-", true).refusal()).isEqualTo(NOT_A_NUMBER);
        assertThat(VietnameseNumbers.parseInteger("١٢", true).refusal()).isEqualTo(NOT_A_NUMBER);
        assertThat(VietnameseNumbers.parseInteger("9".repeat(19), true).refusal()).isEqualTo(TOO_LONG);
        assertThat(VietnameseNumbers.parseInteger("9".repeat(100_000), true).refusal()).isEqualTo(TOO_LONG);
    }

    @Test
    void longRunsOfCombiningMarksAreFoundBeforeTheyAreComposed() {
        String nfd = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
        assertThat(Input.markRunAt(nfd, 30)).isEqualTo(-1);
        assertThat(Input.markRunAt("ab" + "\u0301\u0316".repeat(16), 30)).isEqualTo(2);
        assertThat(Input.markRunAt("a" + "\u0301".repeat(30) + "b" + "\u0301".repeat(30), 30)).isEqualTo(-1);
    }
}
