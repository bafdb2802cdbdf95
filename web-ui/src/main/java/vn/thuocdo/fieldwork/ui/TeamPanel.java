package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.fieldwork.Branch;
import vn.thuocdo.fieldwork.FieldworkTeams;
import vn.thuocdo.fieldwork.Member;
import vn.thuocdo.fieldwork.Partner;
import vn.thuocdo.fieldwork.SampledCommune;
import vn.thuocdo.fieldwork.TeamRole;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One province of a round for its coordinator: the branches, the chosen branch's people, the sampled communes. */
class TeamPanel extends VerticalLayout {

    private final FieldworkTeams teams;
    private final Actor actor;
    private final String roundId;
    private final String unitId;
    final Grid<Branch> branches = new Grid<>();
    final Select<Partner> partner = new Select<>();
    final TextField branchName = new TextField();
    final Button addBranch = new Button();
    final Select<Branch> branch = new Select<>();
    final Grid<Member> members = new Grid<>();
    final TextField username = new TextField();
    final TextField fullName = new TextField();
    /** Only where members are invited as accounts (Keycloak): their set-password mail goes there. */
    final TextField email = new TextField();
    final Select<TeamRole> role = new Select<>();
    final Button addMember = new Button();
    final Grid<SampledCommune> communes = new Grid<>();
    final Paragraph counts = new Paragraph();
    private List<Branch> known = List.of();
    private Map<Long, List<Member>> people = Map.of();

    TeamPanel(FieldworkTeams teams, Actor actor, String roundId, String unitId) {
        this.teams = teams;
        this.actor = actor;
        this.roundId = roundId;
        this.unitId = unitId;
        setPadding(false);
        add(new H3(getTranslation("fwsup.teams.branches")), branchGrid(), branchForm(),
                new H3(getTranslation("fwsup.teams.people")), memberPart(),
                new H3(getTranslation("fwsup.teams.communes")), counts, communeGrid());
        refresh();
    }

    private Grid<Branch> branchGrid() {
        branches.setId("fwsup-branches");
        branches.addColumn(b -> FieldworkWords.partner(this, b.partner())).setHeader(getTranslation("fwsup.col.partner"))
                .setAutoWidth(true).setFlexGrow(0);
        branches.addColumn(Branch::name).setHeader(getTranslation("fwsup.col.branch")).setFlexGrow(1);
        branches.addColumn(b -> count(b, TeamRole.SUPERVISOR)).setHeader(getTranslation("fwsup.col.supervisors"))
                .setAutoWidth(true).setFlexGrow(0);
        branches.addColumn(b -> count(b, TeamRole.ENUMERATOR)).setHeader(getTranslation("fwsup.col.enumerators"))
                .setAutoWidth(true).setFlexGrow(0);
        branches.setAllRowsVisible(true);
        return branches;
    }

    private HorizontalLayout branchForm() {
        partner.setLabel(getTranslation("fwsup.teams.partner"));
        partner.setItems(Partner.values());
        partner.setItemLabelGenerator(p -> FieldworkWords.partner(this, p));
        partner.setId("fwsup-partner");
        branchName.setLabel(getTranslation("fwsup.teams.branchName"));
        branchName.setId("fwsup-branch-name");
        branchName.setWidth("min(24em, 100%)");
        addBranch.setText(getTranslation("fwsup.teams.addBranch"));
        addBranch.setId("fwsup-add-branch");
        addBranch.addClickListener(e -> attempt(() -> {
            Branch created = teams.createBranch(actor, roundId, unitId, partner.getValue(), branchName.getValue());
            branchName.clear();
            Notices.success(getTranslation("fwsup.teams.branchAdded", created.name()));
        }));
        return form(partner, branchName, addBranch);
    }

    private VerticalLayout memberPart() {
        branch.setLabel(getTranslation("fwsup.col.branch"));
        branch.setItemLabelGenerator(b -> FieldworkWords.partner(this, b.partner()) + " · " + b.name());
        branch.setId("fwsup-member-branch");
        branch.setWidth("min(30em, 100%)");
        branch.addValueChangeListener(e -> showMembers());
        members.setId("fwsup-members");
        members.addColumn(Member::displayName).setHeader(getTranslation("fwsup.col.name")).setFlexGrow(1);
        members.addColumn(Member::username).setHeader(getTranslation("fwsup.col.username")).setAutoWidth(true)
                .setFlexGrow(0);
        members.addColumn(m -> FieldworkWords.role(this, m.role())).setHeader(getTranslation("fwsup.col.role"))
                .setAutoWidth(true).setFlexGrow(0);
        members.setAllRowsVisible(true);
        username.setLabel(getTranslation("fwsup.teams.username"));
        username.setId("fwsup-username");
        fullName.setLabel(getTranslation("fwsup.teams.fullName"));
        fullName.setId("fwsup-full-name");
        role.setLabel(getTranslation("fwsup.col.role"));
        role.setItems(TeamRole.values());
        role.setItemLabelGenerator(r -> FieldworkWords.role(this, r));
        role.setValue(TeamRole.ENUMERATOR);
        role.setId("fwsup-role");
        addMember.setText(getTranslation("fwsup.teams.addMember"));
        addMember.setId("fwsup-add-member");
        addMember.addClickListener(e -> {
            if (branch.getValue() == null) {
                Notices.error(getTranslation("fwsup.teams.chooseBranch"));
                return;
            }
            attempt(() -> {
                if (teams.invitesAccounts()) {
                    FieldworkTeams.MemberInvited invited = teams.inviteMember(actor, branch.getValue().id(),
                            username.getValue(), fullName.getValue(), email.getValue(), role.getValue());
                    String name = invited.member().displayName();
                    Notices.success(getTranslation(!invited.created() ? "fwsup.teams.memberHadAccount"
                            : invited.mailSent() ? "fwsup.teams.memberInvited" : "fwsup.teams.memberInvitedNoMail",
                            name, invited.member().username()));
                } else {
                    Member added = teams.addMember(actor, branch.getValue().id(), username.getValue(),
                            fullName.getValue(), role.getValue());
                    Notices.success(getTranslation("fwsup.teams.memberAdded", added.displayName()));
                }
                username.clear();
                fullName.clear();
                email.clear();
            });
        });
        email.setLabel(getTranslation("accounts.email"));
        email.setId("fwsup-email");
        email.setMaxLength(254);
        email.setVisible(teams.invitesAccounts());
        VerticalLayout part = new VerticalLayout(branch, members, form(username, fullName, email, role, addMember));
        part.setPadding(false);
        return part;
    }

    private Grid<SampledCommune> communeGrid() {
        communes.setId("fwsup-communes");
        communes.addColumn(SampledCommune::code).setHeader(getTranslation("fwsup.col.code")).setAutoWidth(true)
                .setFlexGrow(0);
        communes.addColumn(SampledCommune::name).setHeader(getTranslation("fwsup.col.commune")).setFlexGrow(1);
        communes.addColumn(c -> Formats.number(c.households())).setHeader(getTranslation("fwsup.col.households"))
                .setAutoWidth(true).setFlexGrow(0);
        communes.addComponentColumn(this::branchChoice).setKey("givenTo").setHeader(getTranslation("fwsup.col.givenTo"))
                .setWidth("22em").setFlexGrow(0);
        communes.setAllRowsVisible(true);
        return communes;
    }

    /** The branch a commune is given to, changed on the spot; a refusal puts the select back. */
    private Select<Branch> branchChoice(SampledCommune commune) {
        Select<Branch> choice = new Select<>();
        choice.setItems(known);
        choice.setItemLabelGenerator(b -> FieldworkWords.partner(this, b.partner()) + " · " + b.name());
        choice.setPlaceholder(getTranslation("fwsup.teams.notGiven"));
        choice.setWidthFull();
        choice.setId("fwsup-give-" + commune.code());
        choice.setAriaLabel(getTranslation("fwsup.col.givenTo") + " " + commune.name());
        known.stream().filter(b -> commune.branchId() != null && b.id() == commune.branchId()).findFirst()
                .ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (!e.isFromClient() || e.getValue() == null) {
                return;
            }
            attempt(() -> {
                teams.assignCommune(actor, e.getValue().id(), commune.code());
                Notices.success(getTranslation("fwsup.teams.communeGiven", commune.name(), e.getValue().name()));
            });
        });
        return choice;
    }

    void refresh() {
        known = teams.branches(actor, roundId, unitId);
        people = known.stream().collect(Collectors.toMap(Branch::id, b -> teams.members(actor, b.id())));
        branches.setItems(known);
        Branch chosen = branch.getValue();
        branch.setItems(known);
        known.stream().filter(b -> chosen != null && b.id() == chosen.id()).findFirst()
                .or(() -> known.stream().findFirst()).ifPresent(branch::setValue);
        showMembers();
        List<SampledCommune> sampled = teams.sampledCommunes(actor, roundId, unitId);
        communes.setItems(sampled);
        long given = sampled.stream().filter(c -> c.branchId() != null).count();
        counts.setText(getTranslation("fwsup.teams.counts", Formats.number(sampled.size()), Formats.number(given),
                Formats.number(sampled.stream().mapToLong(SampledCommune::households).sum())));
    }

    private void showMembers() {
        members.setItems(branch.getValue() == null ? List.of() : people.getOrDefault(branch.getValue().id(), List.of()));
    }

    private String count(Branch b, TeamRole r) {
        return Formats.number(people.getOrDefault(b.id(), List.of()).stream().filter(m -> m.role() == r).count());
    }

    /** Does it and shows the new state, or shows the core's refusal and leaves everything as it was. */
    private void attempt(Runnable change) {
        try {
            change.run();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
        refresh();
    }

    private static HorizontalLayout form(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout form = new HorizontalLayout(parts);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setWidthFull();
        return form;
    }
}
