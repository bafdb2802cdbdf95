package vn.thuocdo.round.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.RoundEvent;
import vn.thuocdo.round.RoundProgress;
import vn.thuocdo.round.RoundState;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.round.StageStatus;
import vn.thuocdo.round.UnitProgress;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.RoundSection;

import java.util.List;

/**
 * A round at a glance: the stage under way, progress per stage, the units (found, filtered, sorted, each opening its
 * request) with overdue ones highlighted, the schedule and the round's history.
 */
@Route(value = "rounds/dashboard", layout = MainLayout.class)
@PageTitle("Bảng theo dõi · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class RoundDashboardView extends VerticalLayout implements HasUrlParameter<String> {

    /** The stage whose figures head the page while it is the only one built. */
    static final String SAMPLING = "sampling";

    private final Rounds rounds;
    private final java.time.Clock clock;
    private final Actor actor;
    private final vn.thuocdo.round.ProgressWorkbooks workbooks;
    private final List<RoundSection> sections;
    private String roundId;
    /** The units' rows, rebuilt with the page. */
    UnitRows units;

    RoundDashboardView(Rounds rounds, CurrentActor currentActor, vn.thuocdo.round.ProgressWorkbooks workbooks,
                       List<RoundSection> sections, java.time.Clock clock) {
        this.clock = clock;
        this.sections = sections;
        this.rounds = rounds;
        this.workbooks = workbooks;
        this.actor = currentActor.get();
        setSizeFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String roundId) {
        this.roundId = roundId;
        show();
    }

    private void show() {
        RoundProgress progress;
        try {
            progress = rounds.progress(roundId, actor);
        } catch (Rejected notTheirs) {
            // Another unit's round or no round at all: the same answer for both.
            throw new NotFoundException();
        }
        removeAll();
        add(new H2(getTranslation("dashboard.title", progress.round().name())));
        if (progress.round().state() == RoundState.DRAFT) {
            Div draft = new Div(new Span(getTranslation("dashboard.draft")));
            draft.addClassNames("td-callout", "warning");
            add(draft);
        }
        com.vaadin.flow.component.button.Button accounts = new com.vaadin.flow.component.button.Button(
                getTranslation("accounts.open"), e -> getUI().ifPresent(ui -> ui.navigate(RoundAccountsView.class, roundId)));
        accounts.setId("open-accounts");
        // The file is made when it is downloaded, with the progress as it is then and the reader's wording.
        com.vaadin.flow.component.html.Anchor export = new com.vaadin.flow.component.html.Anchor(
                com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(download -> {
                    byte[] xlsx = workbooks.matrix(rounds.progress(roundId, actor), this::getTranslation);
                    return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(xlsx),
                            "tien-do-" + progress.round().year() + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.length);
                }), getTranslation("dashboard.export"));
        export.setId("export-xlsx");
        HorizontalLayout actions = new HorizontalLayout(accounts, export);
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        RoundState state = progress.round().state();
        if (state == RoundState.DRAFT || state == RoundState.LAUNCHED) {
            com.vaadin.flow.component.button.Button cancel = new com.vaadin.flow.component.button.Button(
                    getTranslation("dashboard.cancel"), e -> new ReasonDialog(getTranslation("dashboard.cancel"), null,
                    (date, reason) -> rounds.cancel(roundId, reason, actor), () -> done("dashboard.cancelled"))
                    .irreversible(getTranslation("dashboard.cancel.question"), getTranslation("dashboard.cancel"),
                            getTranslation("dialog.next"))
                    .open());
            cancel.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
            cancel.setId("cancel-round");
            actions.add(cancel);
        }
        List<RoundEvent> events = rounds.history(roundId, actor);
        // Each stage's column words its states with its own keys (the survey's were read as sampling's).
        units = new UnitRows(roundId, progress, SAMPLING, this::stageCell,
                state == RoundState.LAUNCHED ? this::unitActions : null);
        StageSchedule schedule = schedule(progress.round(), events);
        add(schedule.current, actions, summary(progress), units);
        // The later stages' own figures (in-person fieldwork once the sample is approved), each from its capability.
        sections.forEach(section -> section.forDashboard(actor, roundId).ifPresent(this::add));
        add(schedule, history(events));
    }

    private Component summary(RoundProgress progress) {
        int total = progress.units().size();
        long submitted = progress.count(SAMPLING, "SUBMITTED") + progress.count(SAMPLING, "APPROVED");
        long approved = progress.count(SAMPLING, "APPROVED");
        FlexLayout cards = new FlexLayout(
                card(getTranslation("dashboard.submitted", submitted, total), progress.share(SAMPLING, "SUBMITTED", "APPROVED"), "submitted"),
                card(getTranslation("dashboard.approved", approved, total), progress.share(SAMPLING, "APPROVED"), "approved"));
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        HorizontalLayout counts = new HorizontalLayout();
        counts.setId("state-counts");
        for (String state : new String[] {"REQUESTED", "SUBMITTED", "RETURNED", "APPROVED"}) {
            counts.add(Badges.of(getTranslation("stage.sampling.state." + state) + ": " + progress.count(SAMPLING, state), "neutral"));
        }
        Span overdue = Badges.of(getTranslation("dashboard.overdue", progress.overdue()), progress.overdue() > 0 ? "error" : "success");
        overdue.setId("overdue-count");
        counts.add(overdue);
        Span reminder = Badges.of(getTranslation("dashboard.reminder", rounds.reminderDaysBefore(roundId)), "neutral");
        reminder.setId("reminder-setting");
        counts.add(reminder);
        VerticalLayout summary = new VerticalLayout(cards, counts);
        summary.setPadding(false);
        return summary;
    }

    private static Div card(String text, double share, String id) {
        ProgressBar bar = new ProgressBar(0, 1, share);
        bar.setId("progress-" + id);
        Div card = new Div(new Span(text), bar);
        card.addClassName("td-card");
        card.setMinWidth("20em");
        return card;
    }

    private Component stageCell(String stage, StageStatus status) {
        if (status == null) {
            Span none = new Span(getTranslation("dashboard.notReached"));
            none.addClassName("td-muted");
            return none;
        }
        Span badge = Badges.of(getTranslation("stage." + stage + ".state." + status.state()), status.tone().name());
        if (status.progress() != null) {
            return progressCell(stage, badge, status.progress());
        }
        Span when = new Span(status.submittedAt() != null
                ? getTranslation("dashboard.stage.submitted", Formats.dateTime(status.submittedAt()))
                : getTranslation("dashboard.stage.due", Formats.date(status.due())));
        when.addClassName("td-muted");
        HorizontalLayout cell = new HorizontalLayout(badge, when);
        cell.setSpacing(true);
        return cell;
    }

    /** A stage that counts answers (the online survey): how many of the target, and a bar. */
    private Component progressCell(String stage, Span badge, StageStatus.Progress progress) {
        Span figures = new Span(getTranslation("stage." + stage + ".progress",
                vn.thuocdo.shared.Formats.number(progress.done()), vn.thuocdo.shared.Formats.number(progress.target()),
                progress.percent()));
        figures.addClassName("td-muted");
        ProgressBar bar = new ProgressBar(0, 1, progress.rate());
        bar.setWidth("5em");
        bar.getElement().setAttribute("aria-label", figures.getText());
        HorizontalLayout cell = new HorizontalLayout(badge, figures, bar);
        cell.setSpacing(true);
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    /** Extension while the unit must act; withdrawal until it is approved or withdrawn. */
    private Component unitActions(UnitProgress unit) {
        HorizontalLayout actions = new HorizontalLayout();
        StageStatus sampling = unit.stage(SAMPLING);
        if (sampling == null) {
            return actions;
        }
        if (sampling.waitingForUnit()) {
            com.vaadin.flow.component.button.Button extend = new com.vaadin.flow.component.button.Button(
                    getTranslation("dashboard.extend"), e -> new ReasonDialog(
                    getTranslation("dashboard.extend") + ": " + unit.unitName(), sampling.due(),
                    (date, reason) -> rounds.extend(roundId, SAMPLING, unit.unitId(), date, reason, actor),
                    () -> done("dashboard.extended", unit.unitName(), ""))
                    .laterThan(sampling.due(), vn.thuocdo.shared.TimeZones.today(clock)).open());
            extend.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
            actions.add(extend);
        }
        if (!sampling.state().equals("APPROVED") && !sampling.state().equals("WITHDRAWN")) {
            com.vaadin.flow.component.button.Button withdraw = new com.vaadin.flow.component.button.Button(
                    getTranslation("dashboard.withdraw"), e -> new ReasonDialog(
                    getTranslation("dashboard.withdraw") + ": " + unit.unitName(), null,
                    (date, reason) -> rounds.withdraw(roundId, unit.unitId(), reason, actor),
                    () -> done("dashboard.withdrawn", unit.unitName()))
                    .irreversible(getTranslation("dashboard.withdraw.question", unit.unitName()),
                            getTranslation("dashboard.withdraw"), getTranslation("dialog.next"))
                    .open());
            withdraw.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL,
                    com.vaadin.flow.component.button.ButtonVariant.LUMO_ERROR);
            actions.add(withdraw);
        }
        return actions;
    }

    private void done(String key, Object... args) {
        vn.thuocdo.web.Notices.success(getTranslation(key, args));
        show();
    }

    private String detail(RoundEvent e) {
        if (e.detail() == null) {
            return "";
        }
        boolean unitCount = e.action().equals("PREPARED") || e.action().equals("LAUNCHED");
        if (e.action().equals("STAGE_RESCHEDULED") && e.detail().contains(": ")) {
            // Stored as "<stage key>: old → new: reason"; the stage is named in the reader's language.
            int colon = e.detail().indexOf(": ");
            return " · " + getTranslation("schedule.stage." + e.detail().substring(0, colon)) + e.detail().substring(colon);
        }
        return " · " + (unitCount ? getTranslation("launch.selected", e.detail()) : e.detail());
    }

    /** Every stage with its deadline and state, the one under way named, so the whole year is in view. */
    private StageSchedule schedule(vn.thuocdo.round.Round round, List<RoundEvent> events) {
        RoundState state = round.state();
        return new StageSchedule(round, rounds.schedule(roundId, actor), events,
                state == RoundState.DRAFT || state == RoundState.LAUNCHED, s -> {
            String stage = getTranslation("schedule.stage." + s.stage().key());
            new ReasonDialog(getTranslation("schedule.reschedule") + ": " + stage,
                    s.due() != null ? s.due() : vn.thuocdo.shared.TimeZones.today(clock),
                    (date, reason) -> rounds.rescheduleStage(roundId, s.stage().key(), date, reason, actor),
                    () -> done("schedule.rescheduled", stage))
                    .notBefore(vn.thuocdo.shared.TimeZones.today(clock)).open();
        });
    }

    private Component history(List<RoundEvent> events) {
        UnorderedList list = new UnorderedList();
        for (RoundEvent e : events) {
            list.add(new ListItem(Formats.dateTime(e.at()) + " · " + getTranslation("dashboard.event." + e.action())
                    + " · " + e.actor() + detail(e)));
        }
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("dashboard.history")), list);
        history.setPadding(false);
        return history;
    }
}
