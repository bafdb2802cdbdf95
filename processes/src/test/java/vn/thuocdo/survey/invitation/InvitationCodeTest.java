package vn.thuocdo.survey.invitation;

import org.junit.jupiter.api.Test;
import vn.thuocdo.shared.Rejected;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InvitationCodeTest {

    @Test
    void aCodeReadsBackAsTypedOnALetterInLowerCaseOrWithSpaces() {
        InvitationCode code = InvitationCode.generate(new SplittableRandom(1));
        assertThat(code.value()).hasSize(11).matches("[2-9A-HJ-NP-Z]{11}");
        assertThat(code.display()).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{3}");
        assertThat(InvitationCode.parse(code.display())).isEqualTo(code);
        assertThat(InvitationCode.parse(" " + code.value().toLowerCase().replace("", " ") + " ")).isEqualTo(code);
        assertThat(code.toString()).doesNotContain(code.value());
    }

    @Test
    void everySingleMistypedSymbolAndEverySwapOfDifferentNeighboursIsCaught() {
        SplittableRandom random = new SplittableRandom(7);
        int swapsCaught = 0;
        int swaps = 0;
        for (int n = 0; n < 200; n++) {
            String value = InvitationCode.generate(random).value();
            for (int i = 0; i < value.length(); i++) {
                for (char other : InvitationCode.ALPHABET.toCharArray()) {
                    if (other == value.charAt(i)) {
                        continue;
                    }
                    String typo = value.substring(0, i) + other + value.substring(i + 1);
                    assertThatThrownBy(() -> InvitationCode.parse(typo)).isInstanceOf(Rejected.class)
                            .extracting(e -> ((Rejected) e).key()).isEqualTo("invitation.codeMistyped");
                }
                if (i + 1 < value.length() && value.charAt(i) != value.charAt(i + 1)) {
                    String swapped = value.substring(0, i) + value.charAt(i + 1) + value.charAt(i) + value.substring(i + 2);
                    swaps++;
                    try {
                        InvitationCode.parse(swapped);
                    } catch (Rejected caught) {
                        swapsCaught++;
                    }
                }
            }
        }
        // Luhn mod N misses only swaps of two symbols whose indices differ by N/2 (here 16): a few per cent.
        assertThat(swapsCaught).isGreaterThan(swaps * 90 / 100);
    }

    @Test
    void badInputIsRefusedWithItsOwnReason() {
        assertThat(key(null)).isEqualTo("invitation.codeRequired");
        assertThat(key("   ")).isEqualTo("invitation.codeRequired");
        assertThat(key("A".repeat(41))).isEqualTo("invitation.codeTooLong");
        assertThat(key("ABCD-EFGH-JK")).isEqualTo("invitation.codeMalformed");
        assertThat(key("ABCD-EFGH-JKLM")).isEqualTo("invitation.codeMalformed");
        assertThat(key("O0I1-EFGH-JKL")).isEqualTo("invitation.codeMalformed");
        assertThat(key("ÀBCD-EFGH-JKL")).isEqualTo("invitation.codeMalformed");
        assertThat(key("ABCD\u0000EFGH-JKL")).isEqualTo("invitation.codeMalformed");
    }

    @Test
    void codesDoNotRepeatAndUseTheWholeAlphabet() {
        SplittableRandom random = new SplittableRandom(3);
        Set<String> seen = new HashSet<>();
        Set<Character> symbols = new HashSet<>();
        for (int n = 0; n < 10_000; n++) {
            String value = InvitationCode.generate(random).value();
            assertThat(seen.add(value)).isTrue();
            value.chars().forEach(c -> symbols.add((char) c));
        }
        assertThat(symbols).hasSize(32);
    }

    private static String key(String typed) {
        try {
            InvitationCode.parse(typed);
            return "accepted";
        } catch (Rejected refused) {
            return refused.key();
        }
    }
}
