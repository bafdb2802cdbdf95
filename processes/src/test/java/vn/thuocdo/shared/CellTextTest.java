package vn.thuocdo.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellTextTest {

    @Test
    void formulaLikeTextIsShownAsTextAndOrdinaryTextIsUntouched() {
        assertThat(CellText.neutralised("=HYPERLINK(\"http://x\",\"Bấm\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"Bấm\")");
        assertThat(CellText.neutralised("+84 912")).isEqualTo("'+84 912");
        assertThat(CellText.neutralised("-2+3")).isEqualTo("'-2+3");
        assertThat(CellText.neutralised("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellText.neutralised("\t=1")).isEqualTo("'\t=1");
        assertThat(CellText.neutralised("Thôn Đông - Xóm 2")).isEqualTo("Thôn Đông - Xóm 2");
        assertThat(CellText.neutralised("")).isEmpty();
        assertThat(CellText.neutralised(null)).isNull();
    }
}
