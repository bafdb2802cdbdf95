package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.survey.progress.AreaProgress;
import vn.thuocdo.survey.response.WindowState;

import java.time.Instant;
import java.time.ZoneId;

/** The progress screens' shared lines: whether the survey is open, until when, and the overall figures. */
final class SurveyWindowText {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private SurveyWindowText() {
    }

    static Component none(String key) {
        Div none = new Div(new Paragraph(text(key)));
        none.addClassNames("td-callout", "neutral");
        none.setId("no-progress");
        return none;
    }

    static Component of(WindowState window) {
        Paragraph line;
        if (window == null) {
            line = new Paragraph(text("progress.window.notOpen"));
        } else if (window.openAt(Instant.now())) {
            line = new Paragraph(text("progress.window.open", day(window.openedAt()), day(window.closesAt())));
        } else {
            line = new Paragraph(text("progress.window.closed",
                    day(window.closedAt() != null ? window.closedAt() : window.closesAt())));
        }
        line.setId("progress-window");
        return line;
    }

    static Component total(AreaProgress total) {
        Paragraph line = new Paragraph(text("progress.total", Formats.number(total.responses()),
                Formats.number(total.target()), total.progress().percent(), Formats.number(total.letters())));
        line.setId("progress-total");
        Div card = new Div(line, ProgressGrid.rate(total));
        card.addClassName("td-card");
        card.setMaxWidth("40em");
        return card;
    }

    private static String day(Instant instant) {
        return Formats.date(instant.atZone(VIETNAM).toLocalDate());
    }

    private static String text(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
