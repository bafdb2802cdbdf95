package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import vn.thuocdo.fieldwork.Household;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Village;
import vn.thuocdo.forms.VietnameseFormats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One village of the enumerator's list: its name and commune, its counts, its replacement rule, the households to
 * visit (sent back first) as large touch targets, and its spare households by rank.
 */
final class VillageCard extends Div {

    VillageCard(Village village) {
        addClassNames("td-card", "td-fwenum-village");
        setId("fwenum-village-" + village.communeCode() + "-" + village.villageName().hashCode());
        H3 title = new H3(getTranslation("fwenum.village.title", village.villageName(), village.communeName()));
        List<Household> mine = mine(village);
        long done = mine.stream().filter(HouseholdWords::done).count();
        long drafts = mine.stream().filter(h -> h.state() == InterviewState.DRAFT).count();
        long rejected = mine.stream().filter(h -> h.state() == InterviewState.REJECTED).count();
        Span counts = new Span(getTranslation("fwenum.village.counts", VietnameseFormats.number(mine.size()),
                VietnameseFormats.number(done), VietnameseFormats.number(drafts), VietnameseFormats.number(rejected)));
        counts.addClassNames("td-muted", "td-fwenum-counts");
        Paragraph rule = new Paragraph(village.replacementRule().in(getLocale()));
        rule.addClassName("td-fwenum-rule");
        add(title, counts, rule);
        Div households = new Div();
        households.addClassName("td-fwenum-households");
        ordered(mine).forEach(h -> households.add(row(h)));
        add(households);
        List<Household> spares = village.replacements().stream().filter(h -> !h.mine()).toList();
        if (!spares.isEmpty()) {
            H4 heading = new H4(getTranslation("fwenum.village.spares"));
            Div list = new Div();
            list.addClassName("td-fwenum-spares");
            spares.forEach(h -> {
                Span spare = new Span(HouseholdWords.label(this, h));
                spare.addClassName("td-muted");
                list.add(new Div(spare));
            });
            add(heading, list);
        }
    }

    /** The households this enumerator visits: the selected ones, and the spares they took on. */
    static List<Household> mine(Village village) {
        List<Household> mine = new ArrayList<>(village.toVisit().stream().filter(Household::mine).toList());
        village.replacements().stream().filter(Household::mine).forEach(mine::add);
        return mine;
    }

    /** Sent back first (they wait on the enumerator), then the rest in the order of the list. */
    static List<Household> ordered(List<Household> households) {
        return households.stream().sorted(Comparator.comparing((Household h) -> h.state() != InterviewState.REJECTED))
                .toList();
    }

    private RouterLink row(Household household) {
        Span label = new Span(HouseholdWords.label(this, household));
        label.addClassName("td-fwenum-household-label");
        RouterLink link = new RouterLink(InterviewView.class, new RouteParameters(InterviewView.SLOT,
                String.valueOf(household.slot())));
        link.add(label, HouseholdWords.badge(this, household));
        link.addClassName("td-fwenum-household");
        if (household.state() == InterviewState.REJECTED) {
            link.addClassName("td-fwenum-rejected");
        }
        link.setId("fwenum-household-" + household.slot());
        return link;
    }
}
