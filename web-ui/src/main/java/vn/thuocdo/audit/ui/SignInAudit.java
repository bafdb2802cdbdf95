package vn.thuocdo.audit.ui;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.web.CurrentActor;

/**
 * Sign-ins, failed sign-ins and sign-outs go to the audit trail: who, their unit, when, outcome. A call that carries
 * its own credentials (HTTP Basic, a bearer token) authenticates on every request: it is counted as API access
 * ({@link ApiAccessCounting}), not written as a sign-in.
 */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    /**
     * Published by the login form and the Keycloak sign-in only; HTTP Basic and bearer tokens publish the plain
     * success event on every call.
     */
    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.signedIn(CurrentActor.of(event.getAuthentication()));
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        // The name typed, never the password; enough to see a guessing attack, through the form or the API.
        String name = String.valueOf(event.getAuthentication().getName());
        audit.recordAlone(name.substring(0, Math.min(100, name.length())), null, "sign-in", null, AuditLog.DENIED,
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    void signedOut(LogoutSuccessEvent event) {
        Actor actor = CurrentActor.of(event.getAuthentication());
        audit.recordAlone(actor.username(), actor.unitId(), "sign-out", null, AuditLog.OK, null);
    }
}
