package vn.thuocdo.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.WebTest;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong passwords of the built-in accounts, per account and per client address, through the real sign-in. */
@WebTest
class SignInThrottleTest {

    @Autowired AuthenticationProvider signIn;
    @Autowired MutableClock clock;
    @Autowired AuditLog audit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightPasswordIsRefusedDuringTheLock() {
        Instant start = clock.instant();
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
            String wrong = "sai-" + i;
            assertThatThrownBy(() -> attempt("haiphong", wrong, "10.1.0.1"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("haiphong", "sai-5", "10.1.0.1"))
                .isInstanceOfSatisfying(SignInLocked.class,
                        e -> assertThat(e.until()).isEqualTo(start.plus(SignInThrottle.FIRST_LOCK)));
        // From another address too: the account is what is locked.
        assertThatThrownBy(() -> attempt("haiphong", "thuocdo", "10.1.0.2")).isInstanceOf(SignInLocked.class);
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> attempt("haiphong", "thuocdo", "10.1.0.1")).isInstanceOf(SignInLocked.class);
        }
        assertThat(audit.recent(50)).filteredOn(e -> e.action().equals("sign-in-locked")
                && e.actor().equals("haiphong")).singleElement().satisfies(e -> {
                    assertThat(e.target()).isEqualTo("account");
                    assertThat(e.outcome()).isEqualTo(AuditLog.DENIED);
                });
    }

    @Test
    void anotherAccountFromAnotherAddressIsUnaffectedByALock() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            assertThatThrownBy(() -> attempt("hanoi", "sai", "10.2.0.1")).isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> attempt("hanoi", "thuocdo", "10.2.0.1")).isInstanceOf(SignInLocked.class);
        assertThat(attempt("dieuphoi", "thuocdo", "10.2.0.2").isAuthenticated()).isTrue();
    }

    @Test
    void theLockEndsAfterItsTimeAndARepeatedLockLastsTwiceAsLong() {
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT; i++) {
            assertThatThrownBy(() -> attempt("thamdinh", "sai", "10.3.0.1")).isInstanceOf(RuntimeException.class);
        }
        clock.advance(SignInThrottle.FIRST_LOCK.minusSeconds(1));
        assertThatThrownBy(() -> attempt("thamdinh", "thuocdo", "10.3.0.1")).isInstanceOf(SignInLocked.class);
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
            assertThatThrownBy(() -> attempt("thamdinh", "sai", "10.3.0.1"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        Instant second = clock.instant();
        assertThatThrownBy(() -> attempt("thamdinh", "sai", "10.3.0.1")).isInstanceOfSatisfying(SignInLocked.class,
                e -> assertThat(e.until()).isEqualTo(second.plus(SignInThrottle.FIRST_LOCK.multipliedBy(2))));
        clock.advance(SignInThrottle.FIRST_LOCK.multipliedBy(2).plusSeconds(1));
        assertThat(attempt("thamdinh", "thuocdo", "10.3.0.1").getName()).isEqualTo("thamdinh");
    }

    @Test
    void manyNamesTriedFromOneAddressLockTheAddressButNotOtherAddresses() {
        for (int i = 0; i < SignInThrottle.ADDRESS_LIMIT; i++) {
            String name = "doan-" + i;
            assertThatThrownBy(() -> attempt(name, "sai", "10.4.0.1")).isInstanceOf(RuntimeException.class);
        }
        assertThatThrownBy(() -> attempt("hoidong", "thuocdo", "10.4.0.1")).isInstanceOf(SignInLocked.class);
        assertThat(attempt("hoidong", "thuocdo", "10.4.0.2").isAuthenticated()).isTrue();
        assertThat(audit.recent(50)).filteredOn(e -> "address 10.4.0.1".equals(e.target())).hasSize(1);
    }

    @Test
    void aRightPasswordIsRememberedButAWrongOneIsAlwaysCheckedAndALockStillHolds() {
        Authentication first = attempt("vanhanh", "thuocdo", "10.5.0.1");
        Authentication again = attempt("vanhanh", "thuocdo", "10.5.0.2");
        assertThat(again).isNotSameAs(first);
        assertThat(again.getName()).isEqualTo("vanhanh");
        assertThat(new java.util.HashSet<Object>(again.getAuthorities())).isEqualTo(new java.util.HashSet<Object>(first.getAuthorities()));
        assertThat(again.getCredentials()).isNull();
        assertThat(((WebAuthenticationDetails) again.getDetails()).getRemoteAddress()).isEqualTo("10.5.0.2");
        for (int i = 0; i < SignInThrottle.ACCOUNT_LIMIT - 1; i++) {
            assertThatThrownBy(() -> attempt("vanhanh", "thuocdo ", "10.5.0.3"))
                    .isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("vanhanh", "Thuocdo", "10.5.0.3")).isInstanceOf(SignInLocked.class);
        assertThatThrownBy(() -> attempt("vanhanh", "thuocdo", "10.5.0.1")).isInstanceOf(SignInLocked.class);
    }

    @Test
    void aRememberedPasswordIsForgottenAfterItsLifetime() {
        MutableClock time = new MutableClock();
        CheckedPasswords checked = new CheckedPasswords(Duration.ofMinutes(5), time);
        UsernamePasswordAuthenticationToken right = UsernamePasswordAuthenticationToken.unauthenticated("a", "mật khẩu");
        assertThat(checked.recall(right)).isNull();
        checked.remember(right, UsernamePasswordAuthenticationToken.authenticated("a", null, java.util.List.of()));
        assertThat(checked.recall(right)).isNotNull();
        assertThat(checked.recall(UsernamePasswordAuthenticationToken.unauthenticated("a", "mật khẩu "))).isNull();
        assertThat(checked.recall(UsernamePasswordAuthenticationToken.unauthenticated("b", "mật khẩu"))).isNull();
        time.advance(Duration.ofMinutes(5).plusMillis(1));
        assertThat(checked.recall(right)).isNull();
        CheckedPasswords never = new CheckedPasswords(Duration.ZERO, time);
        never.remember(right, UsernamePasswordAuthenticationToken.authenticated("a", null, java.util.List.of()));
        assertThat(never.recall(right)).isNull();
    }

    private Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }
}
