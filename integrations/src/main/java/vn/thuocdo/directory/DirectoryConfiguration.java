package vn.thuocdo.directory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thuocdo.directory.keycloak.KeycloakDirectory;
import vn.thuocdo.units.Unit;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Keycloak's directory in keycloak mode; in built-in mode the demo accounts are configuration, not managed. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean
    UnitDirectory unitDirectory(@Value("${thuocdo.identity.mode:built-in}") String mode,
                                @Value("${thuocdo.identity.keycloak.issuer-uri:}") String issuer,
                                @Value("${thuocdo.identity.keycloak.provisioning-client-id:thuocdo-provisioning}") String clientId,
                                @Value("${thuocdo.identity.keycloak.provisioning-client-secret:}") String secret,
                                org.springframework.core.env.Environment env) {
        if ("keycloak".equals(mode)) {
            return new KeycloakDirectory(issuer, clientId, secret);
        }
        Set<String> demoUnits = new java.util.HashSet<>();
        for (int i = 0; env.containsProperty("thuocdo.identity.demo-accounts[" + i + "].unit"); i++) {
            demoUnits.add(env.getProperty("thuocdo.identity.demo-accounts[" + i + "].unit"));
        }
        return new BuiltIn(Set.copyOf(demoUnits));
    }

    /** The demo accounts' units count as having a group; nothing can be created. */
    record BuiltIn(Set<String> units) implements UnitDirectory {

        @Override
        public boolean manageable() {
            return false;
        }

        @Override
        public Set<String> unitsWithGroup(Collection<Unit> all) {
            return all.stream().map(Unit::id).filter(units::contains).collect(Collectors.toSet());
        }

        @Override
        public int createMissingGroups(Collection<Unit> all) {
            // Accounts.requireManageable() refuses first; reaching this is a programming error.
            throw new IllegalStateException("built-in accounts are configuration");
        }

        @Override
        public Invitation invite(NewAccount account) {
            // Accounts.requireManageable() refuses first; reaching this is a programming error.
            throw new IllegalStateException("built-in accounts are configuration");
        }
    }
}
