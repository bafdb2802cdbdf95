package vn.thuocdo.web;

import com.vaadin.flow.component.html.Span;

/** Small coloured labels for states; colours come from thuocdo.css. */
public final class Badges {

    private Badges() {
    }

    /** {@code tone}: neutral, info, success, warning or error. */
    public static Span of(String text, String tone) {
        Span badge = new Span(text);
        badge.addClassNames("td-badge", tone.toLowerCase());
        return badge;
    }
}
