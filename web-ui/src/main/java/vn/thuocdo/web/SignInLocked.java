package vn.thuocdo.web;

import org.springframework.security.authentication.LockedException;

import java.time.Instant;

/** A sign-in refused, whatever the password, because the account or the address is locked until {@link #until()}. */
public class SignInLocked extends LockedException {

    private final transient Instant until;

    SignInLocked(Instant until) {
        super("Sign-in locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
