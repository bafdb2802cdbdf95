package vn.thuocdo.scorecard.xlsx;

import org.springframework.stereotype.Component;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.sampling.xlsx.ZipBounds;
import vn.thuocdo.scorecard.InvalidScorecardWorkbook;
import vn.thuocdo.scorecard.ScorecardWorkbookError;
import vn.thuocdo.scorecard.ScorecardWorkbooks;
import vn.thuocdo.shared.UploadLimits;

import java.io.InputStream;

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
        return ZipBounds.read(in, limits, "scorecard.workbook.", errors -> new InvalidScorecardWorkbook(errors.stream()
                .map(e -> ScorecardWorkbookError.ofFile(e.key(), e.args().toArray())).toList()), TemplateReader::read);
    }

    @Override
    public byte[] write(Scorecard scorecard) {
        return TemplateWriter.write(scorecard);
    }
}
