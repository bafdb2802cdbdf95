package vn.thuocdo.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.thuocdo.identity.Role;

/**
 * The enumerator's offline kit ({@code /thuc-dia/ngoai-tuyen}): a plain page in the people's session, not a Vaadin
 * view, so it gets its own chain with the same rules. Its JSON needs the signed-in session and, on a POST, the
 * session's CSRF token in a header (the kit asks for it at {@code /api/phien}); an expired session gets a JSON 401
 * there, never the login page, so the kit can say so and keep its data. The page itself sends a stranger to the
 * login form and back. The shell's script, style and service worker hold no one's data and are open.
 */
@Configuration
class OfflineKitSecurity {

    private static final String KIT = "/thuc-dia/ngoai-tuyen";

    /** Our own script, style sheet and worker only; the JSON from here. */
    private static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'none'", "script-src 'self'",
            "style-src 'self'", "img-src 'self'", "connect-src 'self'", "worker-src 'self'", "manifest-src 'self'",
            "form-action 'self'", "base-uri 'none'", "frame-ancestors 'none'");

    @Bean
    @Order(1)
    SecurityFilterChain offlineKit(HttpSecurity http, RefusedRequests refusals, ApiRefusals api) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher json = paths.matcher(KIT + "/api/**");
        HttpSessionRequestCache asked = new HttpSessionRequestCache();
        asked.setMatchingRequestParameterName(null);
        asked.setRequestMatcher(paths.matcher(KIT));
        http.securityMatcher(new OrRequestMatcher(paths.matcher(KIT), paths.matcher(KIT + "/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths.matcher(KIT + "/tep/**"), paths.matcher(KIT + "/sw.js")).permitAll()
                        .anyRequest().hasAnyRole(Role.ENUMERATOR.key(), Role.FIELDWORK_SUPERVISOR.key()))
                .requestCache(cache -> cache.requestCache(asked))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor((request, response, e) -> {
                            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                            api.write(request, response, HttpStatus.UNAUTHORIZED);
                        }, json)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                paths.matcher(KIT))
                        .accessDeniedHandler(refusals))
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)));
        return http.build();
    }
}
