package vn.thuocdo.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.directory.keycloak.KeycloakDirectory;

/** Keycloak's admin API as the directory in keycloak mode (the built-in one serves otherwise). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thuocdo.identity.mode", havingValue = "keycloak")
class DirectoryConfiguration {

    @Bean
    UnitDirectory keycloakDirectory(
            @Value("${thuocdo.identity.keycloak.issuer-uri}") String issuer,
            @Value("${thuocdo.identity.keycloak.provisioning-client-id:thuocdo-provisioning}") String clientId,
            @Value("${thuocdo.identity.keycloak.provisioning-client-secret:}") String secret) {
        return new KeycloakDirectory(issuer, clientId, secret);
    }
}
