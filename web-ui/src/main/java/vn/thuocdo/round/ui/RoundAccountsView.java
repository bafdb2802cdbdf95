package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.directory.Accounts;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;
import java.util.Set;

/**
 * Before or during a round: which participating units can sign in (have their group in Keycloak), creating the
 * missing groups, and inviting an officer who then sets their own password from Keycloak's e-mail.
 */
@Route(value = "rounds/accounts", layout = MainLayout.class)
@PageTitle("Tài khoản đơn vị · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class RoundAccountsView extends VerticalLayout implements HasUrlParameter<String> {

    private final Rounds rounds;
    private final Accounts accounts;
    private final Actor actor;
    private List<Unit> participants = List.of();
    final Grid<Unit> grid = new Grid<>();
    final Button createGroups = new Button();
    final ComboBox<Unit> unit = new ComboBox<>();
    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final Button invite = new Button();

    RoundAccountsView(Rounds rounds, Accounts accounts, CurrentActor currentActor) {
        this.rounds = rounds;
        this.accounts = accounts;
        this.actor = currentActor.get();
    }

    @Override
    public void setParameter(BeforeEvent event, String roundId) {
        Round round = rounds.visibleTo(actor).stream().filter(r -> r.id().equals(roundId)
                && r.organiserUnitId().equals(actor.unitId())).findFirst().orElseThrow(NotFoundException::new);
        participants = accounts.unitsOf(round.participants());
        removeAll();
        add(new H2(getTranslation("accounts.title", round.name())));
        if (!accounts.manageable()) {
            Div note = new Div(new Paragraph(getTranslation("accounts.builtIn")));
            note.addClassNames("td-callout", "warning");
            note.setId("built-in-note");
            add(note);
        }
        grid.removeAllColumns();
        grid.setId("unit-groups");
        grid.addColumn(Unit::code).setHeader(getTranslation("dashboard.col.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Unit::name).setHeader(getTranslation("dashboard.col.unit")).setFlexGrow(1);
        grid.setAllRowsVisible(true);
        createGroups.setText(getTranslation("accounts.createGroups"));
        createGroups.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createGroups.setDisableOnClick(true);
        createGroups.setEnabled(accounts.manageable());
        createGroups.setId("create-groups");
        createGroups.addClickListener(e -> createGroups());
        add(createGroups, grid, inviteForm());
        refresh();
    }

    private VerticalLayout inviteForm() {
        unit.setLabel(getTranslation("dashboard.col.unit"));
        unit.setItems(participants);
        unit.setItemLabelGenerator(u -> u.code() + " · " + u.name());
        username.setLabel(getTranslation("accounts.username"));
        fullName.setLabel(getTranslation("accounts.fullName"));
        email.setLabel(getTranslation("accounts.email"));
        invite.setText(getTranslation("accounts.invite"));
        invite.setDisableOnClick(true);
        invite.setEnabled(accounts.manageable());
        invite.setId("invite");
        invite.addClickListener(e -> invite());
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("accounts.inviteTitle")),
                new FormLayout(unit, username, fullName, email), invite);
        form.setPadding(false);
        return form;
    }

    private void refresh() {
        Set<String> withGroup = accounts.unitsWithGroup(participants, actor);
        if (grid.getColumnByKey("group") != null) {
            grid.removeColumnByKey("group");
        }
        grid.addComponentColumn(u -> withGroup.contains(u.id())
                        ? Badges.of(getTranslation("accounts.hasGroup"), "success")
                        : Badges.of(getTranslation("accounts.noGroup"), "error"))
                .setKey("group").setHeader(getTranslation("accounts.group")).setAutoWidth(true);
        grid.setItems(participants);
    }

    void createGroups() {
        try {
            int created = accounts.createMissingGroups(participants, actor);
            Notices.success(getTranslation("accounts.groupsCreated", created));
            refresh();
        } catch (Rejected refused) {
            Notices.refused(refused);
        } finally {
            createGroups.setEnabled(accounts.manageable());
        }
    }

    void invite() {
        try {
            UnitDirectory.Invitation invitation = accounts.invite(username.getValue(), fullName.getValue(),
                    email.getValue(), unit.getValue() == null ? null : unit.getValue().id(), actor);
            Notices.success(getTranslation(!invitation.created() ? "accounts.exists"
                    : invitation.mailSent() ? "accounts.invited" : "accounts.invitedNoMail", invitation.username()));
            refresh();
        } catch (Rejected refused) {
            Notices.refused(refused);
        } finally {
            invite.setEnabled(accounts.manageable());
        }
    }
}
