package vn.thuocdo.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.util.Locale;

/** Vietnamese first: every UI starts in Vietnamese unless the person switched to English in this session. */
@Component
public class Languages implements VaadinServiceInitListener {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String SESSION_KEY = "thuocdo.locale";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().setLocale(current()));
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new ErrorFeedback()));
        // The document's language follows the person's choice: screen readers and the browser's hyphenation and
        // translation offers read it. Set on every page load, and the switch reloads the page.
        event.addIndexHtmlRequestListener(page -> page.getDocument().getElementsByTag("html")
                .attr("lang", current().getLanguage()));
    }

    static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : VIETNAMESE;
    }

    /**
     * The language of a plain HTTP answer (error pages): the one chosen in the application if this browser has a
     * session, else English only when the browser asks for it first.
     */
    public static Locale of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        return Messages.asked(request) == null ? VIETNAMESE : ENGLISH;
    }

    /** Switches between Vietnamese and English and redraws the page in it. */
    static void toggle(UI ui) {
        Locale next = "en".equals(current().getLanguage()) ? VIETNAMESE : ENGLISH;
        // Kept in the HTTP session, not only Vaadin's: the error pages outside Vaadin speak the same language.
        VaadinSession.getCurrent().getSession().setAttribute(SESSION_KEY, next);
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
