package vn.thuocdo.audit.ui;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.web.SignInLockStarted;

/** Each sign-in lock goes to the audit trail once, when it starts: the name typed, what is locked, until when. */
@Component
class SignInLockAudit {

    private final AuditLog audit;

    SignInLockAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void locked(SignInLockStarted lock) {
        String name = lock.username() == null ? "-" : lock.username();
        audit.recordAlone(name.substring(0, Math.min(100, name.length())), null, "sign-in-locked", lock.target(),
                AuditLog.DENIED, "until " + lock.until());
    }
}
