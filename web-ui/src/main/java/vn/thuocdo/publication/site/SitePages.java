package vn.thuocdo.publication.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.thuocdo.web.PublicLinks;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders the site's Thymeleaf pages and answers them: from {@link SiteCache} when already rendered, a 304 when the
 * browser's copy is the same ({@code If-None-Match}), with {@code Cache-Control}, {@code Content-Language} and
 * {@code Vary} set here since no global resolver does it for the site.
 */
@Component
class SitePages {

    /** Pages: shared caches may keep them a minute, then ask again with the ETag. */
    static final String PAGE_CACHE = "public, max-age=60";

    private final SpringTemplateEngine templates;
    private final SiteCache cache;

    SitePages(SpringTemplateEngine templates, SiteCache cache) {
        this.templates = templates;
        this.cache = cache;
    }

    /**
     * The page {@code template} under {@code key} (the address and its parameters, already validated), its model made
     * only when not cached. {@code path} is the page's address without {@code lang}, for the language switch.
     */
    void answer(String key, String template, String path, SiteLanguage language, Supplier<Map<String, Object>> model,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        Rendered page = cache.get(language.code() + " " + key,
                () -> Rendered.html(render(template, path, language, model.get(), request, response)));
        send(page, PAGE_CACHE, language, request, response);
    }

    /** A page not kept (an error, a check's answer): rendered now, not cacheable. */
    String render(String template, String path, SiteLanguage language, Map<String, Object> model,
                  HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("lang", language.code());
        variables.put("langParam", language.param());
        variables.put("path", path);
        variables.put("fmt", new SiteFormat(language));
        variables.put("u", new PublicLinks(language == SiteLanguage.EN));
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), language.locale, variables);
        return templates.process(template, context);
    }

    static void send(Rendered answer, String cacheControl, SiteLanguage language, HttpServletRequest request,
                     HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.setHeader(HttpHeaders.ETAG, answer.etag());
        response.setHeader(HttpHeaders.VARY, "Accept-Encoding");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (language != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.code());
        }
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.etag())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(answer.body());
        }
    }

    /** {@code If-None-Match} naming the ETag, among others or as {@code *}; weak forms (W/) compare equal too. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2_000) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
