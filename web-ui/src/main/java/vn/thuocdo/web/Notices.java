package vn.thuocdo.web;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.thuocdo.shared.Rejected;

/**
 * Short messages to the person: success, and refusals in their language. One at a time per page: a new message
 * replaces the one still open, so three bad uploads leave one red message over the form, not a pile of them.
 */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        show(text, 5000, NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        show(text, 8000, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String text, int millis, NotificationVariant variant) {
        UI ui = UI.getCurrent();
        Notification previous = ComponentUtil.getData(ui, Notification.class);
        if (previous != null && previous.isOpened()) {
            previous.close();
        }
        Notification shown = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        shown.addThemeVariants(variant);
        ComponentUtil.setData(ui, Notification.class, shown);
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
