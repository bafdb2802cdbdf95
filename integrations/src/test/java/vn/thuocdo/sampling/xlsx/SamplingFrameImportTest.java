package vn.thuocdo.sampling.xlsx;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.AnnexesAttached;
import vn.thuocdo.sampling.DossierCount;
import vn.thuocdo.sampling.DossierSummary;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameRow;
import vn.thuocdo.sampling.FrameSummary;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;
import static vn.thuocdo.testing.TestActors.HA_NOI;

/**
 * Hải Phòng's officer attaches its sampling frame (Phụ lục 1) as an .xlsx file. Each bad file is refused with
 * the row and column to fix, and the frame attached before it stays exactly as it was.
 */
@AdapterTest
class SamplingFrameImportTest {

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired SamplingFrames frames;
    @Autowired Tasks tasks;
    @Autowired JdbcClient db;

    private static int year = 2030;
    private String task;
    private String requestId;

    @BeforeEach
    void launchARoundAndAttachAGoodFrame() {
        Round round = rounds.launchNew(new NewRound(year++, "Đợt thử nghiệm", RoundLevel.NATIONAL,
                List.of("T34-31", "T34-01"), "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
        List<WorkItem> items = tasks.inbox(HAI_PHONG, new InboxFilter(round.id(), null), 0, 10);
        task = items.get(0).taskId();
        requestId = sampling.forRound(round.id()).stream().filter(r -> r.unitId().equals("T34-31"))
                .map(SamplingRequest::id).findFirst().orElseThrow();
        frames.attachFrame(task, in(Xlsx.frame(good())), Xlsx.frame(good()).length, HAI_PHONG);
    }

    @Test
    void aGoodFrameIsStoredRowByRowAndAddsUpForTheCoordinator() {
        FrameSummary summary = frames.frameSummary(requestId).orElseThrow();
        assertThat(summary.template()).isEqualTo("sampling-frame@1");
        assertThat(summary.communes()).isEqualTo(2);
        assertThat(summary.villages()).isEqualTo(3);
        assertThat(summary.households()).isEqualTo(120 + 95 + 300);
        assertThat(summary.population()).isEqualTo(480 + 371 + 1200);
        assertThat(summary.attachedBy()).isEqualTo("haiphong");
        // The code typed as the number 11311 in a General cell and the code typed as text are the same kind of value.
        assertThat(frames.frameRows(requestId)).first()
                .isEqualTo(new FrameRow(2, "11311", "Phường Hồng Bàng", "Tổ dân phố 1", 120, 480));
    }

    @Test
    void aNewUploadReplacesTheWholeFrame() {
        byte[] smaller = Xlsx.frame(List.of(List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 9", 10, 40)));
        AnnexesAttached attached = frames.attachFrame(task, in(smaller), smaller.length, HAI_PHONG);
        assertThat(attached).isEqualTo(new AnnexesAttached(1, 0));
        assertThat(frames.frameSummary(requestId).orElseThrow().villages()).isEqualTo(1);
        assertThat(frames.frameRows(requestId)).extracting(FrameRow::villageName).containsExactly("Tổ dân phố 9");
    }

    @Test
    void aWorkbookWithoutTheFrameSheetIsTheWrongTemplate() {
        // A sheet of another name with the frame's headers is the frame renamed (see OfficersWorkbooksTest).
        refused(Xlsx.of("Sheet1", List.of("STT", "Họ tên"), List.of(List.of(1, "Nguyễn Văn An"))),
                new FrameError(0, null, "frame.noAnnex", List.of("Phụ lục 1", "Phụ lục 2")));
    }

    @Test
    void aRenamedColumnIsRefusedNamingTheColumn() {
        List<String> headers = new ArrayList<>(Xlsx.HEADERS);
        headers.set(4, "Dân số");
        refused(Xlsx.of(Xlsx.SHEET, headers, good()),
                new FrameError(Xlsx.SHEET, 1, "E", "frame.wrongHeader", List.of("Số nhân khẩu", "Dân số")));
    }

    @Test
    void wordsInANumberCellAreRefusedAtTheirCell() {
        List<List<Object>> rows = good();
        rows.set(1, List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 2", "khoảng 95", 371));
        refused(Xlsx.frame(rows), new FrameError(Xlsx.SHEET, 3, "D", "frame.notInteger", List.of("Số hộ", "khoảng 95")));
    }

    @Test
    void aNegativeCountAndAnEmptyRequiredCellAreRefused() {
        List<List<Object>> rows = good();
        rows.set(0, List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 1", 120, -480));
        List<Object> noVillage = new ArrayList<>(rows.get(2));
        noVillage.set(2, null);
        rows.set(2, noVillage);
        refused(Xlsx.frame(rows),
                new FrameError(Xlsx.SHEET, 2, "E", "frame.belowMin", List.of("Số nhân khẩu", 0L, -480L)),
                new FrameError(Xlsx.SHEET, 4, "C", "frame.required", List.of("Tên thôn/tổ dân phố")));
    }

    @Test
    void theSameVillageTwiceIsRefusedPointingAtTheFirst() {
        List<List<Object>> rows = good();
        rows.add(List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 1", 1, 1));
        refused(Xlsx.frame(rows), new FrameError(Xlsx.SHEET, 5, "C", "frame.duplicate", List.of(2, "Mã xã, Tên thôn/tổ dân phố")));
    }

    @Test
    void aCommuneCodeThatIsNotFiveDigitsIsRefused() {
        List<List<Object>> rows = good();
        rows.set(2, List.of("3101", "Xã An Hưng", "Thôn 1", 300, 1200));
        refused(Xlsx.frame(rows), new FrameError(Xlsx.SHEET, 4, "A", "frame.badCode", List.of("Mã xã", 5, "3101")));
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsRead() {
        // The stream would fail if read: the size alone decides.
        var unreadable = new java.io.InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("must not be read");
            }
        };
        assertThatThrownBy(() -> frames.attachFrame(task, unreadable, frames.limits().maxBytes() + 1, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .containsExactly(new FrameError(0, null, "frame.tooLarge", List.of(10L))));
        assertUnchanged();
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedAsSuch() {
        refused("Mã xã;Tên xã\n11311;Hồng Bàng\n".getBytes(StandardCharsets.UTF_8),
                new FrameError(0, null, "frame.notXlsx", List.of()));
    }

    @Test
    void anotherProvincesOfficerCannotAttachAFrameToThisTask() {
        byte[] file = Xlsx.frame(List.of(List.of("01001", "Phường Ba Đình", "Tổ 1", 1, 1)));
        assertThatThrownBy(() -> frames.attachFrame(task, in(file), file.length, HA_NOI))
                .isInstanceOf(AccessDenied.class);
        assertUnchanged();
    }

    @Test
    void theTemplateHasTheFrameSheetWithItsHeadersAndAnInstructionsSheet() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(in(frames.template()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Phụ lục 1", "Phụ lục 2", "Hướng dẫn");
            List<Row> rows = sheets.get(0).read();
            assertThat(rows.get(0).stream().map(c -> c.getText()).toList()).isEqualTo(Xlsx.HEADERS);
            assertThat(sheets.get(1).read().get(0).stream().map(c -> c.getText()).toList())
                    .isEqualTo(Xlsx.DOSSIER_HEADERS);
            assertThat(sheets.get(2).read().get(0).getCellText(0)).startsWith("Phụ lục 1");
        }
        // The untouched template is the right layout with no rows yet: the only complaint is that it is empty.
        byte[] template = frames.template();
        assertThatThrownBy(() -> frames.attachFrame(task, in(template), template.length, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .extracting(FrameError::key).containsExactly("frame.nothingFilled"));
    }

    @Test
    void bothAnnexesInOneWorkbookAreStoredAndPhuLuc2AddsUpTheDossiers() {
        byte[] file = Xlsx.of(new Xlsx.Tab(Xlsx.SHEET, Xlsx.HEADERS, good()),
                new Xlsx.Tab(Xlsx.DOSSIER_SHEET, Xlsx.DOSSIER_HEADERS, dossiers()));
        assertThat(frames.attachFrame(task, in(file), file.length, HAI_PHONG)).isEqualTo(new AnnexesAttached(3, 3));
        DossierSummary summary = frames.dossierSummary(requestId).orElseThrow();
        assertThat(summary.template()).isEqualTo("dossier-counts@1");
        assertThat(summary.serviceAreas()).isEqualTo(3);
        assertThat(summary.received()).isEqualTo(12_500 + 4_100 + 900);
        assertThat(summary.handled()).isEqualTo(12_000 + 4_000 + 880);
        assertThat(frames.dossierCounts(requestId)).first()
                .isEqualTo(new DossierCount(2, "Đất đai", 12_500, 12_000));

        // A later file with Phụ lục 2 only replaces Phụ lục 2 and keeps Phụ lục 1.
        byte[] only = Xlsx.dossiers(List.of(List.of("Hộ tịch", 500, 500)));
        assertThat(frames.attachFrame(task, in(only), only.length, HAI_PHONG)).isEqualTo(new AnnexesAttached(0, 1));
        assertThat(frames.dossierCounts(requestId)).extracting(DossierCount::serviceArea).containsExactly("Hộ tịch");
        assertUnchanged();
    }

    @Test
    void errorsInBothAnnexesAreReportedTogetherEachNamingItsSheetAndNothingChanges() {
        List<List<Object>> villages = good();
        villages.set(1, List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 2", "chín lăm", 371));
        List<List<Object>> areas = dossiers();
        areas.set(2, List.of("đất đai", 10, 10));
        byte[] file = Xlsx.of(new Xlsx.Tab(Xlsx.SHEET, Xlsx.HEADERS, villages),
                new Xlsx.Tab(Xlsx.DOSSIER_SHEET, Xlsx.DOSSIER_HEADERS, areas));
        refused(file,
                new FrameError(Xlsx.SHEET, 3, "D", "frame.notInteger", List.of("Số hộ", "chín lăm")),
                new FrameError(Xlsx.DOSSIER_SHEET, 4, "A", "frame.duplicate", List.of(2, "Lĩnh vực")));
        assertThat(frames.dossierSummary(requestId)).isEmpty();
    }

    @Test
    void theDeclaredDossiersMustBePhuLuc2sTotal() {
        byte[] file = Xlsx.dossiers(dossiers());
        frames.attachFrame(task, in(file), file.length, HAI_PHONG);
        java.util.Map<String, String> answers = new java.util.HashMap<>(java.util.Map.of(
                "contactName", "Nguyễn Văn An", "contactPhone", "0912345678", "contactEmail", "an@snv.haiphong.gov.vn",
                "communes", "2", "villages", "3", "households", "515", "population", "2051",
                "dossiersHandled", "16000"));
        assertThatThrownBy(() -> sampling.submit(task, answers, HAI_PHONG))
                .isInstanceOfSatisfying(vn.thuocdo.sampling.InvalidAnswers.class, e -> assertThat(e.errors())
                        .containsExactly(new vn.thuocdo.forms.FieldError("dossiersHandled", "field.notDossierTotal",
                                List.of(16_880L))));
        answers.put("dossiersHandled", "16880");
        assertThat(sampling.submit(task, answers, HAI_PHONG).state()).isEqualTo(vn.thuocdo.sampling.SamplingState.SUBMITTED);
    }

    private static List<List<Object>> dossiers() {
        return new ArrayList<>(List.of(
                List.of("Đất đai", 12_500, 12_000),
                List.of("Hộ tịch", 4_100, 4_000),
                List.of("Xây dựng", 900, 880)));
    }

    private void refused(byte[] file, FrameError... expected) {
        assertThatThrownBy(() -> frames.attachFrame(task, in(file), file.length, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(expected));
        assertUnchanged();
    }

    /** The good frame of {@link #launchARoundAndAttachAGoodFrame} is still there, row for row. */
    private void assertUnchanged() {
        assertThat(frames.frameRows(requestId)).extracting(FrameRow::villageName)
                .containsExactly("Tổ dân phố 1", "Tổ dân phố 2", "Thôn Đông");
        assertThat(db.sql("select count(*) from sampling_frame").query(Long.class).single()).isEqualTo(
                db.sql("select count(distinct request_id) from sampling_frame_row").query(Long.class).single());
    }

    private static List<List<Object>> good() {
        return new ArrayList<>(List.of(
                List.of(11311, "Phường Hồng Bàng", "Tổ dân phố 1", 120, 480),
                List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 2", 95, 371),
                List.of("11674", "Xã An Hưng", "Thôn Đông", 300, 1200)));
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }
}
