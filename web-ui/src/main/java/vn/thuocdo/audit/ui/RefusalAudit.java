package vn.thuocdo.audit.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.web.AccessRefused;
import vn.thuocdo.web.CurrentActor;

import java.security.Principal;

/**
 * Refusals of the web layer go to the audit trail: URLs (published by the access-denied handler of both filter
 * chains) and views their {@code @RolesAllowed} keeps from a signed-in person. Capabilities' own refusals are
 * audited where they leave the capability; an anonymous visitor is sent to sign in, which is not a refusal.
 */
@Component
class RefusalAudit implements VaadinServiceInitListener {

    private final AuditLog audit;
    private final NavigationAccessControl views;

    RefusalAudit(AuditLog audit, NavigationAccessControl views) {
        this.audit = audit;
        this.views = views;
    }

    @EventListener
    void refused(AccessRefused refusal) {
        audit.refused(refusal.actor(), refusal.action(), refusal.target(), refusal.detail());
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(this::entering));
    }

    /**
     * Asks Vaadin's own access control the question it answers for this navigation, so the listener does not
     * depend on running after it; the verdict is the same, the second asking costs an annotation lookup.
     */
    private void entering(BeforeEnterEvent event) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Principal principal = request == null ? null : request.getUserPrincipal();
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (principal == null || auth == null || auth instanceof AnonymousAuthenticationToken) {
            return;
        }
        NavigationContext context = new NavigationContext(event, principal, request::isUserInRole);
        if (views.checkAccess(context, true).decision() != AccessCheckDecision.ALLOW) {
            audit.refused(CurrentActor.of(auth), "view", "/" + event.getLocation().getPath(),
                    event.getNavigationTarget().getSimpleName());
        }
    }
}
