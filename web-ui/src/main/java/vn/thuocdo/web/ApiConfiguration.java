package vn.thuocdo.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * How the API answers bad requests: the firewall first of all filters, the body guard right after security (an
 * anonymous caller still learns first that it must sign in), and {@code /error} in the API's shape for its paths.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
class ApiConfiguration {

    /** Spring Security's own firewall when one is configured, its default otherwise: one rule set, checked early. */
    @Bean
    RejectedRequests rejectedRequests(ObjectProvider<HttpFirewall> firewall, ApiRefusals refusals) {
        return new RejectedRequests(firewall.getIfAvailable(StrictHttpFirewall::new), refusals);
    }

    @Bean
    FilterRegistrationBean<RejectedRequests> firewallFirst(RejectedRequests rejected) {
        FilterRegistrationBean<RejectedRequests> registration = new FilterRegistrationBean<>(rejected);
        // After the character encoding and the HTTP metrics (HIGHEST_PRECEDENCE, +1), before everything else.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(ApiProperties limits, ApiRefusals refusals,
                                                      // The property, not the indices' settings: web stays below
                                                      // the capabilities; the default is the same 20 MB.
                                                      @Value("${thuocdo.indices.upload.max-bytes:20971520}")
                                                      long uploadLimit) {
        FilterRegistrationBean<ApiBodyLimit> registration = new FilterRegistrationBean<>(
                new ApiBodyLimit(limits.maxBodyBytes(), limits.maxBatchBytes(), uploadLimit, refusals));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    ApiErrorPage apiErrorPage(ApiRefusals refusals) {
        return new ApiErrorPage(refusals);
    }
}
