package vn.thuocdo.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;

/**
 * Requests the firewall refuses (a {@code ;}, an encoded slash or {@code ..} in the path, ...) answer 400 with one
 * line in the log instead of a stack trace and a 500. The check runs first of all filters: Spring Security's own
 * runs only after its path parsing, which already throws on {@code /engine-rest;x=1/engine}; the handler is also
 * Spring Security's, for anything its own firewall catches later.
 */
class RejectedRequests extends OncePerRequestFilter implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final HttpFirewall firewall;
    private final ApiRefusals refusals;

    RejectedRequests(HttpFirewall firewall, ApiRefusals refusals) {
        this.firewall = firewall;
        this.refusals = refusals;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException rejected) {
            handle(request, response, rejected);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        // The path is the attacker's text: printable ASCII only, and short, so it cannot forge or flood log lines.
        log.info("Refused {} {}: {}", request.getMethod(), printable(request.getRequestURI()), rejected.getMessage());
        String path = request.getRequestURI();
        if (ApiRefusals.isApi(path) || path.startsWith("/engine-rest")) {
            refusals.write(response, 400, ApiError.of("api.requestRejected", List.of(), Messages.asked(request)));
        } else {
            // Status only: an error dispatch would carry the refused request into the page chain.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < 200; i++) {
            char c = text.charAt(i);
            out.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return out.toString();
    }
}
