package vn.thuocdo.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

import java.util.Map;

/**
 * The servlet container's error page ({@code /error}) for a request to {@code /api/**}: what Spring MVC or a filter
 * answered with a bare status (an unknown path, a method the path does not take, an exception nobody handled)
 * gets the API's body, worded by status; other paths keep Spring Boot's page. As error attributes, so Spring
 * Boot's error controller stays the only handler of {@code /error}; as an error view too, for callers that accept
 * HTML first.
 */
class ApiErrorPage extends DefaultErrorAttributes implements ErrorViewResolver {

    private final ApiRefusals refusals;

    ApiErrorPage(ApiRefusals refusals) {
        this.refusals = refusals;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        if (!(path instanceof String uri && ApiRefusals.isApi(uri))) {
            return super.getErrorAttributes(request, options);
        }
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        int code = status instanceof Integer value ? value : 500;
        HttpServletRequest http = ((ServletWebRequest) request).getRequest();
        return ApiRefusals.asMap(refusals.forStatus(code, Messages.asked(http)));
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return path instanceof String uri && ApiRefusals.isApi(uri) ? new ModelAndView(json, model) : null;
    }

    /** Written as every other refusal; the model is only Spring Boot's carrier. */
    private final View json = new View() {
        @Override
        public String getContentType() {
            return MediaType.APPLICATION_JSON_VALUE;
        }

        @Override
        public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                throws Exception {
            int code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer value ? value : 500;
            refusals.write(response, code, refusals.forStatus(code, Messages.asked(request)));
        }
    };
}
