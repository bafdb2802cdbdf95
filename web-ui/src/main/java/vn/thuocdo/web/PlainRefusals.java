package vn.thuocdo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thuocdo.shared.Rejected;

import java.io.IOException;

/**
 * A refusal answered to a link the browser followed (a file download), not to a program: the status and a short
 * plain-text reason in the person's language. The refusal itself is audited where the capability raised it.
 */
public final class PlainRefusals {

    private PlainRefusals() {
    }

    public static void send(HttpServletResponse response, int status, Rejected refused, HttpServletRequest request)
            throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(Messages.text(refused.key(), refused.args(), Messages.asked(request)));
    }
}
