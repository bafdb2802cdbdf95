package vn.thuocdo.web.process;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
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

        @Override
        public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (auth == null || !auth.isAuthenticated()) {
                return AuthenticationResult.unsuccessful();
            }
            AuthenticationResult result = AuthenticationResult.successful(auth.getName());
            result.setGroups(List.of("camunda-admin"));
            return result;
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            // Spring Security already challenged: nothing to add.
        }
    }
}
