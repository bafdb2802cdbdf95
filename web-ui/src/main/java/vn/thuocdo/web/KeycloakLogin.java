package vn.thuocdo.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;

import java.util.List;
import java.util.Map;

/**
 * OpenID Connect against Keycloak. The endpoints are derived from the issuer instead of discovered, so the
 * application starts, and keeps serving signed-in people, while Keycloak is down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thuocdo.identity.mode", havingValue = "keycloak")
class KeycloakLogin {

    static final String REGISTRATION = "keycloak";
    /** Clients whose tokens the API accepts: the application itself and partner devices. */
    static final List<String> CLIENTS = List.of("thuocdo-app", "thuocdo-devices");

    @Bean
    ClientRegistrationRepository keycloakClients(IdentityProperties identity) {
        IdentityProperties.Keycloak kc = identity.keycloak();
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(kc.clientId())
                .clientSecret(kc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "email")
                .authorizationUri(kc.endpoint("auth"))
                .tokenUri(kc.endpoint("token"))
                .jwkSetUri(kc.endpoint("certs"))
                .userInfoUri(kc.endpoint("userinfo"))
                .userNameAttributeName("preferred_username")
                .issuerUri(kc.issuerUri())
                .providerConfigurationMetadata(Map.of("end_session_endpoint", kc.endpoint("logout")))
                .clientName("Keycloak")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** The signed-in person's roles and unit come from the ID token's claims, mapped once for UI and API. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> keycloakUsers(ClaimsMapping mapping) {
        OidcUserService loader = new OidcUserService();
        return request -> {
            OidcUser user = loader.loadUser(request);
            return new KeycloakUser(mapping.authorities(user.getClaims()), user);
        };
    }

    /**
     * API tokens: signed by the realm's keys, issued by this realm (a token of another realm fails), not expired,
     * and issued to one of our clients.
     */
    @Bean
    JwtDecoder keycloakTokens(IdentityProperties identity) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(identity.keycloak().endpoint("certs")).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(identity.keycloak().clockSkew()),
                new JwtIssuerValidator(identity.keycloak().issuerUri()),
                new JwtClaimValidator<String>("azp", CLIENTS::contains)));
        return decoder;
    }

    /** An OIDC user that greets with the person's name. */
    static final class KeycloakUser extends DefaultOidcUser implements CurrentActor.DisplayNamed {

        KeycloakUser(java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities, OidcUser user) {
            super(authorities, user.getIdToken(), user.getUserInfo(), "preferred_username");
        }

        @Override
        public String displayName() {
            String name = getFullName();
            return name == null || name.isBlank() ? getName() : name;
        }
    }
}
