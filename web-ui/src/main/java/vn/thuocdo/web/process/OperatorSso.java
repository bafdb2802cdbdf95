package vn.thuocdo.web.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Operators reach Cockpit with the session they signed in with: Spring Security has already required the operator
 * role for {@code /camunda/**}; this hands that identity to the Camunda webapps instead of a second login.
 */
@Configuration(proxyBeanMethods = false)
class OperatorSso {

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappSso() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> filter =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        filter.setInitParameters(Map.of("authentication-provider", SignedInOperator.class.getName()));
        filter.addUrlPatterns("/camunda/*");
        filter.setName("camunda-operator-sso");
        filter.setOrder(101);
        return filter;
    }

    /** The signed-in person, as a Camunda administrator (the filter chain admitted operators only). */
    public static class SignedInOperator implements AuthenticationProvider {

        private static final String ADMINS = Groups.CAMUNDA_ADMIN;

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            mirror(engine.getIdentityService(), auth.getName());
            AuthenticationResult result = AuthenticationResult.successful(auth.getName());
            result.setGroups(List.of(ADMINS));
            return result;
        }

        /**
         * The webapps only accept users their identity service knows. Operators sign in through our identity, so
         * they are mirrored there on first visit, with an unusable random password.
         */
        private static void mirror(IdentityService identity, String username) {
            if (identity.createUserQuery().userId(username).count() == 0) {
                User user = identity.newUser(username);
                user.setFirstName(username);
                user.setPassword(UUID.randomUUID() + "!" + UUID.randomUUID());
                identity.saveUser(user);
            }
            // Without an administrator in the store, the webapps send everyone to their first-run setup page.
            if (identity.createGroupQuery().groupId(ADMINS).count() == 0) {
                Group admins = identity.newGroup(ADMINS);
                admins.setName("Camunda administrators (Thước Đo operators)");
                admins.setType(Groups.GROUP_TYPE_SYSTEM);
                identity.saveGroup(admins);
            }
            if (identity.createUserQuery().userId(username).memberOfGroup(ADMINS).count() == 0) {
                identity.createMembership(username, ADMINS);
            }
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security already challenged: nothing to add.
        }
    }
}
