package vn.thuocdo.scorecard.xlsx;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.xlsx.ZipBounds;
import vn.thuocdo.scorecard.InvalidScorecardWorkbook;
import vn.thuocdo.scorecard.ScorecardWorkbookError;
import vn.thuocdo.scorecard.ScorecardWorkbooks;
import vn.thuocdo.shared.UploadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The scorecard template with FastExcel: the upload copied to a temporary file within {@link UploadLimits}, inflated
 * once by {@link ZipBounds} before FastExcel reads anything, then read by {@link TemplateReader}.
 */
@Component
class FastExcelScorecardWorkbooks implements ScorecardWorkbooks {

    private final UploadLimits limits;

    FastExcelScorecardWorkbooks(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public Scorecard read(InputStream in) {
        Path file = null;
        try {
            file = Files.createTempFile("thuocdo-scorecard-", ".xlsx");
            if (limits.copyWithin(in, file) < 0) {
                throw new InvalidScorecardWorkbook(List.of(ScorecardWorkbookError.ofFile(
                        "scorecard.workbook.tooLarge", limits.maxMegabytes())));
            }
            bounded(file);
            try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile())) {
                return TemplateReader.read(workbook);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof InvalidScorecardWorkbook refused) {
                throw refused;
            }
            throw new InvalidScorecardWorkbook(List.of(ScorecardWorkbookError.ofFile("scorecard.workbook.notXlsx")));
        } finally {
            deleteQuietly(file);
        }
    }

    /** The sampling frames' bounds, their refusals said of a scorecard workbook. */
    private void bounded(Path file) throws IOException {
        try {
            ZipBounds.check(file, limits);
        } catch (InvalidFrame refused) {
            throw new InvalidScorecardWorkbook(refused.errors().stream()
                    .map(e -> ScorecardWorkbookError.ofFile(e.key().replace("frame.", "scorecard.workbook."),
                            e.args().toArray()))
                    .toList());
        }
    }

    @Override
    public byte[] write(Scorecard scorecard) {
        return TemplateWriter.write(scorecard);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
