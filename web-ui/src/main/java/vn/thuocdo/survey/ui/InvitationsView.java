package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.invitation.LetterBatches;
import vn.thuocdo.survey.invitation.LetterBatches.CommuneLetters;
import vn.thuocdo.survey.invitation.LetterBatches.ProvinceLetters;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.forms.VietnameseFormats;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The coordinator's invitation letters for Vietnam Post: per province of the approved sample, its communes and
 * household slots, the letters working and the answers so far (counts only), and the ZIP of letters and code
 * lists, for the whole province or one commune. Issuing again voids the unanswered codes of the earlier letters,
 * which the dialog says before anything happens.
 */
@Route(value = InvitationsView.ROUTE, layout = MainLayout.class)
@PageTitle("Thư mời khảo sát · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class InvitationsView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "survey/invitations";

    private final LetterBatches batches;
    private final Actor actor;
    private Round round;
    private LocalDate deadline;
    final Grid<ProvinceLetters> provinces = new Grid<>();
    final Div empty = new Div();

    InvitationsView(LetterBatches batches, CurrentActor actor) {
        this.batches = batches;
        this.actor = actor.get();
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        round = null;
        String roundId = event.getLocation().getQueryParameters().getSingleParameter("round").orElse("");
        List<Round> rounds = batches.rounds(actor);
        add(new H2(getTranslation("letters.title")), new Paragraph(getTranslation("letters.explain")));
        if (rounds.isEmpty()) {
            add(callout("letters.noRound", "neutral", "no-round"));
            return;
        }
        add(roundChoice(rounds, roundId));
        if (roundId.isEmpty()) {
            return;
        }
        List<ProvinceLetters> rows;
        try {
            round = rounds.stream().filter(r -> r.id().equals(roundId)).findFirst()
                    .orElseThrow(() -> new Rejected("round.notFound"));
            rows = batches.provinces(roundId, actor);
        } catch (Rejected refused) {
            Div refusal = new Div(new Paragraph(Notices.text(refused)));
            refusal.addClassNames("td-callout", "warning");
            refusal.setId("refusal");
            add(refusal);
            return;
        }
        try {
            deadline = batches.deadline(roundId, actor);
            Div due = new Div(new Paragraph(getTranslation("letters.deadline", Formats.date(deadline))));
            due.addClassNames("td-callout", "info");
            due.setId("letters-deadline");
            add(due);
        } catch (Rejected refused) {
            deadline = null;
            Div closed = new Div(new Paragraph(Notices.text(refused)));
            closed.addClassNames("td-callout", "warning");
            closed.setId("letters-unavailable");
            add(closed);
        }
        empty.setId("no-letters");
        empty.addClassNames("td-callout", "neutral");
        add(empty, grid(rows));
        show(rows);
    }

    private Component roundChoice(List<Round> rounds, String roundId) {
        Select<Round> choice = new Select<>();
        choice.setLabel(getTranslation("sample.view.round"));
        choice.setItems(rounds);
        choice.setItemLabelGenerator(Round::name);
        choice.setId("letters-round");
        choice.setWidth("min(30em, 100%)");
        rounds.stream().filter(r -> r.id().equals(roundId)).findFirst().ifPresent(choice::setValue);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.of("round", e.getValue().id())));
            }
        });
        return choice;
    }

    private Grid<ProvinceLetters> grid(List<ProvinceLetters> rows) {
        provinces.removeAllColumns();
        provinces.setId("province-letters");
        provinces.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        provinces.addColumn(p -> p.unitCode() + " · " + p.unitName()).setHeader(getTranslation("sample.col.province"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(1);
        count("letters.col.communes", ProvinceLetters::communes);
        count("letters.col.slots", ProvinceLetters::householdSlots);
        count("letters.col.issued", ProvinceLetters::issued);
        count("letters.col.answered", ProvinceLetters::answered);
        provinces.addComponentColumn(p -> {
            Button issue = new Button(getTranslation("letters.issue"));
            issue.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            issue.setId("issue-" + p.unitId());
            issue.setEnabled(deadline != null);
            issue.addClickListener(e -> dialog(p).open());
            return issue;
            // Kept in view on a tablet, where the counts scroll sideways under it.
        }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        provinces.setAllRowsVisible(rows.size() <= 12);
        if (rows.size() > 12) {
            provinces.setHeight("32em");
        }
        return provinces;
    }

    private void count(String header, ToLongFunction<ProvinceLetters> value) {
        provinces.addColumn(p -> VietnameseFormats.number(value.applyAsLong(p))).setHeader(getTranslation(header))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
    }

    private void show(List<ProvinceLetters> rows) {
        provinces.setItems(rows);
        long issued = rows.stream().mapToLong(ProvinceLetters::issued).sum();
        empty.removeAll();
        empty.add(new Paragraph(getTranslation("letters.none")));
        empty.setVisible(issued == 0);
    }

    /** The counts again, after a download has issued letters. */
    void refresh() {
        if (round != null) {
            show(batches.provinces(round.id(), actor));
        }
    }

    /** What to issue (the province or one commune), what issuing again does, and the download. */
    LettersDialog dialog(ProvinceLetters province) {
        return new LettersDialog(province, batches.communes(round.id(), province.unitId(), actor));
    }

    /** The choice of a province's letters and their download; the warning when earlier letters would be voided. */
    class LettersDialog extends Dialog {

        final Select<CommuneLetters> commune = new Select<>();
        final Div warning = new Div();
        final Anchor download;
        private final ProvinceLetters province;

        LettersDialog(ProvinceLetters province, List<CommuneLetters> communes) {
            this.province = province;
            setHeaderTitle(getTranslation("letters.dialog.title", province.unitName()));
            setWidth("min(36em, 95vw)");
            commune.setLabel(getTranslation("letters.scope"));
            commune.setItems(communes);
            commune.setEmptySelectionAllowed(true);
            commune.setEmptySelectionCaption(getTranslation("letters.scope.province",
                    VietnameseFormats.number(province.communes()), VietnameseFormats.number(province.householdSlots())));
            commune.setItemLabelGenerator(c -> c == null ? commune.getEmptySelectionCaption()
                    : getTranslation("letters.scope.commune", c.communeCode(), c.communeName(),
                    VietnameseFormats.number(c.householdSlots()), VietnameseFormats.number(c.issued())));
            commune.setWidthFull();
            commune.setId("letters-commune");
            commune.addValueChangeListener(e -> warn());
            warning.setId("letters-reissue");
            warning.addClassNames("td-callout", "warning");
            DownloadHandler zip = download -> {
                CommuneLetters chosen = commune.getValue();
                download.setFileName(LetterBatches.zipName(round.year(), province.unitCode(), province.unitName(),
                        chosen == null ? null : chosen.communeCode()));
                download.setContentType("application/zip");
                try {
                    write(chosen, download.getOutputStream());
                } catch (Rejected refused) {
                    // Checked on opening (the deadline, the access); a refusal now (the survey closed meanwhile)
                    // is said on the screen, and the browser gets a 409 rather than a broken file.
                    download.getResponse().setStatus(409);
                    download.getUI().access(() -> Notices.refused(refused));
                }
                download.getUI().access(() -> {
                    close();
                    refresh();
                });
            };
            // A button in the link: looks like the dialog's action, and the browser saves what the link returns.
            Button issue = new Button(getTranslation("letters.download"));
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            download = new Anchor(zip, "");
            download.add(issue);
            download.setId("letters-download");
            Button cancel = new Button(getTranslation("common.cancel"), e -> close());
            cancel.setId("letters-cancel");
            add(new Paragraph(getTranslation("letters.dialog.explain")), commune, warning);
            getFooter().add(new HorizontalLayout(cancel, download));
            warn();
        }

        /** Issues the chosen letters and writes the ZIP: the test's and the download's one way in. */
        void write(CommuneLetters chosen, OutputStream out) throws IOException {
            batches.write(round.id(), province.unitId(), chosen == null ? null : chosen.communeCode(), actor, out);
        }

        private void warn() {
            CommuneLetters chosen = commune.getValue();
            long issued = chosen == null ? province.issued() : chosen.issued();
            warning.removeAll();
            warning.add(new Paragraph(getTranslation("letters.reissue", VietnameseFormats.number(issued))));
            warning.setVisible(issued > 0);
        }
    }

    private Div callout(String key, String tone, String id) {
        Div callout = new Div(new Paragraph(getTranslation(key)));
        callout.addClassNames("td-callout", tone);
        callout.setId(id);
        return callout;
    }
}
