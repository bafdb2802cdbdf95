package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.fieldwork.DoubleEntries;
import vn.thuocdo.fieldwork.EntryDifference;
import vn.thuocdo.fieldwork.PaperForm;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.survey.ui.QuestionnaireForm;
import vn.thuocdo.survey.ui.RoundChoice;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;

import java.time.Clock;

import static vn.thuocdo.shared.Formats.number;
import java.util.List;

/**
 * A member of a branch types again the paper forms drawn for a second entry (never their own): the list of forms
 * waiting, then the form itself, the same questionnaire form as the tablet's, without the first entry's answers.
 */
@Route(value = SecondEntryView.ROUTE, layout = MainLayout.class)
@PageTitle("Nhập phiếu giấy lần hai · Thước Đo")
@RolesAllowed({"enumerator", "fieldwork-supervisor"})
public class SecondEntryView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "fieldwork/second-entry";

    private final DoubleEntries entries;
    private final Questionnaires questionnaires;
    private final Clock clock;
    private final Actor actor;
    private final List<Round> rounds;
    final Select<Round> round = new Select<>();
    final Grid<PaperForm> forms = new Grid<>();
    final Div typing = new Div();
    QuestionnaireForm form;

    SecondEntryView(DoubleEntries entries, Rounds roundService, Questionnaires questionnaires, Clock clock,
                    CurrentActor actor) {
        this.entries = entries;
        this.questionnaires = questionnaires;
        this.clock = clock;
        this.actor = actor.get();
        add(new H2(getTranslation("fwproc.second.title")));
        rounds = FieldworkRounds.of(roundService, entries, this.actor);
        if (rounds.isEmpty()) {
            add(new Paragraph(getTranslation("fwproc.noRounds")));
            return;
        }
        RoundChoice.setUp(round, "fwproc.round", "second-entry-round", rounds, ROUTE, this::show);
        forms.setId("second-entry-forms");
        forms.addColumn(PaperForm::communeName).setHeader(getTranslation("fwproc.col.commune")).setAutoWidth(true);
        forms.addColumn(PaperForm::villageName).setHeader(getTranslation("fwproc.col.village")).setAutoWidth(true);
        forms.addColumn(f -> f.drawOrder() == null ? "—" : number(f.drawOrder()))
                .setHeader(getTranslation("fwproc.col.household"));
        forms.addColumn(PaperForm::firstTypist).setHeader(getTranslation("fwproc.col.firstTypist")).setAutoWidth(true);
        forms.addColumn(f -> Formats.date(f.completedAt().atZone(TimeZones.VIETNAM).toLocalDate()))
                .setHeader(getTranslation("fwproc.col.completed")).setAutoWidth(true);
        forms.addComponentColumn(f -> {
            Button type = new Button(getTranslation("fwproc.second.type"), e -> open(f));
            type.setId("type-" + f.interviewId());
            return type;
        }).setKey("type").setAutoWidth(true).setFlexGrow(0);
        forms.setAllRowsVisible(true);
        forms.setEmptyStateText(getTranslation("fwproc.second.none"));
        typing.setWidthFull();
        add(new Paragraph(getTranslation("fwproc.second.explain")), round, forms, typing);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RoundChoice.apply(event, round, rounds);
    }

    private void show(Round chosen) {
        typing.removeAll();
        try {
            forms.setItems(entries.waiting(actor, chosen.id()));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }

    private void open(PaperForm paper) {
        typing.removeAll();
        form = questionnaires.find(paper.questionnaire()).map(q -> new QuestionnaireForm(q, getLocale(), clock))
                .orElse(null);
        if (form == null) {
            return;
        }
        H3 heading = new H3(getTranslation("fwproc.second.typing", paper.communeName(), paper.villageName(),
                paper.drawOrder() == null ? "—" : number(paper.drawOrder())));
        Button send = new Button(getTranslation("fwproc.second.send"), e -> send(paper));
        send.setId("send-second-entry");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        typing.add(heading, form, send);
    }

    private void send(PaperForm paper) {
        try {
            List<EntryDifference> differences = entries.enter(actor, paper.interviewId(), form.answers());
            Notices.success(differences.isEmpty() ? getTranslation("fwproc.second.same")
                    : getTranslation("fwproc.second.differ", number(differences.size())));
            show(round.getValue());
        } catch (InvalidResponse invalid) {
            form.showErrors(invalid.errors());
            Notices.error(getTranslation("fwproc.second.invalid"));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
