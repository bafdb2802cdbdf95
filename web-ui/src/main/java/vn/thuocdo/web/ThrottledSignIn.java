package vn.thuocdo.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The built-in accounts' password check behind the {@link SignInThrottle}: a locked account or address is refused
 * before its password is even compared, so the right password does not get through during a lock either.
 * Serves the login form and HTTP Basic alike; a password just found right is not checked again for a few minutes
 * ({@link CheckedPasswords}).
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final CheckedPasswords checked;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle, CheckedPasswords checked) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.checked = checked;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = address(attempt);
        throttle.lockedUntil(username, address).ifPresent(until -> {
            throw new SignInLocked(until);
        });
        Authentication recalled = checked.recall(attempt);
        if (recalled != null) {
            return recalled;
        }
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(username);
            checked.remember(attempt, signedIn);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            // The attempt that starts a lock already says so, rather than "wrong password" once more.
            throttle.failed(username, address).ifPresent(until -> {
                throw new SignInLocked(until);
            });
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String address(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }
}
