package vn.thuocdo.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

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
    }

    static Locale current() {
        VaadinSession session = VaadinSession.getCurrent();
        Object chosen = session == null ? null : session.getAttribute(SESSION_KEY);
        return chosen instanceof Locale locale ? locale : VIETNAMESE;
    }

    /** Switches between Vietnamese and English and redraws the page in it. */
    static void toggle(UI ui) {
        Locale next = "en".equals(current().getLanguage()) ? VIETNAMESE : ENGLISH;
        VaadinSession.getCurrent().setAttribute(SESSION_KEY, next);
        ui.setLocale(next);
        ui.getPage().reload();
    }
}
