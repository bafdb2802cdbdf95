package vn.thuocdo.forms;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseFormatsTest {

    @Test
    void aFixedFigureKeepsItsDigitsAfterTheCommaSoAColumnLinesUp() {
        assertThat(VietnameseFormats.fixed(new BigDecimal("273"), 1)).isEqualTo("273,0");
        assertThat(VietnameseFormats.fixed(new BigDecimal("302.25"), 1)).isEqualTo("302,3");
        assertThat(VietnameseFormats.fixed(new BigDecimal("1234567.5"), 2)).isEqualTo("1.234.567,50");
        assertThat(VietnameseFormats.fixed(new BigDecimal("0.0641"), 3)).isEqualTo("0,064");
    }

    @Test
    void aPlainFigureDropsTrailingZeros() {
        assertThat(VietnameseFormats.number(new BigDecimal("650000"))).isEqualTo("650.000");
        assertThat(VietnameseFormats.number(new BigDecimal("6.10"))).isEqualTo("6,1");
    }
}
