package vn.thuocdo.publication.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.thuocdo.web.PublicChains;

/**
 * The public results site's own chain (#14), ahead of the application's: open to anyone, stateless (no session, no
 * cookie), our own style sheet only. It reads published data alone, so nothing behind a login is reachable here.
 */
@Configuration
class PublicSiteSecurity {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    @Bean
    @Order(0)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // A citizen's question is guarded by its size limit, the rate limit and the honeypot, not a token; published
        // data is cacheable and forms are not, so each page says its own Cache-Control.
        PublicChains.openAndStateless(http, paths.matcher("/cong-khai/**"), ReferrerPolicy.SAME_ORIGIN,
                CONTENT_SECURITY_POLICY);
        return http.build();
    }
}
