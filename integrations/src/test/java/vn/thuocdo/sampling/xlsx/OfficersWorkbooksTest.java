package vn.thuocdo.sampling.xlsx;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.AnnexesAttached;
import vn.thuocdo.sampling.DossierCount;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameRow;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.HaiPhongRequest;
import vn.thuocdo.workflow.Tasks;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/**
 * Workbooks as officers really write them: Vietnamese typed decomposed on a Mac, a no-break space pasted after a
 * code, a renamed sheet, "1.644" for one thousand six hundred and forty-four, a "Tổng cộng" row with SUM formulas
 * as LibreOffice saves them (the formula and its cached value). Rounds from 2055: years the other adapter tests do
 * not use.
 */
@AdapterTest
class OfficersWorkbooksTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2055);

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired SamplingFrames frames;
    @Autowired Tasks tasks;

    private String task;
    private String requestId;

    @BeforeEach
    void launchARound() {
        HaiPhongRequest request = HaiPhongRequest.launch(rounds, tasks, sampling, YEAR.getAndIncrement(), "Đợt thử tệp thực tế");
        task = request.taskId();
        requestId = request.requestId();
    }

    @Test
    void aVillageTypedDecomposedIsStoredComposedAndFoundWhateverFormTheSearchIsTypedIn() {
        String nfc = "Thôn Đông Hải";
        attach(Xlsx.frame(List.of(List.of("11311", "Phường Hồng Bàng", nfd(nfc), 10, 40))));
        assertThat(frames.frameRows(requestId)).extracting(FrameRow::villageName).containsExactly(nfc);
        assertThat(frames.frameRows(requestId, "Đông Hải", 0, 10)).hasSize(1);
        assertThat(frames.frameRows(requestId, nfd(" Đông\u00A0Hải "), 0, 10)).hasSize(1);
        assertThat(frames.countFrameRows(requestId, nfd("Đông Hải"))).isEqualTo(1);
    }

    @Test
    void theSameVillageOnceComposedAndOnceDecomposedIsADuplicate() {
        refused(Xlsx.frame(List.of(
                        List.of("11311", "Phường Hồng Bàng", "Thôn Đông Hải", 10, 40),
                        List.of("11311", "Phường Hồng Bàng", nfd("Thôn Đông Hải"), 10, 40))),
                new FrameError(Xlsx.SHEET, 3, "C", "frame.duplicate", List.of(2, "Mã xã, Tên thôn/tổ dân phố")));
    }

    @Test
    void aNoBreakSpaceAfterACodeIsTrimmedAndAGroupedNumberIsRead() {
        attach(Xlsx.frame(List.of(List.of("11311\u00A0", "Phường Hồng Bàng\u00A0", "Tổ dân phố 1", "1.644", "6.577"))));
        assertThat(frames.frameRows(requestId))
                .containsExactly(new FrameRow(2, "11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1644, 6577));
    }

    @Test
    void aRenamedPhuLuc1IsFoundByItsHeaderRowAndSavedWithPhuLuc2() {
        byte[] file = Xlsx.of(new Xlsx.Tab("Danh sách thôn", Xlsx.HEADERS, villages()),
                new Xlsx.Tab(Xlsx.DOSSIER_SHEET, Xlsx.DOSSIER_HEADERS, List.of(List.of("Đất đai", 10, 9))));
        assertThat(attach(file)).isEqualTo(new AnnexesAttached(2, 1));
        assertThat(frames.frameRows(requestId)).hasSize(2);
    }

    @Test
    void aMissingPhuLuc1IsNamedInsteadOfSavingPhuLuc2InSilence() {
        List<String> otherHeaders = List.of("Xã", "Thôn", "Hộ");
        byte[] file = Xlsx.of(new Xlsx.Tab("PL1", otherHeaders, List.of(List.of("Hồng Bàng", "Tổ 1", 10))),
                new Xlsx.Tab(Xlsx.DOSSIER_SHEET, Xlsx.DOSSIER_HEADERS, List.of(List.of("Đất đai", 10, 9))));
        refused(file, new FrameError(0, null, "frame.sheetMissing", List.of("Phụ lục 1", "PL1, Phụ lục 2")));
        assertThat(frames.dossierSummary(requestId)).isEmpty();
        // With Phụ lục 2 empty too, the message names the missing sheet, not "both sheets have no rows".
        byte[] empty = Xlsx.of(new Xlsx.Tab("PL1", otherHeaders, List.of(List.of("Hồng Bàng", "Tổ 1", 10))),
                new Xlsx.Tab(Xlsx.DOSSIER_SHEET, Xlsx.DOSSIER_HEADERS, List.of()));
        refused(empty, new FrameError(0, null, "frame.sheetMissing", List.of("Phụ lục 1", "PL1, Phụ lục 2")));
    }

    @Test
    void aTotalsRowWithSumFormulasAsLibreOfficeSavesItIsCheckedAndSaidSo() {
        byte[] file = withTotals("=SUM(D2:D3)|130", "=SUM(E2:E3)|520");
        AnnexesAttached attached = attach(file);
        assertThat(attached).isEqualTo(new AnnexesAttached(2, 0, List.of("Phụ lục 1")));
        assertThat(frames.frameSummary(requestId).orElseThrow().households()).isEqualTo(130);
    }

    @Test
    void aTotalsRowThatDoesNotAddUpIsRefusedWithTheDifference() {
        refused(withTotals("=SUM(D2:D3)|130", "=SUM(E2:E3)|500"),
                new FrameError(Xlsx.SHEET, 5, "E", "frame.totalMismatch", List.of("Số nhân khẩu", 500L, 520L, -20L)));
    }

    @Test
    void aTotalsRowInPhuLuc2IsNotAServiceArea() {
        byte[] file = RawXlsx.of(List.of(Xlsx.DOSSIER_SHEET), List.of(out -> {
            RawXlsx.row(out, 1, Xlsx.DOSSIER_HEADERS.toArray());
            RawXlsx.row(out, 2, "Đất đai", 100, 90);
            RawXlsx.row(out, 3, "Hộ tịch", 50, 50);
            RawXlsx.row(out, 4, "Tổng cộng", "=SUM(B2:B3)|150", "=SUM(C2:C3)|140");
        }), 0);
        assertThat(attach(file)).isEqualTo(new AnnexesAttached(0, 2, List.of("Phụ lục 2")));
        assertThat(frames.dossierCounts(requestId)).extracting(DossierCount::serviceArea)
                .containsExactly("Đất đai", "Hộ tịch");
    }

    @Test
    void aSheetSavedWithoutCellReferencesIsReadWithItsRowsNumberedFromOne() {
        // Some writers leave out the optional r="A2" references: FastExcel then counts rows from 0, which made the
        // first village pass for the header row.
        byte[] compact = RawXlsx.of(List.of(Xlsx.SHEET), List.of(out -> {
            RawXlsx.compactRow(out, Xlsx.HEADERS.toArray());
            RawXlsx.compactRow(out, "11311", "Phường Hồng Bàng", "Tổ dân phố 1", 100, 400);
            RawXlsx.compactRow(out, "1131", "Phường Hồng Bàng", "Tổ dân phố 2", 30, 120);
        }), 0);
        refused(compact, new FrameError(Xlsx.SHEET, 3, "A", "frame.badCode", List.of("Mã xã", 5, "1131")));
    }

    private static byte[] withTotals(String households, String population) {
        return RawXlsx.of(List.of(Xlsx.SHEET, "Hướng dẫn"), List.of(out -> {
            RawXlsx.row(out, 1, Xlsx.HEADERS.toArray());
            RawXlsx.row(out, 2, "11311", "Phường Hồng Bàng", "Tổ dân phố 1", 100, 400);
            RawXlsx.row(out, 3, "11674", "Xã An Hưng", "Thôn Đông", 30, 120);
            RawXlsx.row(out, 5, null, "Tổng cộng", null, households, population);
        }, out -> { }), 0);
    }

    private static List<List<Object>> villages() {
        return new ArrayList<>(List.of(
                List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 1", 100, 400),
                List.of("11674", "Xã An Hưng", "Thôn Đông", 30, 120)));
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private AnnexesAttached attach(byte[] file) {
        return frames.attachFrame(task, new ByteArrayInputStream(file), file.length, HAI_PHONG);
    }

    private void refused(byte[] file, FrameError... expected) {
        assertThatThrownBy(() -> attach(file))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(expected));
        assertThat(frames.frameSummary(requestId)).isEmpty();
    }
}
