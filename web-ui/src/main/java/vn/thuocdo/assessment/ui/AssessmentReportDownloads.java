package vn.thuocdo.assessment.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thuocdo.assessment.AssessmentExports;
import vn.thuocdo.assessment.AssessmentReport;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Messages;
import vn.thuocdo.web.PlainRefusals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@code /bao-cao/tu-danh-gia/<round>/<unit>.pdf} (and {@code .xlsx}, and {@code tham-dinh} for the appraisal
 * report): a unit's report for a person signed in to the application, checked by the capability (the unit's own
 * people for the self-assessment; also its appraisers, the coordinators and the council for the appraisal), a refusal
 * audited where the capability raises it, an export audited as taken. Written whole before the first byte is sent, so
 * a failure is an error page, never half a file; always an attachment, in Vietnamese whatever the screen's language.
 */
@Controller
class AssessmentReportDownloads {

    static final String PATH = "/bao-cao/{kind:tu-danh-gia|tham-dinh}/{round:[0-9A-Za-z-]{1,36}}/"
            + "{unit:[0-9A-Za-z_-]{1,32}}.{extension:pdf|xlsx}";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final AssessmentExports exports;
    private final CurrentActor actor;

    AssessmentReportDownloads(AssessmentExports exports, CurrentActor actor) {
        this.exports = exports;
        this.actor = actor;
    }

    static String address(AssessmentReport.Kind kind, String roundId, String unitId,
                          AssessmentExports.Format format) {
        return "/bao-cao/" + kind.slug() + "/" + roundId + "/" + unitId + "." + format.extension();
    }

    @GetMapping(PATH)
    void download(@PathVariable String kind, @PathVariable String round, @PathVariable String unit,
                  @PathVariable String extension, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AssessmentReport.Kind which = kind.equals(AssessmentReport.Kind.APPRAISAL.slug())
                ? AssessmentReport.Kind.APPRAISAL : AssessmentReport.Kind.SELF_ASSESSMENT;
        AssessmentExports.Format format = extension.equals("pdf") ? AssessmentExports.Format.PDF
                : AssessmentExports.Format.XLSX;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try {
            exports.write(actor.get(), round, unit, which, format,
                    (key, args) -> Messages.text(key, Arrays.asList(args), VIETNAMESE), file);
        } catch (AccessDenied refused) {
            PlainRefusals.send(response, HttpServletResponse.SC_FORBIDDEN, refused, request);
            return;
        } catch (Rejected refused) {
            boolean missing = refused.key().equals("round.notFound") || refused.key().equals("assessment.notOpened");
            PlainRefusals.send(response, missing ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST,
                    refused, request);
            return;
        }
        response.setContentType(format.mediaType());
        response.setContentLength(file.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(which.slug() + "-" + unit + "." + format.extension(), StandardCharsets.UTF_8).build()
                .toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        file.writeTo(response.getOutputStream());
    }
}
