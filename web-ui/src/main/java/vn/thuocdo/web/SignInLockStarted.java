package vn.thuocdo.web;

import java.time.Instant;

/**
 * Wrong passwords locked sign-in for an account ({@code target} "account") or a client address
 * ({@code target} "address 10.0.0.7") until {@code until}; published once per lock, for the audit trail.
 */
public record SignInLockStarted(String username, String target, Instant until) {
}
