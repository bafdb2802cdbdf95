package vn.thuocdo.questions.site;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ahead of everything else on the questions and feedback pages: a posted body is read by us, at most
 * {@link #MAX_BODY} bytes (announced larger, or streaming past it, the post is marked too large and none of it is
 * parsed), and the form's fields come from those bytes only, never from the container's own parser (2 MB). The page's
 * language follows {@code ?lang} (Vietnamese unless {@code en}), whatever the browser's Accept-Language says, so the
 * message bundles speak the language the page's switch chose.
 */
class PostedForm extends OncePerRequestFilter {

    /** Room for a 2.000-character question in Vietnamese percent-encoded (up to 9 bytes a character) and the rest. */
    static final int MAX_BODY = 32 * 1024;
    static final String TOO_LARGE = PostedForm.class.getName() + ".tooLarge";
    static final String MALFORMED = PostedForm.class.getName() + ".malformed";
    private static final int MAX_FIELDS = 20;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !QuestionsSite.ours(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> fields = new LinkedHashMap<>();
        try {
            parse(request.getQueryString(), fields);
            if ("POST".equals(request.getMethod())) {
                byte[] body = bounded(request);
                if (body == null) {
                    request.setAttribute(TOO_LARGE, Boolean.TRUE);
                } else {
                    parse(new String(body, StandardCharsets.UTF_8), fields);
                }
            }
        } catch (IllegalArgumentException malformed) {
            request.setAttribute(MALFORMED, Boolean.TRUE);
            fields.clear();
        }
        chain.doFilter(new Read(request, fields), response);
    }

    /** The body, or null when it is larger than allowed; the rest of a larger body is left unread. */
    private static byte[] bounded(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > MAX_BODY) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BODY) {
                    return null;
                }
            }
        }
        return out.toByteArray();
    }

    private static void parse(String encoded, Map<String, String[]> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (into.size() >= MAX_FIELDS) {
                throw new IllegalArgumentException("too many fields");
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            String[] before = into.get(name);
            if (before == null) {
                into.put(name, new String[] {value});
            } else {
                String[] more = java.util.Arrays.copyOf(before, before.length + 1);
                more[before.length] = value;
                into.put(name, more);
            }
        }
    }

    /** The request as the pages read it: our fields, and the language of {@code ?lang}. */
    private static final class Read extends HttpServletRequestWrapper {

        private final Map<String, String[]> fields;
        private final Locale locale;

        Read(HttpServletRequest request, Map<String, String[]> fields) {
            super(request);
            this.fields = Collections.unmodifiableMap(fields);
            String[] lang = fields.get("lang");
            this.locale = lang != null && lang.length > 0 && "en".equals(lang[0]) ? Locale.ENGLISH
                    : Locale.forLanguageTag("vi-VN");
        }

        @Override
        public String getParameter(String name) {
            String[] values = fields.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return fields;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(fields.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return fields.get(name);
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? locale.toLanguageTag() : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? Collections.enumeration(List.of(locale.toLanguageTag()))
                    : super.getHeaders(name);
        }

        @Override
        public Locale getLocale() {
            return locale;
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(List.of(locale));
        }
    }
}
