package vn.thuocdo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Guards what {@code /api/**} reads before Spring MVC does: a body over {@code thuocdo.api.max-body-bytes} is
 * refused with 413 as soon as it is announced (Content-Length) or, when it streams, as soon as the limit is
 * crossed, never buffered whole; a Content-Type that is no media type, or a wildcard (any type, or
 * {@code application/*}), is refused with 415 here because Spring MVC would throw on it from deep inside (a 500).
 */
class ApiBodyLimit extends OncePerRequestFilter {

    /** Thrown from the body stream when the limit is crossed; Spring MVC wraps it, {@link UnreadableBodies} finds it. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("Request body larger than " + limit + " bytes");
        }
    }

    /** Where partners send many survey responses at once: a batch of 500 needs more room than a form. */
    private static final java.util.regex.Pattern BATCHES =
            java.util.regex.Pattern.compile("/api/v1/rounds/[^/]+/survey/responses");

    /**
     * Where statisticians upload a responses file (multipart): its own limit plus room for the other parts. The
     * servlet container's multipart parser reads that body itself, stopping at its ceiling while it streams
     * (vn.thuocdo.web.Uploads); this check refuses an announced larger body before any of it is read.
     */
    private static final String UPLOADS = "/api/v1/indices/estimate";
    private static final long UPLOAD_PARTS_ROOM = 64 * 1024;

    private final long limit;
    private final long batchLimit;
    private final long uploadLimit;
    private final ApiRefusals refusals;

    ApiBodyLimit(long limit, long batchLimit, ApiRefusals refusals) {
        this(limit, batchLimit, limit, refusals);
    }

    ApiBodyLimit(long limit, long batchLimit, long uploadLimit, ApiRefusals refusals) {
        this.limit = limit;
        this.batchLimit = batchLimit;
        this.uploadLimit = uploadLimit + UPLOAD_PARTS_ROOM;
        this.refusals = refusals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !ApiRefusals.isApi(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && !concrete(type)) {
            refusals.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        long max = BATCHES.matcher(path).matches() ? batchLimit : path.equals(UPLOADS) ? uploadLimit : limit;
        if (request.getContentLengthLong() > max) {
            refusals.write(response, HttpStatus.PAYLOAD_TOO_LARGE.value(),
                    ApiError.of("api.bodyTooLarge", java.util.List.of(max), Messages.asked(request)));
            return;
        }
        chain.doFilter(new Bounded(request, max), response);
    }

    private static boolean concrete(String type) {
        try {
            MediaType media = MediaType.parseMediaType(type);
            return !media.isWildcardType() && !media.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request with a body that stops at the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Counting(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counting(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                throw new BodyTooLarge(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
