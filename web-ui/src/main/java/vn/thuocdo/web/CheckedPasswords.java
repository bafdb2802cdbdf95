package vn.thuocdo.web;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Passwords of built-in accounts that were checked and right, remembered for a few minutes. A partner's system
 * sends its password with every request (HTTP Basic, no session); BCrypt, made slow on purpose, would otherwise be
 * most of what each request costs (about 1 ms of a core at cost 4, some 60 ms at the production cost of 10) and cap
 * the partner API at a few hundred requests a second on two cores. Only a right password is remembered, so every
 * wrong one still pays the full check and counts towards the {@link SignInThrottle}. The key is an HMAC of the user
 * name and password under a secret made at start and never stored: the memory holds no password, and nothing an
 * attacker could test guesses against offline. The built-in accounts are fixed at start, so nothing remembered can
 * outlive a password change; a full memory is emptied rather than grown.
 */
final class CheckedPasswords {

    private static final int MAX_REMEMBERED = 10_000;

    private record Remembered(Authentication signedIn, long untilMillis) {
    }

    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();
    private final Duration lifetime;
    private final Clock clock;
    private final byte[] secret = new byte[32];
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::mac);

    CheckedPasswords(Duration lifetime, Clock clock) {
        this.lifetime = lifetime;
        this.clock = clock;
        new SecureRandom().nextBytes(secret);
    }

    /** The sign-in this user name and password got within the lifetime, for this request; null when none. */
    Authentication recall(Authentication attempt) {
        if (!(attempt.getCredentials() instanceof String password)) {
            return null;
        }
        Remembered known = remembered.get(key(attempt.getName(), password));
        if (known == null || known.untilMillis() < clock.millis()) {
            return null;
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                known.signedIn().getPrincipal(), null, known.signedIn().getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    /** Remembers a sign-in whose password was just checked and right. */
    void remember(Authentication attempt, Authentication signedIn) {
        if (!(attempt.getCredentials() instanceof String password) || lifetime.isZero()) {
            return;
        }
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key(attempt.getName(), password), new Remembered(signedIn, clock.millis() + lifetime.toMillis()));
    }

    private String key(String username, String password) {
        Mac mac = macs.get();
        mac.update(username.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
