package vn.thuocdo.web;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinDefaultRequestCache;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.thuocdo.identity.Role;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything is denied unless a rule allows it: views by their {@code @RolesAllowed}, the workflow engine's REST
 * API and Cockpit by the operator role, health probes to anyone (they say only UP or DOWN).
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(IdentityProperties.class)
class SecurityConfiguration {

    static final String OPERATOR = Role.OPERATOR.key();

    /**
     * Machine-facing endpoints: stateless, so an anonymous call gets 401 instead of a login page. Callers present
     * a Keycloak access token (keycloak mode) or the built-in account's password (HTTP Basic, built-in mode).
     */
    @Bean
    @Order(1)
    SecurityFilterChain machines(HttpSecurity http, IdentityProperties identity,
                                 ObjectProvider<JwtDecoder> tokens, ClaimsMapping claims,
                                 RefusedRequests refusals, ApiRefusals api) throws Exception {
        // Path matchers on the whole path: the engine's REST API is a servlet of its own, which servlet-relative
        // (MVC) matchers would not see.
        http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/actuator/**"), path("/api/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        // The API's description is for systems that do not have an account yet.
                        .requestMatchers(path("/api/v1/openapi.json")).permitAll()
                        // Which round or task a caller may see is the capability's decision, made with its Actor.
                        .requestMatchers(path("/api/**")).authenticated()
                        .anyRequest().hasRole(OPERATOR))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless token or Basic authentication carries no browser session a forged request could ride on.
                .csrf(csrf -> csrf.disable())
                // Status set directly, not sendError: an error dispatch would land in the application chain and
                // turn the 401 into a redirect to the login page.
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(unauthorized(identity.usesKeycloak() ? "Bearer" : BASIC, api))
                        .accessDeniedHandler(refusals));
        if (identity.usesKeycloak()) {
            JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
            converter.setJwtGrantedAuthoritiesConverter(jwt -> claims.authorities(jwt.getClaims()));
            converter.setPrincipalClaimName("preferred_username");
            http.oauth2ResourceServer(server -> server
                    .jwt(jwt -> jwt.decoder(tokens.getObject()).jwtAuthenticationConverter(converter))
                    .authenticationEntryPoint(unauthorized("Bearer error=\"invalid_token\"", api)));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized(BASIC, api)));
        }
        return http.build();
    }

    /** People-facing: the Vaadin application, and the Cockpit for operators inside their signed-in session. */
    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, IdentityProperties identity,
                                    ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> keycloakUsers,
                                    ObjectProvider<ClientRegistrationRepository> clients,
                                    RequestUtil vaadinRequests,
                                    VaadinDefaultRequestCache vaadinRequestCache,
                                    RefusedRequests refusals) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(path("/styles/**")).permitAll()
                .requestMatchers(path("/camunda/**")).hasRole(OPERATOR));
        // The Camunda webapps protect their own requests with their own CSRF token (X-XSRF-TOKEN); Vaadin's
        // internal requests carry Vaadin's own security key. Vaadin's configurer would also exempt the login POST
        // (login CSRF: a forged form signs the victim in as the attacker), so we set the exemptions ourselves;
        // the login form sends the token Vaadin writes into the page's <meta name="_csrf">.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**"), vaadinRequests::isFrameworkInternalRequest));
        // Back to the page the person asked for, as they asked for it: Spring's default cache marks the return
        // with "?continue", which then stays in the address bar (and in bookmarks).
        HttpSessionRequestCache asked = new HttpSessionRequestCache();
        asked.setMatchingRequestParameterName(null);
        vaadinRequestCache.setDelegateRequestCache(asked);
        // The CSRF filter answers a login POST without its token with the login form's own page.
        http.exceptionHandling(ex -> ex.defaultAccessDeniedHandlerFor(new LoginCsrfRefusal(),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login")));
        http.headers(headers -> PageHeaders.apply(headers, path("/camunda/**")));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            if (identity.usesKeycloak()) {
                // Given to Vaadin's configurer, not to http.logout(): the configurer replaces a handler set there
                // with its own, which only went back to /login and left the Keycloak session alive.
                vaadin.logoutSuccessHandler(keycloakSignOut(clients.getObject()));
            }
        });
        // Every other refusal is answered as Vaadin answers it, and audited: one handler, put on the finished
        // filter because Vaadin's configurer sets its own (see RefusedRequests).
        http.exceptionHandling(ex -> ex.withObjectPostProcessor(refusals.forBrowsers()));
        if (identity.usesKeycloak()) {
            // Our login page stays the entry point: it tells people when Keycloak cannot be reached.
            http.oauth2Login(login -> login.loginPage("/login")
                    .failureUrl("/login?error")
                    .userInfoEndpoint(user -> user.oidcUserService(keycloakUsers.getObject())));
        }
        return http.build();
    }

    /**
     * Signing out also ends the Keycloak session (OIDC RP-initiated logout), or the next "sign in" on a shared
     * computer would let the next person in as the last one without a password. The redirect goes through
     * Vaadin's strategy because "Đăng xuất" signs out inside a Vaadin request.
     */
    private static OidcClientInitiatedLogoutSuccessHandler keycloakSignOut(ClientRegistrationRepository clients) {
        OidcClientInitiatedLogoutSuccessHandler signOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
        signOut.setPostLogoutRedirectUri("{baseUrl}/login");
        signOut.setRedirectStrategy(new UidlRedirectStrategy());
        return signOut;
    }

    private static final String BASIC = "Basic realm=\"thuocdo\"";

    /** 401 with its challenge, set directly (see the machines chain); on the API with the shared JSON error too. */
    private static AuthenticationEntryPoint unauthorized(String challenge, ApiRefusals api) {
        return (request, response, e) -> {
            response.setHeader("WWW-Authenticate", challenge);
            if (ApiRefusals.isApi(request.getRequestURI())) {
                api.write(request, response, HttpStatus.UNAUTHORIZED);
            } else {
                response.setStatus(401);
            }
        };
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Password sign-in of the built-in accounts, behind the throttle (see {@link SignInThrottle}). */
    @Bean
    AuthenticationProvider builtInSignIn(UserDetailsService builtInAccounts, PasswordEncoder encoder,
                                         SignInThrottle throttle, IdentityProperties identity) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(builtInAccounts);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle, new CheckedPasswords(identity.passwordMemory(), Clock.systemUTC()));
    }

    /** The built-in accounts: one per role in real units, for the embedded default and the tests only. */
    @Bean
    UserDetailsService builtInAccounts(IdentityProperties identity, PasswordEncoder encoder) {
        java.util.Map<String, DemoUser> users = new java.util.HashMap<>();
        if (identity.builtIn()) {
            String password = encoder.encode(identity.demoPassword());
            for (IdentityProperties.DemoAccount account : identity.demoAccounts()) {
                List<SimpleGrantedAuthority> authorities = new ArrayList<>();
                account.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + r)));
                authorities.add(new SimpleGrantedAuthority(CurrentActor.UNIT_PREFIX + account.unit()));
                users.put(account.username(), new DemoUser(account.username(), password, authorities, account.displayName()));
            }
        }
        // Not InMemoryUserDetailsManager: it hands out plain copies, losing the display name.
        return username -> {
            DemoUser user = users.get(username);
            if (user == null) {
                throw new UsernameNotFoundException(username);
            }
            return new DemoUser(user.getUsername(), user.getPassword(), user.authorities(), user.displayName());
        };
    }

    /** A built-in account that knows its display name. */
    static final class DemoUser extends User implements CurrentActor.DisplayNamed {

        private final String displayName;
        private final List<SimpleGrantedAuthority> authorities;

        DemoUser(String username, String password, List<SimpleGrantedAuthority> authorities, String displayName) {
            super(username, password, authorities);
            this.displayName = displayName;
            this.authorities = List.copyOf(authorities);
        }

        List<SimpleGrantedAuthority> authorities() {
            return authorities;
        }

        @Override
        public String displayName() {
            return displayName;
        }

        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
