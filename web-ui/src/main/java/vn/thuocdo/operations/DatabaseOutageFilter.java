package vn.thuocdo.operations;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thuocdo.web.DatabaseOutage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The same 503 for outages outside any controller. Signing in with HTTP Basic writes the sign-in to the audit trail,
 * inside the security filters: with the database gone that failure escaped to the error page, whose dispatch went
 * through the people-facing chain and came back as a redirect to the login page. Placed before the security
 * filters, for the API only (people get the error page and the notices of their views).
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ObjectMapper json = new ObjectMapper();

    /** Registered for the API alone (a filter bean of its own would apply to every path). */
    @Configuration(proxyBeanMethods = false)
    static class Registration {
        @Bean
        FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter() {
            FilterRegistrationBean<DatabaseOutageFilter> registration =
                    new FilterRegistrationBean<>(new DatabaseOutageFilter());
            registration.addUrlPatterns("/api/*");
            registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException failure) {
            if (!DatabaseOutage.causes(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
                    DatabaseOutage.describe(failure));
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", DatabaseOutageAnswers.RETRY_AFTER_SECONDS);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), DatabaseOutageAnswers.body(request));
        }
    }
}
