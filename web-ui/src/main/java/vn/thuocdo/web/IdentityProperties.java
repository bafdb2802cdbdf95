package vn.thuocdo.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * How people sign in. {@code built-in} uses the demo accounts (embedded default and tests; listed on the login
 * page, never for production); {@code keycloak} uses OpenID Connect.
 */
@ConfigurationProperties("thuocdo.identity")
public record IdentityProperties(String mode, String demoPassword, List<DemoAccount> demoAccounts) {

    public IdentityProperties {
        mode = mode == null ? "built-in" : mode;
        demoAccounts = demoAccounts == null ? List.of() : List.copyOf(demoAccounts);
    }

    public boolean builtIn() {
        return "built-in".equals(mode);
    }

    /** A demo account: one per role, in a real unit. */
    public record DemoAccount(String username, String displayName, String unit, List<String> roles) {
    }
}
