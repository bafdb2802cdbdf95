package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.io.IOException;
import java.util.Map;

/**
 * The site's refusals as its own pages, in the reader's language and with the status they are: 404 for what was
 * never published, 400 for a bad parameter, 413 for a file over the limit. Nothing here is cached.
 */
@ControllerAdvice(basePackageClasses = SiteErrors.class)
class SiteErrors {

    private final SitePages pages;

    SiteErrors(SitePages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(SiteRefusal.class)
    void refused(SiteRefusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(refusal.status(), refusal.key, refusal.args.toArray(), request, response);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    void badParameter(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(400, "site.error.badRequest", new Object[0], request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void badMethod(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(405, "site.error.badRequest", new Object[0], request, response);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(413, "site.verify.tooLarge", new Object[0], request, response);
    }

    @ExceptionHandler(MultipartException.class)
    void badUpload(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        page(400, "site.verify.badUpload", new Object[0], request, response);
    }

    private void page(int status, String key, Object[] args, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SiteLanguage language;
        try {
            language = SiteLanguage.of(request.getParameter("lang"));
        } catch (SiteRefusal.BadRequest | IllegalStateException e) {
            language = SiteLanguage.VI;
        }
        String html = pages.render("cong-khai/loi", request.getRequestURI(), language,
                Map.of("status", status, "messageKey", key, "args", args), request, response);
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language.code());
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
