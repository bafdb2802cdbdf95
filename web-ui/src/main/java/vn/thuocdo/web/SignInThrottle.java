package vn.thuocdo.web;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed built-in sign-ins, counted per account and per client address: too many within {@link #WINDOW} lock that
 * account or address for a while, each further lock twice as long (up to {@link #LONGEST_LOCK}). Keycloak mode
 * does not come here: the realm's own brute-force detection guards it.
 * <p>
 * Kept in memory, not in the database: built-in accounts are for the embedded default and tests (one instance),
 * a restart forgets a lock no later than it would end anyway, and a guessing attack must not be able to fill a
 * table. With several replicas each counts on its own, which only lets an attacker a few more tries.
 */
@Component
class SignInThrottle {

    static final int ACCOUNT_LIMIT = 5;
    /** Higher than per account: an office's computers often share one address behind its router. */
    static final int ADDRESS_LIMIT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(5);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Past this many tracked keys, forgotten ones are swept, so a spray of names cannot grow memory for ever. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignInThrottle(Clock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    /** When the account or the address may try again, if either is locked now. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = until(accountKey(username), now);
        Instant from = until(addressKey(address), now);
        if (account == null) {
            return Optional.ofNullable(from);
        }
        return Optional.of(from == null || account.isAfter(from) ? account : from);
    }

    /**
     * Counts a wrong password against the account and the address; returns the end of a lock this failure
     * started, if it started one. A lock is announced ({@link SignInLockStarted}, for the audit trail) once, when it
     * starts.
     */
    Optional<Instant> failed(String username, String address) {
        Instant now = clock.instant();
        sweepIfLarge(now);
        Instant account = strike(accountKey(username), ACCOUNT_LIMIT, now);
        Instant from = strike(addressKey(address), ADDRESS_LIMIT, now);
        if (account != null) {
            events.publishEvent(new SignInLockStarted(username, "account", account));
        }
        if (from != null) {
            events.publishEvent(new SignInLockStarted(username, "address " + address, from));
        }
        return account != null ? Optional.of(account) : Optional.ofNullable(from);
    }

    /** The right password ends the account's count; the address keeps its own, or one valid account would reset it. */
    void succeeded(String username) {
        strikes.remove(accountKey(username));
    }

    private Instant until(String key, Instant now) {
        Strikes s = strikes.get(key);
        if (s == null) {
            return null;
        }
        synchronized (s) {
            return s.lockedUntil != null && s.lockedUntil.isAfter(now) ? s.lockedUntil : null;
        }
    }

    private Instant strike(String key, int limit, Instant now) {
        Strikes s = strikes.computeIfAbsent(key, k -> new Strikes(now));
        synchronized (s) {
            if (now.isAfter(s.windowStart.plus(WINDOW))) {
                s.windowStart = now;
                s.failures = 0;
            }
            s.failures++;
            s.lastSeen = now;
            if (s.failures < limit) {
                return null;
            }
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(s.locks, 10));
            s.locks++;
            s.lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            s.failures = 0;
            s.windowStart = now;
            return s.lockedUntil;
        }
    }

    private void sweepIfLarge(Instant now) {
        if (strikes.size() > SWEEP_ABOVE) {
            Instant forgotten = now.minus(WINDOW).minus(LONGEST_LOCK);
            strikes.values().removeIf(s -> {
                synchronized (s) {
                    return s.lastSeen.isBefore(forgotten);
                }
            });
        }
    }

    private static String accountKey(String username) {
        return "account:" + String.valueOf(username).trim().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Failures of one key in its current window, and its lock. */
    private static final class Strikes {
        Instant windowStart;
        Instant lastSeen;
        int failures;
        int locks;
        Instant lockedUntil;

        Strikes(Instant now) {
            this.windowStart = now;
            this.lastSeen = now;
        }
    }
}
