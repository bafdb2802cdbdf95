package vn.thuocdo.web;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.thuocdo.identity.Role;

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

    /** Machine-facing endpoints: HTTP Basic, no session, so an anonymous call gets 401 instead of a login page. */
    @Bean
    @Order(1)
    SecurityFilterChain operatorApi(HttpSecurity http) throws Exception {
        // Path matchers on the whole path: the engine's REST API is a servlet of its own, which servlet-relative
        // (MVC) matchers would not see.
        http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/actuator/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .anyRequest().hasRole(OPERATOR))
                // Status set directly, not sendError: an error dispatch would land in the application chain and
                // turn the 401 into a redirect to the login page.
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"thuocdo\"");
                    response.setStatus(401);
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> response.setStatus(403)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless Basic authentication carries no browser session a forged request could ride on.
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** People-facing: the Vaadin application, and the Cockpit for operators inside their signed-in session. */
    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(path("/styles/**")).permitAll()
                .requestMatchers(path("/camunda/**")).hasRole(OPERATOR));
        // The Camunda webapps protect their own requests with their own CSRF token (X-XSRF-TOKEN).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
