package vn.thuocdo.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.thuocdo.shared.Rejected;

/** Short messages to the person: success, and refusals in their language. */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 5000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The refusal's reason, translated: "{@code task.gone}" becomes a sentence the person can act on. */
    public static String text(Rejected rejected) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(rejected.key(), rejected.args().toArray());
    }

    public static void refused(Rejected rejected) {
        error(text(rejected));
    }
}
