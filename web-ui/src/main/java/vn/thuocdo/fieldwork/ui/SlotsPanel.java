package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.fieldwork.Assignments;
import vn.thuocdo.fieldwork.Branch;
import vn.thuocdo.fieldwork.BranchSlot;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.InterviewState;
import vn.thuocdo.fieldwork.Member;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A supervisor's branch in one round: per person what they have, per village its households and who has each. */
class SlotsPanel extends VerticalLayout {

    private final Assignments assignments;
    private final Actor actor;
    private final String roundId;
    private final List<Member> members;
    final Grid<Member> people = new Grid<>();
    final Select<String> village = new Select<>();
    final Grid<BranchSlot> slots = new Grid<>();
    final Select<Member> enumerator = new Select<>();
    final TextField reason = new TextField();
    final Button assignOne = new Button();
    final Button assignVillage = new Button();
    private List<BranchSlot> all = List.of();

    SlotsPanel(FieldworkTeams teams, Assignments assignments, Actor actor, String roundId) {
        this.assignments = assignments;
        this.actor = actor;
        this.roundId = roundId;
        Branch branch = teams.supervised(actor, roundId);
        this.members = teams.members(actor, branch.id());
        setPadding(false);
        Span which = new Span(getTranslation("fwsup.branch.yours", FieldworkWords.partner(this, branch.partner()),
                branch.name()));
        which.setId("fwsup-branch-name");
        add(which, new H3(getTranslation("fwsup.branch.people")), peopleGrid(),
                new H3(getTranslation("fwsup.branch.households")), villageChoice(), slotGrid(), assignForm());
        refresh();
    }

    private Grid<Member> peopleGrid() {
        people.setId("fwsup-people");
        people.addColumn(Member::displayName).setHeader(getTranslation("fwsup.col.name")).setFlexGrow(1);
        people.addColumn(m -> FieldworkWords.role(this, m.role())).setHeader(getTranslation("fwsup.col.role"))
                .setAutoWidth(true);
        people.addColumn(m -> count(m, null)).setHeader(getTranslation("fwsup.col.assigned")).setAutoWidth(true);
        people.addColumn(m -> count(m, InterviewState.COMPLETED)).setHeader(getTranslation("fwsup.col.done"))
                .setAutoWidth(true);
        people.addColumn(m -> count(m, InterviewState.REJECTED)).setHeader(getTranslation("fwsup.col.rejected"))
                .setAutoWidth(true);
        people.setAllRowsVisible(true);
        return people;
    }

    private Select<String> villageChoice() {
        village.setLabel(getTranslation("fwsup.branch.village"));
        village.setId("fwsup-village");
        village.setWidth("min(36em, 100%)");
        village.addValueChangeListener(e -> showVillage());
        return village;
    }

    private Grid<BranchSlot> slotGrid() {
        slots.setId("fwsup-slots");
        slots.addColumn(s -> FieldworkWords.household(this, s.order(), s.replacementRank(), s.household()))
                .setHeader(getTranslation("fwsup.col.household")).setFlexGrow(1);
        slots.addColumn(s -> s.enumerator() == null ? getTranslation("fwsup.branch.nobody")
                        : Objects.requireNonNullElse(s.enumeratorName(), s.enumerator()))
                .setHeader(getTranslation("fwsup.col.enumerator")).setAutoWidth(true);
        slots.addComponentColumn(s -> {
            Span state = FieldworkWords.state(this, s.state());
            return s.outcome() == null ? state : new Span(state, new Span(" " + FieldworkWords.outcome(this, s.outcome())));
        }).setHeader(getTranslation("fwsup.col.state")).setAutoWidth(true);
        slots.setAllRowsVisible(true);
        return slots;
    }

    private HorizontalLayout assignForm() {
        enumerator.setLabel(getTranslation("fwsup.branch.giveTo"));
        enumerator.setItems(members);
        enumerator.setItemLabelGenerator(m -> m.displayName() + " (" + FieldworkWords.role(this, m.role()) + ")");
        enumerator.setId("fwsup-enumerator");
        reason.setLabel(getTranslation("fwsup.branch.reason"));
        reason.setHelperText(getTranslation("fwsup.branch.reasonHelp"));
        reason.setId("fwsup-reason");
        reason.setWidth("min(24em, 100%)");
        assignOne.setText(getTranslation("fwsup.branch.assignOne"));
        assignOne.setId("fwsup-assign-one");
        assignOne.addClickListener(e -> assignSelected());
        assignVillage.setText(getTranslation("fwsup.branch.assignVillage"));
        assignVillage.setId("fwsup-assign-village");
        assignVillage.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assignVillage.addClickListener(e -> assignWholeVillage());
        HorizontalLayout form = new HorizontalLayout(enumerator, reason, assignOne, assignVillage);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull();
        return form;
    }

    void assignSelected() {
        BranchSlot slot = slots.asSingleSelect().getValue();
        if (slot == null || enumerator.getValue() == null) {
            Notices.error(getTranslation("fwsup.branch.chooseBoth"));
            return;
        }
        if (slot.enumerator() != null && !slot.enumerator().equals(enumerator.getValue().username())
                && reason.getValue().isBlank()) {
            reason.setErrorMessage(getTranslation("fwsup.branch.reasonNeeded"));
            reason.setInvalid(true);
            return;
        }
        reason.setInvalid(false);
        attempt(() -> {
            assignments.assign(actor, slot.slot(), enumerator.getValue().username(), reason.getValue());
            Notices.success(getTranslation("fwsup.branch.given", enumerator.getValue().displayName()));
            reason.clear();
        });
    }

    void assignWholeVillage() {
        List<BranchSlot> shown = inVillage();
        if (shown.isEmpty() || enumerator.getValue() == null) {
            Notices.error(getTranslation("fwsup.branch.chooseBoth"));
            return;
        }
        attempt(() -> {
            int given = assignments.assignVillage(actor, shown.get(0).slot(), enumerator.getValue().username());
            Notices.success(getTranslation("fwsup.branch.villageGiven", Formats.number(given),
                    enumerator.getValue().displayName()));
        });
    }

    void refresh() {
        all = assignments.branchSlots(actor, roundId);
        String chosen = village.getValue();
        Map<String, String> villages = new LinkedHashMap<>();
        for (BranchSlot s : all) {
            villages.putIfAbsent(key(s), getTranslation("fwsup.branch.villageOf", s.villageName(), s.communeName(),
                    Formats.number(all.stream().filter(o -> key(o).equals(key(s)) && o.order() != null).count()),
                    Formats.number(all.stream().filter(o -> key(o).equals(key(s)) && o.enumerator() == null).count())));
        }
        village.setItems(villages.keySet());
        village.setItemLabelGenerator(villages::get);
        if (chosen != null && villages.containsKey(chosen)) {
            village.setValue(chosen);
        } else if (!villages.isEmpty()) {
            village.setValue(villages.keySet().iterator().next());
        }
        people.getDataProvider().refreshAll();
        people.setItems(members);
        showVillage();
        if (all.isEmpty() && getChildren().noneMatch(c -> c.getId().filter("fwsup-empty"::equals).isPresent())) {
            slots.setVisible(false);
            add(FieldworkWords.empty(this, "fwsup.branch.noCommunes"));
        }
    }

    private void showVillage() {
        slots.setItems(inVillage());
    }

    private List<BranchSlot> inVillage() {
        return all.stream().filter(s -> key(s).equals(village.getValue())).toList();
    }

    private static String key(BranchSlot s) {
        return s.communeCode() + "/" + s.villageName();
    }

    private String count(Member m, InterviewState state) {
        return Formats.number(all.stream().filter(s -> m.username().equals(s.enumerator()))
                .filter(s -> state == null || s.state() == state || state == InterviewState.COMPLETED
                        && s.state() != null && s.state().reviewed()).count());
    }

    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
        refresh();
    }
}
