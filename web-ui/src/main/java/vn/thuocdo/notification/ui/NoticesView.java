package vn.thuocdo.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.thuocdo.notification.Notice;
import vn.thuocdo.notification.Notifications;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;

import java.util.List;

/**
 * Reminders and alerts for the person's unit and roles. Without a mail server (the embedded default) this is where
 * they are read; with one, they are also mailed.
 */
@Route(value = "notices", layout = MainLayout.class)
@PageTitle("Thông báo · Thước Đo")
@PermitAll
public class NoticesView extends VerticalLayout {

    NoticesView(Notifications notifications, Units units, CurrentActor currentActor) {
        List<Notice> notices = notifications.forActor(currentActor.get(), 100);
        add(new H2(getTranslation("notices.title")));
        if (notices.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notices.empty"));
            none.setId("no-notices");
            add(none);
        }
        for (Notice notice : notices) {
            // Arguments that are unit ids read better as the unit's name.
            Object[] args = notice.args().stream()
                    .map(a -> units.find(a).map(u -> (Object) u.name()).orElse(a)).toArray();
            Span when = new Span(Formats.dateTime(notice.at()));
            when.addClassName("td-muted");
            Div card = new Div(when, new Paragraph(getTranslation(notice.key(), args)),
                    new Anchor(notice.link(), getTranslation("common.open")));
            card.addClassName("td-card");
            card.setWidthFull();
            add(card);
        }
    }
}
