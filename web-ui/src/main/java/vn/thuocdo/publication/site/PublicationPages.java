package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thuocdo.publication.PublicRecord;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code /cong-khai/cong-bo}: every publication, current or superseded; {@code /cong-khai/cong-bo/<code>}: one with
 * its files, sizes and SHA-256; {@code /cong-khai/cong-bo/<code>/<path>}: a file's bytes from the publication store.
 * A publication's file never changes (a correction is a new publication), so a download is cached for a year.
 */
@Controller
class PublicationPages {

    static final String LIST = "/cong-khai/cong-bo";
    static final String FILE_CACHE = "public, max-age=31536000, immutable";

    private final PublicRecord record;
    private final SitePages pages;

    PublicationPages(PublicRecord record, SitePages pages) {
        this.record = record;
        this.pages = pages;
    }

    @GetMapping(LIST)
    void list(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        pages.answer(LIST, "cong-khai/cong-bo", LIST, language,
                () -> Map.of("publications", record.publications()), request, response);
    }

    @GetMapping(LIST + "/{code}")
    void one(@PathVariable String code, @RequestParam(required = false) String lang, HttpServletRequest request,
             HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        PublicRecord.Publication publication = find(code);
        pages.answer(LIST + "/" + publication.code(), "cong-khai/mot-cong-bo", LIST + "/" + publication.code(),
                language, () -> Map.of("publication", publication, "files", record.files(publication.id())),
                request, response);
    }

    @GetMapping(LIST + "/{code}/{*path}")
    void download(@PathVariable String code, @PathVariable String path, HttpServletRequest request,
                  HttpServletResponse response) throws IOException {
        PublicRecord.Publication publication = find(code);
        String p = SiteParams.path(path.startsWith("/") ? path.substring(1) : path);
        PublicRecord.File file = record.file(publication.id(), p)
                .orElseThrow(() -> new SiteRefusal.NotFound("site.error.noFile", p));
        send(file, FILE_CACHE, record, request, response);
    }

    private PublicRecord.Publication find(String code) {
        String c = SiteParams.code(code);
        return record.publication(c).orElseThrow(() -> new SiteRefusal.NotFound("site.error.noPublication", c));
    }

    /**
     * A published file's bytes, streamed from the store, with its SHA-256 as the ETag. A file the store lacks is a
     * 404 page (the manifest check at start-up is the publication service's), never half a file.
     */
    static void send(PublicRecord.File file, String cacheControl, PublicRecord record, HttpServletRequest request,
                     HttpServletResponse response) throws IOException {
        Path bytes = record.content(file).orElseThrow(() -> new SiteRefusal.NotFound("site.error.noFile", file.path()));
        String etag = "\"" + file.sha256() + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (SitePages.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        boolean inline = file.contentType().startsWith("text/") || file.contentType().startsWith("application/json");
        response.setContentType(file.contentType()
                + (inline && !file.contentType().contains("charset") ? ";charset=UTF-8" : ""));
        response.setContentLengthLong(Files.size(bytes));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline()
                : ContentDisposition.attachment()).filename(file.name(), StandardCharsets.UTF_8).build().toString());
        if (!"HEAD".equals(request.getMethod())) {
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(bytes, out);
            }
        }
    }
}
