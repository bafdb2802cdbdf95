package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

/** What the three checks screens show alike: the empty state, a refusal in place, a list's height. */
final class CheckScreens {

    /** Up to this many rows the list is shown whole; longer lists scroll inside the page. */
    private static final int WHOLE = 30;

    private CheckScreens() {
    }

    static Paragraph none(String key) {
        Paragraph none = new Paragraph();
        none.setText(none.getTranslation(key));
        none.setId("fwchk-none");
        none.addClassName("td-callout");
        return none;
    }

    /** A refusal where the list would be (a round taken away, a branch changed): the reason, nothing else. */
    static Div refusal(Rejected refused) {
        Div box = new Div(Notices.text(refused));
        box.setId("fwchk-refused");
        box.addClassName("td-callout");
        return box;
    }

    static void fit(Grid<?> grid, int rows) {
        if (rows <= WHOLE) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("min(70vh, 44em)");
        }
    }
}
