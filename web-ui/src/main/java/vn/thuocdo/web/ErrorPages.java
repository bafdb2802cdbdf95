package vn.thuocdo.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Error pages outside the Vaadin views (the Cockpit refused to a non-operator, a failure before any view): a short
 * page in the person's language instead of Spring's English "Whitelabel Error Page", with the same status.
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Locale locale = Languages.of(request);
        String key = switch (status) {
            case FORBIDDEN -> "error.forbidden";
            case NOT_FOUND -> "error.notFound";
            case SERVICE_UNAVAILABLE -> DatabaseOutage.KEY;
            default -> status.is4xxClientError() ? "error.badRequest" : "error.unexpected";
        };
        View page = (ignored, req, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(html(locale, status, key).getBytes(StandardCharsets.UTF_8));
        };
        ModelAndView answer = new ModelAndView(page);
        answer.setStatus(status);
        return answer;
    }

    private static String html(Locale locale, HttpStatus status, String key) {
        String name = text("app.name", locale);
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%d · %s</title>
                <style>body{font-family:system-ui,sans-serif;max-width:40em;margin:3em auto;padding:0 1em;line-height:1.5}</style>
                </head><body><h1>%s</h1><p id="error-message">%s</p><p><a href="/">%s</a></p></body></html>
                """.formatted(locale.getLanguage(), status.value(), escape(name), escape(name),
                escape(text(key, locale)), escape(text("error.home", locale)));
    }

    private static String text(String key, Locale locale) {
        return Messages.text(key, List.of(), locale);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }
}
