package vn.thuocdo.web;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

import java.io.IOException;

/**
 * The one place a URL refused to a signed-in person is answered and audited, in both filter chains: the API gets
 * the shared JSON error, the engine's REST API and metrics a bare 403, the browser what it got before.
 */
@Component
class RefusedRequests implements AccessDeniedHandler {

    private final ApplicationEventPublisher events;
    private final AccessDeniedHandler answer;
    private final ApiRefusals api;
    private final RequestUtil vaadin;

    /** The machines chain's: JSON for {@code /api/**}; status only elsewhere (set directly, see the chain). */
    @Autowired
    RefusedRequests(ApplicationEventPublisher events, ApiRefusals api, RequestUtil vaadin) {
        this(events, null, api, vaadin);
    }

    private RefusedRequests(ApplicationEventPublisher events, AccessDeniedHandler answer, ApiRefusals api,
                            RequestUtil vaadin) {
        this.events = events;
        this.answer = answer;
        this.api = api;
        this.vaadin = vaadin;
    }

    /**
     * The browser chain. Vaadin's configurer sets its own handler when the chain is built, after our settings, so
     * ours is put on the finished filter, wrapping the same answer Vaadin gives: 401 for an expired Vaadin request
     * (CSRF), Spring's 403 error page otherwise.
     */
    ObjectPostProcessor<ExceptionTranslationFilter> forBrowsers() {
        AccessDeniedHandlerImpl page = new AccessDeniedHandlerImpl();
        AccessDeniedHandler answer = (request, response, e) -> {
            if (e instanceof CsrfException && vaadin.isFrameworkInternalRequest(request)) {
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                page.handle(request, response, e);
            }
        };
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends ExceptionTranslationFilter> O postProcess(O filter) {
                filter.setAccessDeniedHandler(new RefusedRequests(events, answer, api, vaadin));
                return filter;
            }
        };
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refused)
            throws IOException, ServletException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // A missing or stale CSRF token is an expired page or a forged request, not a question of rights.
        if (!(refused instanceof CsrfException) && auth != null && auth.isAuthenticated()
                && !(auth instanceof AnonymousAuthenticationToken)) {
            events.publishEvent(new AccessRefused(CurrentActor.of(auth), "request",
                    request.getMethod() + " " + request.getRequestURI(), null));
        }
        if (answer != null) {
            answer.handle(request, response, refused);
        } else if (ApiRefusals.isApi(request.getRequestURI().substring(request.getContextPath().length()))) {
            api.write(request, response, HttpStatus.FORBIDDEN);
        } else {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
