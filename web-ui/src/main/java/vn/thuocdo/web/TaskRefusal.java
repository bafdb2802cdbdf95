package vn.thuocdo.web;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.thuocdo.shared.Rejected;

/** What a task view shows instead of the task when it may not be done: the reason, and the way back. */
public class TaskRefusal extends VerticalLayout {

    public TaskRefusal(String title, Rejected refused) {
        setPadding(false);
        Div message = new Div(new Paragraph(Notices.text(refused)));
        message.addClassName("td-callout");
        message.setId("refusal");
        add(new H2(title), message, new Anchor("inbox", getTranslation("common.back")));
    }
}
