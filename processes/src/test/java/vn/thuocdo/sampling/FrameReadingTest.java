package vn.thuocdo.sampling;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.FrameCatalogue;
import vn.thuocdo.forms.FrameDefinition;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The template's rules without a spreadsheet or a database: what every adapter's reading ends in. */
class FrameReadingTest {

    private final FrameDefinition frame = FrameCatalogue.load().latest(SamplingFrames.FRAME);
    private static final List<Object> HEADERS = List.of("Mã xã", "Tên xã", "Tên thôn/tổ dân phố", "Số hộ", "Số nhân khẩu");

    @Test
    void goodRowsBecomeFrameRowsAndBlankRowsAreSkipped() {
        List<FrameRow> rows = FrameReading.check(frame, sheet(
                line(2, "00004", "Phường Ba Đình", "Tổ dân phố 1", num(120), num(480)),
                line(3),
                line(4, num(4), "Phường Ba Đình", "Tổ dân phố 2", "95", num(371)))).stream().map(FrameRow::of).toList();
        // A code typed into a General cell loses its leading zeros; it is still commune 00004.
        assertThat(rows).containsExactly(
                new FrameRow(2, "00004", "Phường Ba Đình", "Tổ dân phố 1", 120, 480),
                new FrameRow(4, "00004", "Phường Ba Đình", "Tổ dân phố 2", 95, 371));
    }

    @Test
    void everyBadCellIsReportedWithItsRowAndColumn() {
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "4A", "Xã A", "Thôn 1", num(10), num(40)),
                line(3, "00007", "Xã B", null, "khoảng 200", num(-5)),
                line(4, "00007", "Xã B", "Thôn 2", num(1.5), num(40)))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .extracting(f -> f.row() + f.column() + ":" + f.key())
                        .containsExactly("2A:frame.badCode", "3C:frame.required", "3D:frame.notInteger",
                                "3E:frame.belowMin", "4D:frame.notInteger"));
    }

    @Test
    void theSameVillageOfTheSameCommuneTwiceNamesTheFirstRow() {
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", "Thôn 1", num(10), num(40)),
                line(3, "00004", "Xã A", "thôn  1", num(11), num(41)))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .containsExactly(new FrameError(3, "C", "frame.duplicate", List.of(2, "Mã xã, Tên thôn/tổ dân phố"))));
    }

    @Test
    void aRenamedColumnIsRefusedNamingTheColumnAndWhatTheFileSays() {
        List<Object> renamed = new ArrayList<>(HEADERS);
        renamed.set(3, "Số hộ gia đình");
        assertThatThrownBy(() -> FrameReading.check(frame, FrameSheet.of("Phụ lục 1", List.of("Phụ lục 1"), renamed,
                List.of(line(2, "00004", "Xã A", "Thôn 1", num(10), num(40))))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(
                        new FrameError(1, "D", "frame.wrongHeader", List.of("Số hộ", "Số hộ gia đình"))));
    }

    @Test
    void anotherSheetOrAnEmptyListIsNotTheFrame() {
        assertThatThrownBy(() -> FrameReading.check(frame, FrameSheet.missing(List.of("Sheet1"))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .extracting(FrameError::key).containsExactly("frame.noSheet"));
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(line(2))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .extracting(FrameError::key).containsExactly("frame.empty"));
    }

    @Test
    void theSameVillageTypedDecomposedAndComposedIsOneVillageStoredComposed() {
        String composed = "Thôn Đông Hải";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", composed, num(10), num(40)),
                line(3, "00004", "Xã A", decomposed, num(11), num(41)))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .containsExactly(new FrameError(3, "C", "frame.duplicate", List.of(2, "Mã xã, Tên thôn/tổ dân phố"))));
        List<FrameLine> rows = FrameReading.check(frame, sheet(line(2, "00004", "Xã A", decomposed, num(10), num(40))));
        assertThat(rows.get(0).text("villageName")).isEqualTo(composed);
    }

    @Test
    void aCodeWithANoBreakSpaceAfterItIsTheCodeAndABrokenCodeShowsItsInvisibleCharacters() {
        List<FrameRow> rows = FrameReading.check(frame, sheet(
                line(2, "00004\u00A0", "\u00A0Xã A ", "Thôn\u00A0 1", num(10), num(40)))).stream()
                .map(FrameRow::of).toList();
        assertThat(rows).containsExactly(new FrameRow(2, "00004", "Xã A", "Thôn 1", 10, 40));
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "000\u200B04", "Xã A", "Thôn 1", num(10), num(40)))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(
                        new FrameError(2, "A", "frame.badCode", List.of("Mã xã", 5, "000⟨U+200B⟩04"))));
    }

    @Test
    void numbersGroupedTheVietnameseWayAreReadAndADecimalIsRefusedAsSuch() {
        List<FrameRow> rows = FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", "Thôn 1", "1.644", "12.345.678"))).stream().map(FrameRow::of).toList();
        assertThat(rows).containsExactly(new FrameRow(2, "00004", "Xã A", "Thôn 1", 1644, 12_345_678));
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", "Thôn 1", "1.5", "1.64"))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(
                        new FrameError(2, "D", "frame.notWhole", List.of("Số hộ", "1.5")),
                        new FrameError(2, "E", "frame.notWhole", List.of("Số nhân khẩu", "1.64"))));
    }

    @Test
    void aTotalsRowAtTheBottomIsRecognisedAndCheckedAgainstTheRows() {
        FrameReading.Checked checked = FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", "Thôn 1", num(10), num(40)),
                line(3, "00004", "Xã A", "Thôn 2", num(5), num(20)),
                line(4),
                line(5, null, "Tổng cộng", null, num(15), num(60))), row -> { });
        assertThat(checked).isEqualTo(new FrameReading.Checked(2, 5));

        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", "Thôn 1", num(10), num(40)),
                line(3, "00004", "Xã A", "Thôn 2", num(5), num(20)),
                line(4, "", "TỔNG CỘNG", "", num(15), num(65)))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(
                        new FrameError(4, "E", "frame.totalMismatch", List.of("Số nhân khẩu", 65L, 60L, 5L))));
    }

    @Test
    void aTotalsRowIsNotComparedWithSumsThatMissARefusedRow() {
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", "Thôn 1", num(10), num(40)),
                line(3, "0004", "Xã A", "Thôn 2", num(5), num(20)),
                line(4, null, "Tổng cộng", null, num(15), num(60)))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(
                        new FrameError(3, "A", "frame.badCode", List.of("Mã xã", 5, "0004"))));
    }

    @Test
    void aTotalsRowWithRowsUnderItIsRefused() {
        assertThatThrownBy(() -> FrameReading.check(frame, sheet(
                line(2, "00004", "Xã A", "Thôn 1", num(10), num(40)),
                line(3, null, "Tổng", null, num(10), num(40)),
                line(4, "00004", "Xã A", "Thôn 2", num(5), num(20)))))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(
                        new FrameError(3, null, "frame.totalNotLast", List.of())));
    }

    @Test
    void columnLettersGoPastZ() {
        assertThat(FrameReading.letter(0)).isEqualTo("A");
        assertThat(FrameReading.letter(25)).isEqualTo("Z");
        assertThat(FrameReading.letter(26)).isEqualTo("AA");
    }

    private static FrameSheet sheet(FrameSheet.Line... lines) {
        return FrameSheet.of("Phụ lục 1", List.of("Phụ lục 1", "Hướng dẫn"), HEADERS, List.of(lines));
    }

    private static FrameSheet.Line line(int number, Object... cells) {
        return new FrameSheet.Line(number, Arrays.asList(cells));
    }

    private static BigDecimal num(double value) {
        return BigDecimal.valueOf(value);
    }
}
