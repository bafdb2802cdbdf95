package vn.thuocdo.improvement.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.improvement.ImprovementPlans;
import vn.thuocdo.improvement.PlanItem;
import vn.thuocdo.improvement.SignedOffPlan;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.LastYearsPlan;

import java.util.Optional;

/**
 * Last year's signed-off plan in a collapsed panel (closed: the new results come first), for the appraisers and the
 * unit's own people. Someone who may not read it sees no panel rather than a refusal inside another screen.
 */
@Component
class PreviousPlanPanel implements LastYearsPlan {

    private final ImprovementPlans plans;

    PreviousPlanPanel(ImprovementPlans plans) {
        this.plans = plans;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> beside(Actor viewer, String roundId, String unitId) {
        Optional<SignedOffPlan> previous;
        try {
            previous = plans.previous(viewer, roundId, unitId);
        } catch (Rejected notTheirs) {
            return Optional.empty();
        }
        return previous.map(PreviousPlanPanel::panel);
    }

    private static com.vaadin.flow.component.Component panel(SignedOffPlan plan) {
        Div content = new Div();
        UnorderedList items = new UnorderedList();
        items.setId("previous-plan-items");
        for (PlanItem item : plan.items()) {
            ListItem entry = new ListItem();
            entry.add(new Paragraph(PlanWords.item(content, item) + " — "
                    + content.getTranslation("improvement.published", PlanWords.value(content, item))));
            Paragraph answer = new Paragraph(content.getTranslation("improvement.answer", item.measures(),
                    item.responsible(), item.due() == null ? "—" : Formats.date(item.due())));
            answer.getStyle().set("white-space", "pre-line").set("margin-top", "0");
            entry.add(answer);
            items.add(entry);
        }
        Paragraph signed = new Paragraph(content.getTranslation("improvement.previous.signed", plan.publicationCode(),
                plan.version(), plan.signedOffByName(), Formats.dateTime(plan.signedOffAt())));
        content.add(signed, items);
        Details details = new Details(content.getTranslation("improvement.previous.title", String.valueOf(plan.year()),
                plan.items().size()), content);
        details.setId("previous-plan");
        details.setWidthFull();
        details.setOpened(false);
        return details;
    }
}
