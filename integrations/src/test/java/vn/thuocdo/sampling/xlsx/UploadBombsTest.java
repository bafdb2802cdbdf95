package vn.thuocdo.sampling.xlsx;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.UploadLimits;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameRow;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.HaiPhongRequest;
import vn.thuocdo.workflow.Tasks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/**
 * Files made to exhaust the server: small on the wire, enormous once inflated. Each is refused early, naming the
 * limit it breaks, nothing is saved, and the heap is as it was. Before the limits, the 205 KB cell bomb pushed the
 * heap to 5 GB. Rounds from 2050: years the other adapter tests do not use.
 */
@AdapterTest
class UploadBombsTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2050);
    /** Generous: the point is hundreds of megabytes or more without the limits, not a few. */
    private static final long FLAT = 64L * 1024 * 1024;

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired SamplingFrames frames;
    @Autowired Tasks tasks;

    private String task;
    private String requestId;

    @BeforeEach
    void launchARoundAndAttachAGoodFrame() {
        HaiPhongRequest request = HaiPhongRequest.launch(rounds, tasks, sampling, YEAR.getAndIncrement(), "Đợt thử tệp độc");
        task = request.taskId();
        requestId = request.requestId();
        byte[] good = Xlsx.frame(List.of(List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 1", 120, 480)));
        frames.attachFrame(task, new ByteArrayInputStream(good), good.length, HAI_PHONG);
    }

    @Test
    void aCellThatInflatesTo200MegabytesIsRefusedAtTheCellLimit() {
        int chars = 200 * 1024 * 1024;
        byte[] bomb = RawXlsx.of(List.of(Xlsx.SHEET), List.of(out -> {
            RawXlsx.row(out, 1, Xlsx.HEADERS.toArray());
            out.write("<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>");
            char[] block = new char[64 * 1024];
            java.util.Arrays.fill(block, 'a');
            for (int written = 0; written < chars; written += block.length) {
                out.write(block);
            }
            out.write("</t></is></c></row>");
        }), 0);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        refusedWithFlatHeap(bomb, new FrameError(0, null, "frame.cellTooLong", List.of(32_767)));
    }

    @Test
    void rowsPastTheRowLimitAreRefusedAtTheLimitWithoutReadingTheRest() {
        // The default limit is Excel's own (1,048,576 rows): a million rows to write, zip and read for a check that
        // is the same at any limit. A reader limited to 10,000 rows is given 100,000.
        UploadLimits limits = new UploadLimits(null, null, null, null, 10_000, null);
        byte[] bomb = RawXlsx.of(List.of(Xlsx.SHEET), List.of(out -> {
            RawXlsx.row(out, 1, Xlsx.HEADERS.toArray());
            for (int r = 2; r <= 100_001; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t> </t></is></c></row>");
            }
        }), 0);
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> new FastExcelFrameWorkbooks(limits).read(new ByteArrayInputStream(bomb),
                frames.annexes(), sheets -> {
                    sheets.get(0).rows().read(line -> read.incrementAndGet() >= 0);
                    return null;
                }))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .containsExactly(new FrameError(Xlsx.SHEET, 0, null, "frame.tooManyRows", List.of(10_000))));
        assertThat(read).hasValue(10_000);
    }

    @Test
    void anArchiveOfAHundredThousandEntriesIsRefusedBeforeAnyIsRead() {
        byte[] bomb = RawXlsx.of(List.of(Xlsx.SHEET), List.of(out -> RawXlsx.row(out, 1, Xlsx.HEADERS.toArray())),
                100_000);
        assertThat(bomb.length).isLessThan(10 * 1024 * 1024);
        refusedWithFlatHeap(bomb, new FrameError(0, null, "frame.tooManyEntries", List.of(100_005, 1000)));
    }

    @Test
    void aFileLargerThanItsDeclaredSizeIsCutAtTheLimitWhileItStreams() {
        byte[] big = new byte[Math.toIntExact(frames.limits().maxBytes() + 1)];
        // Declared as 10 bytes: the reader counts what arrives, it does not trust what a client says.
        assertThatThrownBy(() -> frames.attachFrame(task, new ByteArrayInputStream(big), 10, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                        .containsExactly(new FrameError(0, null, "frame.tooLarge", List.of(10L))));
        assertUnchanged();
    }

    private void refusedWithFlatHeap(byte[] bomb, FrameError expected) {
        long before = heapAfterGc();
        assertThatThrownBy(() -> frames.attachFrame(task, new ByteArrayInputStream(bomb), bomb.length, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(expected));
        assertThat(heapAfterGc() - before).isLessThan(FLAT);
        assertUnchanged();
    }

    private static long heapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void assertUnchanged() {
        assertThat(frames.frameRows(requestId)).extracting(FrameRow::villageName).containsExactly("Tổ dân phố 1");
    }
}
