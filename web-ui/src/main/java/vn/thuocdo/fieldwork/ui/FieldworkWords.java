package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.fieldwork.Partner;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.Notices;

/** The supervision screens' words for fieldwork's states, outcomes, partners and households, from the bundles. */
final class FieldworkWords {

    private FieldworkWords() {
    }

    static String partner(Component c, Partner partner) {
        return c.getTranslation("fwsup.partner." + partner.name());
    }

    static String role(Component c, TeamRole role) {
        return c.getTranslation("fwsup.role." + role.name());
    }

    static String outcome(Component c, Outcome outcome) {
        return outcome == null ? "" : c.getTranslation("fwsup.outcome." + outcome.name());
    }

    /** A state as a coloured label; null (not visited yet) as a neutral one. */
    static Span state(Component c, InterviewState state) {
        String key = state == null ? "NONE" : state.name();
        String tone = state == null ? "neutral" : switch (state) {
            case DRAFT -> "neutral";
            case COMPLETED -> "info";
            case APPROVED, ACCEPTED -> "success";
            case REJECTED -> "error";
        };
        return Badges.of(c.getTranslation("fwsup.state." + key), tone);
    }

    /** "Hộ 3" for a selected household, "Hộ dự phòng 1" for a replacement, with its name when the village listed it. */
    static String household(Component c, Integer order, Integer replacementRank, String name) {
        String which = order != null ? c.getTranslation("fwsup.household", order)
                : c.getTranslation("fwsup.household.spare", replacementRank == null ? 0 : replacementRank);
        return name == null || name.isBlank() ? which : which + " · " + name;
    }

    /** A page part saying what is missing, or why the page cannot be shown (id {@code refusal} for a refusal). */
    static Div empty(Component c, String key) {
        Div empty = new Div(new Paragraph(c.getTranslation(key)));
        empty.addClassNames("td-callout", "neutral");
        empty.setId("fwsup-empty");
        return empty;
    }

    static Div refusal(Rejected refused) {
        Div refusal = new Div(new Paragraph(Notices.text(refused)));
        refusal.addClassName("td-callout");
        refusal.setId("refusal");
        return refusal;
    }
}
