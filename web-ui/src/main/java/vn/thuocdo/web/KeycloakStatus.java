package vn.thuocdo.web;

import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Whether the sign-in server answers. Asked by the login page before sending anyone there, so a person sees a
 * clear message instead of the browser's connection error. Cached briefly: a login page must stay cheap.
 */
@Component
public class KeycloakStatus {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CACHE = Duration.ofSeconds(10);

    private final IdentityProperties identity;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private volatile Instant checkedAt = Instant.EPOCH;
    private volatile boolean reachable;

    KeycloakStatus(IdentityProperties identity) {
        this.identity = identity;
    }

    public boolean reachable() {
        if (!identity.usesKeycloak()) {
            return false;
        }
        if (Instant.now().isAfter(checkedAt.plus(CACHE))) {
            reachable = ask();
            checkedAt = Instant.now();
        }
        return reachable;
    }

    private boolean ask() {
        URI discovery = URI.create(identity.keycloak().issuerUri().replaceAll("/+$", "")
                + "/.well-known/openid-configuration");
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(discovery).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
