package vn.thuocdo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A login POST without a valid CSRF token: 403 with a short page leading back to the form. Usually an honest one
 * (the form was left open past the session's end), sometimes a forged form from another site; neither signs in.
 * Written directly: an error dispatch would take an anonymous visitor to the login page as a bare redirect.
 */
final class LoginCsrfRefusal implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException {
        var locale = Messages.asked(request);
        String text = HtmlUtils.htmlEscape(Messages.text("login.csrf.message", List.of(), locale), "UTF-8");
        String again = HtmlUtils.htmlEscape(Messages.text("login.csrf.again", List.of(), locale), "UTF-8");
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(("<!DOCTYPE html><html lang=\"vi\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>403</title>"
                + "<p>" + text + "</p><p><a href=\"" + request.getContextPath() + "/login\">" + again + "</a></p></html>")
                .getBytes(StandardCharsets.UTF_8));
    }
}
