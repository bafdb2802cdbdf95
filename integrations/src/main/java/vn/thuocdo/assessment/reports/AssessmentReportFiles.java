package vn.thuocdo.assessment.reports;

import org.springframework.stereotype.Component;
import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.assessment.AssessmentReports;

import java.io.IOException;
import java.io.OutputStream;

/** {@link AssessmentReports} with PDFBox (A4, embedded Noto Sans, via {@code PdfText}) and FastExcel. */
@Component
class AssessmentReportFiles implements AssessmentReports {

    @Override
    public void pdf(AssessmentReport report, Labels labels, OutputStream out) throws IOException {
        new ReportPdf(report, new ReportWords(labels)).write(out);
    }

    @Override
    public void xlsx(AssessmentReport report, Labels labels, OutputStream out) throws IOException {
        ReportWorkbook.write(report, new ReportWords(labels), out);
    }
}
