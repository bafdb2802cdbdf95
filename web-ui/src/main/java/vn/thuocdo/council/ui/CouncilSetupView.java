package vn.thuocdo.council.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.council.CouncilBoard;
import vn.thuocdo.council.Councils;
import vn.thuocdo.council.Member;
import vn.thuocdo.council.Session;
import vn.thuocdo.directory.UnitDirectory;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StageDue;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coordinator's council page (and the form of the task that opens a session): the members and the chair, a
 * session opened with its closing day (the council stage's deadline by default), and how the vote goes.
 */
@Route(value = Councils.SETUP_FORM, layout = MainLayout.class)
@PageTitle("Thiết lập Hội đồng thẩm định · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class CouncilSetupView extends VerticalLayout implements HasUrlParameter<String> {

    private final Councils councils;
    private final Rounds rounds;
    private final Units units;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Grid<Member> members = new Grid<>();
    final ComboBox<UnitDirectory.Person> candidate = new ComboBox<>();
    final Button add = new Button();
    final DatePicker closesOn = new DatePicker();
    final Button open = new Button();
    final Grid<Session> sessions = new Grid<>();
    /** Members change only between sessions: the grid's buttons follow. */
    private boolean voting;

    CouncilSetupView(Councils councils, Rounds rounds, Units units, CurrentActor currentActor) {
        this.councils = councils;
        this.rounds = rounds;
        this.units = units;
        this.actor = currentActor.get();
        setId("council-setup");
        setMaxWidth("1200px");
        // Once: the view is kept when the inbox opens another task of the same route.
        round.addValueChangeListener(e -> show());
        buildControls();
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        removeAll();
        add(new H2(getTranslation("council.setup.title")));
        String chosen;
        try {
            chosen = taskId == null ? null : councils.roundOfTask(taskId, Councils.SETUP_FORM, actor);
        } catch (Rejected refused) {
            add(new vn.thuocdo.web.TaskRefusal(getTranslation("council.setup.title"), refused));
            return;
        }
        List<Round> organised = councils.rounds(actor);
        if (organised.isEmpty()) {
            add(CouncilVoteView.callout("council-no-round", getTranslation("council.setup.noRound")));
            return;
        }
        CouncilWords.chooseRound(this, round, organised, chosen);
        add(round);
        show();
    }

    private void buildControls() {
        members.addColumn(Member::displayName).setHeader(getTranslation("council.vote.member")).setFlexGrow(2);
        members.addColumn(Member::username).setHeader(getTranslation("council.setup.username")).setAutoWidth(true);
        members.addColumn(m -> m.chair() ? getTranslation("council.members.chair") : "")
                .setHeader(getTranslation("council.setup.role")).setAutoWidth(true);
        members.addComponentColumn(m -> {
            Button chair = new Button(getTranslation("council.setup.makeChair"), e -> act(() ->
                    councils.chair(round.getValue().id(), m.username(), actor), "council.setup.chairSet"));
            chair.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            chair.setVisible(!m.chair());
            chair.setEnabled(!voting);
            Button remove = new Button(getTranslation("council.setup.remove"), e -> act(() ->
                    councils.remove(round.getValue().id(), m.username(), actor), "council.setup.removed"));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setEnabled(!voting);
            return new HorizontalLayout(chair, remove);
        }).setAutoWidth(true);
        members.addThemeVariants(GridVariant.LUMO_COMPACT);
        members.setAllRowsVisible(true);
        members.setId("council-member-grid");
        candidate.setLabel(getTranslation("council.setup.candidate"));
        candidate.setItemLabelGenerator(p -> p.displayName() + " (" + p.username() + ")");
        candidate.setId("council-candidate");
        candidate.setWidth("24em");
        add.setText(getTranslation("council.setup.add"));
        add.setId("council-add");
        add.addClickListener(e -> {
            if (candidate.getValue() == null) {
                candidate.setInvalid(true);
                candidate.setErrorMessage(getTranslation("council.setup.pickCandidate"));
                return;
            }
            act(() -> councils.name(round.getValue().id(), candidate.getValue().username(), actor),
                    "council.setup.added");
        });
        closesOn.setLabel(getTranslation("council.setup.closesOn"));
        closesOn.setLocale(Locale.forLanguageTag("vi-VN"));
        closesOn.setId("council-closes-on");
        open.setText(getTranslation("council.setup.open"));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("council-open");
        open.addClickListener(e -> act(() -> councils.open(round.getValue().id(), closesOn.getValue(), actor),
                "council.setup.opened"));
        sessions.addColumn(Session::number).setHeader(getTranslation("council.setup.session")).setAutoWidth(true);
        sessions.addColumn(s -> Formats.dateTime(s.openedAt())).setHeader(getTranslation("council.setup.openedAt"));
        sessions.addColumn(s -> Formats.dateTime(s.closesAt())).setHeader(getTranslation("council.setup.closesAt"));
        sessions.addColumn(Session::members).setHeader(getTranslation("council.setup.memberCount")).setAutoWidth(true);
        sessions.addColumn(s -> s.outcome() == null ? getTranslation("council.setup.voting")
                : getTranslation("council.outcome." + s.outcome().name())).setHeader(getTranslation("council.setup.outcome"));
        sessions.addThemeVariants(GridVariant.LUMO_COMPACT);
        sessions.setAllRowsVisible(true);
        sessions.setId("council-sessions");
    }

    private void show() {
        getChildren().filter(c -> c != round && !(c instanceof H2)).toList().forEach(this::remove);
        if (round.getValue() == null) {
            return;
        }
        CouncilBoard board;
        try {
            board = councils.board(round.getValue().id(), actor);
        } catch (Rejected refused) {
            add(CouncilVoteView.callout("refusal", Notices.text(refused)));
            return;
        }
        voting = board.voting().isPresent();
        members.setItems(board.members());
        Set<String> named = board.members().stream().map(Member::username).collect(Collectors.toSet());
        candidate.setItems(councils.candidates(round.getValue().id(), actor).stream()
                .filter(p -> !named.contains(p.username())).toList());
        candidate.clear();
        add.setEnabled(!voting);
        closesOn.setValue(rounds.schedule(round.getValue().id(), actor).stream()
                .filter(s -> s.stage().key().equals("council")).findFirst().map(StageDue::due).orElse(null));
        open.setEnabled(board.canOpen() && !voting);
        HorizontalLayout adding = new HorizontalLayout(candidate, add);
        adding.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout opening = new HorizontalLayout(closesOn, open);
        opening.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("council.members.title", board.members().size())), members, adding);
        add(new H3(getTranslation("council.setup.sessions")));
        if (!board.canOpen() && !voting) {
            add(CouncilVoteView.callout("council-not-at-stage", getTranslation(board.sessions().stream()
                    .anyMatch(s -> s.outcome() == vn.thuocdo.council.Outcome.APPROVED)
                    ? "council.setup.approved" : "council.setup.notAtStage")));
        }
        add(opening);
        sessions.setItems(board.sessions());
        if (!board.sessions().isEmpty()) {
            add(sessions);
        }
        add(new SessionPanel(board, units.byId(board.round().participants())), new CompiledResults(board.results()));
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Notices.success(getTranslation(success));
            show();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
