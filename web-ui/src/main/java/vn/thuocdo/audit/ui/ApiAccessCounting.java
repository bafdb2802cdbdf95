package vn.thuocdo.audit.ui;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerMapping;
import vn.thuocdo.audit.ApiAccessLog;
import vn.thuocdo.web.CurrentActor;

/**
 * Every authenticated call to the machine endpoints (the API, the engine's REST API, metrics) is counted per day,
 * person and endpoint pattern, instead of one "sign-in" row per call: HTTP Basic and bearer tokens authenticate
 * every request anew.
 */
@Configuration(proxyBeanMethods = false)
class ApiAccessCounting {

    @Bean
    FilterRegistrationBean<Filter> apiAccessCounter(ObjectProvider<ApiAccessLog> log) {
        // Looked up on the first call: filters are made before the rest of the application.
        Filter counter = (request, response, chain) -> {
            try {
                chain.doFilter(request, response);
            } finally {
                // Inside Spring Security's filter: the caller is known, and the API's route is matched by now.
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
                    log.getObject().called(CurrentActor.of(auth), endpoint((HttpServletRequest) request));
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(counter);
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /** {@code GET /api/v1/rounds/{id}} from the matched route; else the first segment below the root, ids dropped. */
    static String endpoint(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern != null) {
            return request.getMethod() + " " + pattern;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String[] parts = path.split("/");
        // "", root ("api", "engine-rest", "actuator"), first segment, more...
        String head = parts.length > 2 ? "/" + parts[1] + "/" + parts[2] : path;
        return request.getMethod() + " " + head + (parts.length > 3 ? "/**" : "");
    }
}
