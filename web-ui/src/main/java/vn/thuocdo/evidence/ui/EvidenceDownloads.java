package vn.thuocdo.evidence.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.thuocdo.evidence.EvidenceContent;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.PlainRefusals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code /tai-lieu/<id>}: an evidence file for a person signed in to the application (the browser session), checked
 * by the capability like any other read (their unit's file, or a reader the ports allow) and audited as opened.
 * Always an attachment of the type detected from its content, never sniffed or shown inline: an uploaded HTML or
 * SVG could otherwise run script in the application's origin.
 */
@Controller
class EvidenceDownloads {

    static final String PATH = "/tai-lieu/";

    private final EvidenceFiles evidence;
    private final CurrentActor actor;

    EvidenceDownloads(EvidenceFiles evidence, CurrentActor actor) {
        this.evidence = evidence;
        this.actor = actor;
    }

    static String address(String id) {
        return PATH + id;
    }

    @GetMapping(PATH + "{id}")
    void download(@PathVariable String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        EvidenceContent content;
        try {
            content = evidence.open(actor.get(), id);
        } catch (AccessDenied refused) {
            PlainRefusals.send(response, HttpServletResponse.SC_FORBIDDEN, refused, request);
            return;
        } catch (Rejected refused) {
            PlainRefusals.send(response, refused.key().equals("evidence.notFound") ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_BAD_REQUEST, refused, request);
            return;
        }
        try (content) {
            response.setContentType(content.file().type().mediaType());
            response.setContentLengthLong(content.file().size());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(content.file().fileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            OutputStream out = response.getOutputStream();
            content.stream().transferTo(out);
        }
    }
}
