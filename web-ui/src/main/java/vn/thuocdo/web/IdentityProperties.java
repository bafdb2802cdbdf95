package vn.thuocdo.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * How people sign in. {@code built-in} uses the demo accounts (embedded default and tests; listed on the login
 * page, never for production); {@code keycloak} uses OpenID Connect against the realm in {@code keycloak}.
 * {@code password-memory}: how long a built-in account's right password is taken without BCrypt again.
 */
@ConfigurationProperties("thuocdo.identity")
public record IdentityProperties(String mode, String demoPassword, List<DemoAccount> demoAccounts, Keycloak keycloak,
                                 java.time.Duration passwordMemory) {

    public IdentityProperties {
        mode = mode == null ? "built-in" : mode;
        demoAccounts = demoAccounts == null ? List.of() : List.copyOf(demoAccounts);
        keycloak = keycloak == null ? new Keycloak(null, null, null, null) : keycloak;
        // How long a built-in account's right password is not checked again (CheckedPasswords); zero never remembers.
        passwordMemory = passwordMemory == null ? java.time.Duration.ofMinutes(5) : passwordMemory;
        if (!mode.equals("built-in") && !mode.equals("keycloak")) {
            throw new IllegalArgumentException("thuocdo.identity.mode must be built-in or keycloak, was " + mode);
        }
        if (mode.equals("keycloak") && (keycloak.issuerUri() == null || keycloak.issuerUri().isBlank())) {
            throw new IllegalArgumentException("thuocdo.identity.mode=keycloak needs KEYCLOAK_ISSUER_URI");
        }
    }

    public boolean builtIn() {
        return "built-in".equals(mode);
    }

    public boolean usesKeycloak() {
        return "keycloak".equals(mode);
    }

    /** A demo account: one per role, in a real unit. */
    public record DemoAccount(String username, String displayName, String email, String unit, List<String> roles) {
    }

    /** The realm's issuer (e.g. {@code https://sso.example.vn/realms/thuocdo}) and the application's client. */
    public record Keycloak(String issuerUri, String clientId, String clientSecret, java.time.Duration clockSkew) {

        public Keycloak {
            // Tolerated difference between our clock and Keycloak's when checking a token's validity.
            clockSkew = clockSkew == null ? java.time.Duration.ofSeconds(30) : clockSkew;
        }

        public String endpoint(String path) {
            return issuerUri.replaceAll("/+$", "") + "/protocol/openid-connect/" + path;
        }
    }
}
