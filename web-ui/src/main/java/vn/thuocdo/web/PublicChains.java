package vn.thuocdo.web;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security chain of a public part (the online survey, the public results site): open to anyone and stateless
 * all the way (no session, no saved request, no security context stored), so no cookie is ever set; without a cookie
 * or a session there is nothing a forged cross-site post could ride on, so no CSRF token either. Pages set their own
 * Cache-Control; the part says its referrer policy and its Content-Security-Policy.
 */
public final class PublicChains {

    private PublicChains() {
    }

    public static HttpSecurity openAndStateless(HttpSecurity http, RequestMatcher paths, ReferrerPolicy referrer,
                                                String contentSecurityPolicy) throws Exception {
        return http.securityMatcher(paths)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                .anonymous(a -> a.disable())
                .csrf(c -> c.disable())
                .headers(h -> h
                        .cacheControl(c -> c.disable())
                        .referrerPolicy(r -> r.policy(referrer))
                        .addHeaderWriter(new StaticHeadersWriter("Content-Security-Policy", contentSecurityPolicy)));
    }
}
