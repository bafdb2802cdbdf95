package vn.thuocdo.survey.page;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import vn.thuocdo.web.PublicChains;

/**
 * The public survey's own chain, ahead of the application's: open to anyone, and stateless all the way (no
 * session, no saved request, no security context stored), so no cookie is ever set on a respondent's phone.
 */
@Configuration
class PublicSurveySecurity {

    /** Our own script and style sheet only; nothing inline, nothing from elsewhere; forms post back to us. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'none'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self'",
            "connect-src 'self'",
            "form-action 'self'",
            "base-uri 'none'",
            "frame-ancestors 'none'");

    @Bean
    @Order(0)
    SecurityFilterChain publicSurvey(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        // No CSRF token: the invitation code in the form body is the credential, and there is no cookie or session
        // a forged cross-site post could ride on; a forger would need the code itself. /s/<code> holds the code: no
        // Referer may carry it to another site. Pages say no-store themselves; script and style sheet may be cached.
        OrRequestMatcher survey = new OrRequestMatcher(paths.matcher("/khao-sat"), paths.matcher("/khao-sat/**"),
                paths.matcher("/s/**"));
        PublicChains.openAndStateless(http, survey, ReferrerPolicy.NO_REFERRER, CONTENT_SECURITY_POLICY);
        return http.build();
    }
}
