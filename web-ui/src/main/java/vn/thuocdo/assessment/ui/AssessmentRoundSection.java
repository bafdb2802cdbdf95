package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import vn.thuocdo.assessment.AppraisalAssignments;
import vn.thuocdo.assessment.UnitAppraisal;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.RoundSection;

import java.util.List;
import java.util.Optional;

/**
 * The assessment's part of the round dashboard: how many units have submitted, how many have appraisers, and the
 * way to the coordinator's assignment page. The per-unit states are the dashboard's own column (AssessmentProgress).
 */
// Spring's annotation written out: Vaadin's Component is the type these sections return.
@org.springframework.stereotype.Component
class AssessmentRoundSection implements RoundSection {

    private final AppraisalAssignments assignments;

    AssessmentRoundSection(AppraisalAssignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public Optional<Component> forDashboard(Actor actor, String roundId) {
        List<UnitAppraisal> board;
        try {
            board = assignments.board(actor, roundId);
        } catch (Rejected notTheirs) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("assessment-section");
        section.add(new H3(section.getTranslation("stage.assessment.title")));
        long opened = board.stream().filter(u -> u.state() != null).count();
        long submitted = board.stream().filter(u -> u.state() != null && u.state().submitted()).count();
        long assigned = board.stream().filter(u -> !u.appraisers().isEmpty()).count();
        FlexLayout figures = new FlexLayout(
                Badges.of(section.getTranslation("assessment.section.opened", opened, board.size()), "neutral"),
                Badges.of(section.getTranslation("assessment.section.submitted", submitted, board.size()), "info"),
                Badges.of(section.getTranslation("assessment.section.assigned", assigned, board.size()),
                        assigned < submitted ? "warning" : "success"));
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-s)");
        Anchor open = new Anchor(AppraisersView.ROUTE + "?round=" + roundId,
                section.getTranslation("assessment.section.open"));
        open.setId("open-appraisers");
        section.add(figures, open);
        return Optional.of(section);
    }

    @Override
    public Optional<Component> forProvince(Actor actor, String roundId) {
        return Optional.empty();
    }
}
