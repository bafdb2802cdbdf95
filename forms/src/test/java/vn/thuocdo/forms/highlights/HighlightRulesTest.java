package vn.thuocdo.forms.highlights;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.DefinitionInvalid;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HighlightRulesTest {

    @Test
    void theShippedDefaultNamesThreeStrongestAndThreeWeakestAndSaysItIsOurs() {
        HighlightRule rule = HighlightRules.load().current();
        assertThat(rule.reference()).isEqualTo("unit-highlights@1");
        assertThat(rule.strongest()).isEqualTo(3);
        assertThat(rule.weakest()).isEqualTo(3);
        assertThat(rule.provisional()).isTrue();
        assertThat(rule.source().vi()).contains("[A]");
    }

    @Test
    void aCountOutsideOneToTenIsRefusedNamingTheFileAndField() {
        assertThatThrownBy(() -> parse("{\"id\":\"x\",\"version\":1,\"title\":{\"vi\":\"X\"},\"strongest\":0,"
                + "\"weakest\":3}")).isInstanceOf(DefinitionInvalid.class).hasMessageContaining("t.json: strongest");
        assertThatThrownBy(() -> parse("{\"id\":\"x\",\"version\":1,\"title\":{\"vi\":\"X\"},\"strongest\":3,"
                + "\"weakest\":11}")).hasMessageContaining("weakest must be from 1 to 10");
    }

    @Test
    void anUnknownOrMissingFieldIsRefused() {
        assertThatThrownBy(() -> parse("{\"id\":\"x\",\"version\":1,\"title\":{\"vi\":\"X\"},\"strongest\":3,"
                + "\"weakest\":3,\"threshold\":0.5}")).isInstanceOf(DefinitionInvalid.class)
                .hasMessageContaining("threshold");
        assertThatThrownBy(() -> parse("{\"id\":\"x\",\"version\":1,\"title\":{\"vi\":\"X\"},\"strongest\":3}"))
                .isInstanceOf(DefinitionInvalid.class).hasMessageContaining("weakest");
    }

    private static HighlightRule parse(String json) {
        return HighlightRules.parse("t.json", json.getBytes(StandardCharsets.UTF_8));
    }
}
