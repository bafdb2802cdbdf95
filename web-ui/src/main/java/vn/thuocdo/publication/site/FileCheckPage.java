package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thuocdo.publication.PublicRecord;
import vn.thuocdo.shared.UploadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * {@code /cong-khai/kiem-tra}: "verify a file". A file uploaded (hashed while it streams, refused past the project's
 * upload limit) or a SHA-256 pasted is looked up among every published file: which publication and file it is and
 * whether that publication is current, or that it matches nothing published. Never cached: the answer is the
 * reader's own.
 */
@Controller
class FileCheckPage {

    static final String PAGE = "/cong-khai/kiem-tra";

    private final PublicRecord record;
    private final SitePages pages;
    private final UploadLimits limits;

    FileCheckPage(PublicRecord record, SitePages pages, UploadLimits limits) {
        this.record = record;
        this.pages = pages;
        this.limits = limits;
    }

    @GetMapping(PAGE)
    void form(@RequestParam(required = false) String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        pages.answer(PAGE, "cong-khai/kiem-tra", PAGE, language, () -> Map.of("maxMegabytes", limits.maxMegabytes()),
                request, response);
    }

    @PostMapping(PAGE)
    void check(@RequestParam(required = false) String lang,
               @RequestParam(name = "tep", required = false) MultipartFile upload,
               @RequestParam(name = "sha256", required = false) String pasted,
               HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLanguage language = SiteLanguage.of(lang);
        String sha256;
        String checked;
        if (upload != null && !upload.isEmpty()) {
            sha256 = digest(upload);
            checked = upload.getOriginalFilename();
        } else {
            sha256 = SiteParams.sha256(pasted);
            checked = null;
        }
        List<PublicRecord.Match> matches = record.withSha256(sha256);
        Map<String, Object> model = new HashMap<>();
        model.put("maxMegabytes", limits.maxMegabytes());
        model.put("sha256", sha256);
        model.put("checked", checked == null ? null : checked.length() > 200 ? checked.substring(0, 200) : checked);
        model.put("matches", matches);
        String html = pages.render("cong-khai/kiem-tra", PAGE, language, model, request, response);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language.code());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The upload's SHA-256, read once; past the limit it stops reading and refuses (413), whatever it declared. */
    private String digest(MultipartFile upload) throws IOException {
        if (upload.getSize() > limits.maxBytes()) {
            throw new SiteRefusal.TooLarge("site.verify.tooLarge", limits.maxMegabytes());
        }
        try (InputStream in = new DigestInputStream(upload.getInputStream(), MessageDigest.getInstance("SHA-256"))) {
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                read += n;
                if (read > limits.maxBytes()) {
                    throw new SiteRefusal.TooLarge("site.verify.tooLarge", limits.maxMegabytes());
                }
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
