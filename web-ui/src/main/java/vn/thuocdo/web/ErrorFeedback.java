package vn.thuocdo.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thuocdo.shared.Rejected;

/**
 * Anything a view did not handle: a refusal is shown as its reason, anything else as a plain apology. Nobody sees
 * a stack trace; operators find it in the log.
 */
class ErrorFeedback implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ErrorFeedback.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        if (leftTheBrowser(cause)) {
            // The browser went away (tab closed, network lost) while a long answer was being written: nothing is
            // wrong with the server, and the page that could be told is gone.
            log.debug("The browser left before its answer was written: {}", cause.toString());
            return;
        }
        while (cause.getCause() != null && !(cause instanceof Rejected)) {
            cause = cause.getCause();
        }
        if (UI.getCurrent() == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        if (cause instanceof Rejected rejected) {
            Notices.refused(rejected);
        } else if (DatabaseOutage.causes(event.getThrowable())) {
            // Not a fault of the page: say what is wrong and that nothing was saved; readiness has already gone DOWN.
            log.warn("Database unavailable in a view: {}", DatabaseOutage.describe(event.getThrowable()));
            Notices.error(UI.getCurrent().getTranslation(DatabaseOutage.KEY));
        } else {
            log.error("Unhandled error in a view", event.getThrowable());
            Notices.error(UI.getCurrent().getTranslation("error.unexpected"));
        }
    }

    /** Tomcat's ClientAbortException, by name so the web layer stays free of the servlet container's classes. */
    static boolean leftTheBrowser(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
                return true;
            }
        }
        return false;
    }
}
