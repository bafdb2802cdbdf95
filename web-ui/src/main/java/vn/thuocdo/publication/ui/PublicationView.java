package vn.thuocdo.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.publication.ApprovedVersion;
import vn.thuocdo.publication.Publication;
import vn.thuocdo.publication.PublicationOverview;
import vn.thuocdo.publication.Publications;
import vn.thuocdo.publication.PublishedFiles;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.RoundPages;
import vn.thuocdo.workflow.Tasks;


import static vn.thuocdo.web.RoundPages.callout;

/**
 * Công bố kết quả (and the form of the round's "Công bố kết quả" task): per round the council-approved version and
 * what publishing it would freeze, "Công bố" behind an irreversible confirmation, the publications with their state,
 * who and when, and the selected one's files; "Đính chính" with a reason once published.
 */
@Route(value = Publications.PUBLISH_FORM, layout = MainLayout.class)
@PageTitle("Công bố kết quả · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class PublicationView extends VerticalLayout implements HasUrlParameter<String> {

    private final Publications publications;
    private final PublishedFiles published;
    private final Tasks tasks;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Grid<Publication> list = new Grid<>();
    final Button publish = new Button();
    final Button correct = new Button();
    PublishedFileList files;
    private PublicationOverview overview;

    PublicationView(Publications publications, PublishedFiles published, Tasks tasks, CurrentActor currentActor) {
        this.publications = publications;
        this.published = published;
        this.tasks = tasks;
        this.actor = currentActor.get();
        setId("publication");
        setMaxWidth("1300px");
        round.setId("publication-round");
        round.setLabel(getTranslation("publication.round"));
        round.setItemLabelGenerator(r -> r.name() + " (" + r.year() + ")");
        round.setWidth("min(44em, 100%)");
        round.addValueChangeListener(e -> show());
        publish.setText(getTranslation("publication.publish"));
        publish.setId("publication-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> confirmPublish());
        correct.setText(getTranslation("publication.correct"));
        correct.setId("publication-correct");
        correct.addClickListener(e -> new CorrectionDialog(overview.current().map(Publication::code).orElse(""),
                reason -> act(() -> publications.correct(round.getValue().id(), reason, actor))).open());
        list.setId("publication-list");
        list.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setAllRowsVisible(true);
        list.addColumn(Publication::code).setHeader(getTranslation("publication.code")).setAutoWidth(true);
        list.addColumn(this::state).setHeader(getTranslation("publication.state")).setAutoWidth(true);
        list.addColumn(Publication::publishedByName).setHeader(getTranslation("publication.by")).setAutoWidth(true);
        list.addColumn(p -> Formats.dateTime(p.publishedAt())).setHeader(getTranslation("publication.at"))
                .setAutoWidth(true);
        list.addColumn(p -> p.reason() == null ? "—" : p.reason()).setHeader(getTranslation("publication.reason"))
                .setFlexGrow(1);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(this::showFiles));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        RoundPages.open(this, "publication.title", taskId,
                t -> tasks.open(t, actor, Publications.PUBLISH_FORM).roundId(), event, round,
                () -> publications.rounds(actor), Round::id, "publication-no-round", "publication.noRound");
    }

    private void show() {
        getChildren().filter(c -> c != round && !(c instanceof H2)).toList().forEach(this::remove);
        if (round.getValue() == null) {
            return;
        }
        try {
            overview = publications.overview(round.getValue().id(), actor);
        } catch (Rejected refused) {
            add(callout("refusal", Notices.text(refused)));
            return;
        }
        ApprovedVersion approved = overview.approved();
        if (approved == null) {
            add(callout("publication-not-approved", getTranslation("publication.notApproved.hint")));
        } else {
            // Once this very version is published, "sẽ được công bố" would mislead: say which publication holds it.
            String heldBy = overview.current().filter(p -> p.resultVersionId().equals(approved.id()))
                    .map(Publication::code).orElse(null);
            Paragraph what = new Paragraph(heldBy == null
                    ? getTranslation("publication.approved", approved.number(), Formats.dateTime(approved.computedAt()),
                            Formats.number(approved.units()), Formats.number(approved.values()))
                    : getTranslation("publication.approved.published", approved.number(),
                            Formats.dateTime(approved.computedAt()), Formats.number(approved.units()),
                            Formats.number(approved.values()), heldBy));
            what.setId("publication-approved");
            add(what);
        }
        boolean published = overview.current().isPresent();
        publish.setEnabled(approved != null && !published);
        correct.setEnabled(approved != null && published);
        add(new HorizontalLayout(publish, correct));
        if (overview.newerApproved()) {
            add(callout("publication-newer", getTranslation("publication.newerApproved")));
        }
        if (overview.publications().isEmpty()) {
            add(callout("publication-none", getTranslation("publication.none")));
            return;
        }
        list.setItems(overview.publications());
        add(new H3(getTranslation("publication.list")), list);
        list.select(overview.publications().get(0));
    }

    private void showFiles(Publication p) {
        if (files != null) {
            remove(files);
        }
        files = new PublishedFileList(published, publications.files(p.id(), actor));
        add(files);
    }

    private String state(Publication p) {
        if (p.current()) {
            return getTranslation("publication.state.CURRENT");
        }
        String by = overview.publications().stream().filter(o -> o.id().equals(p.supersededBy()))
                .map(Publication::code).findFirst().orElse("—");
        return getTranslation("publication.state.SUPERSEDED", by, Formats.dateTime(p.supersededAt()));
    }

    private void confirmPublish() {
        ConfirmDialog sure = new ConfirmDialog();
        sure.setId("publication-confirm");
        sure.setHeader(getTranslation("publication.publish.question", round.getValue().name()));
        sure.setText(getTranslation("publication.publish.consequence", overview.approved().number(),
                Formats.number(overview.approved().units())));
        sure.setConfirmText(getTranslation("publication.publish"));
        sure.setConfirmButtonTheme("error primary");
        sure.setCancelable(true);
        sure.setCancelText(getTranslation("dialog.back"));
        sure.addConfirmListener(e -> act(() -> publications.publish(round.getValue().id(), actor)));
        sure.open();
    }

    private void act(java.util.function.Supplier<Publication> action) {
        try {
            Publication done = action.get();
            Notices.success(getTranslation("publication.done", done.code()));
            show();
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
