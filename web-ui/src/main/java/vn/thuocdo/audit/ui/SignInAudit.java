package vn.thuocdo.audit.ui;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.web.CurrentActor;

/** Sign-ins, failed sign-ins and sign-outs go to the audit trail: who, their unit, when, outcome. */
@Component
class SignInAudit {

    private final AuditLog audit;

    SignInAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        Actor actor = CurrentActor.of(event.getAuthentication());
        audit.recordAlone(actor.username(), actor.unitId(), "sign-in", null, AuditLog.OK, null);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        // The name typed, never the password; enough to see a guessing attack.
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
