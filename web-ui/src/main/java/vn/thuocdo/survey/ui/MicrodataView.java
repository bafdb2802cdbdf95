package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Formats;
import vn.thuocdo.survey.microdata.ExportableRound;
import vn.thuocdo.survey.microdata.MicrodataExport;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;

import java.util.List;

/**
 * The statisticians' page (and their landing page): pick a round, download its pseudonymised microdata as CSV,
 * citizens' and officials' apart. The file is written while it downloads; each download is audited.
 */
@Route(value = MicrodataView.ROUTE, layout = MainLayout.class)
@PageTitle("Dữ liệu vi mô khảo sát · Thước Đo")
@RolesAllowed("survey-statistician")
public class MicrodataView extends VerticalLayout {

    public static final String ROUTE = "survey/microdata";

    private final MicrodataExport export;
    private final Actor actor;
    final Select<ExportableRound> round = new Select<>();
    final Div part = new Div();
    Anchor citizens;
    Anchor officials;

    MicrodataView(MicrodataExport export, CurrentActor actor) {
        this.export = export;
        this.actor = actor.get();
        add(new H2(getTranslation("microdata.title")));
        add(new Paragraph(getTranslation("microdata.explain")), columns());
        List<ExportableRound> rounds = export.rounds(this.actor);
        if (rounds.isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("microdata.none")));
            none.addClassNames("td-callout", "neutral");
            none.setId("no-microdata");
            add(none);
            return;
        }
        round.setLabel(getTranslation("microdata.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(ExportableRound::name);
        round.setId("microdata-round");
        round.setWidth("min(30em, 100%)");
        round.addValueChangeListener(e -> show(e.getValue()));
        part.setWidthFull();
        add(round, part);
        round.setValue(rounds.get(0));
    }

    private UnorderedList columns() {
        UnorderedList list = new UnorderedList();
        for (String key : List.of("respondent", "unit", "weight", "design", "received", "answers")) {
            list.add(new ListItem(getTranslation("microdata.column." + key)));
        }
        list.setId("microdata-columns");
        return list;
    }

    private void show(ExportableRound chosen) {
        part.removeAll();
        citizens = download(chosen, Questionnaire.Kind.CITIZEN, chosen.citizenResponses(), "microdata.citizens");
        officials = download(chosen, Questionnaire.Kind.OFFICIALS, chosen.officialResponses(), "microdata.officials");
        citizens.setId("microdata-citizens");
        officials.setId("microdata-officials");
        HorizontalLayout links = new HorizontalLayout(citizens, officials);
        links.setSpacing(true);
        links.getStyle().set("flex-wrap", "wrap");
        part.add(links);
    }

    private Anchor download(ExportableRound chosen, Questionnaire.Kind kind, long rows, String key) {
        String file = "vi-mo-" + chosen.year() + "-" + (kind == Questionnaire.Kind.CITIZEN ? "nguoi-dan" : "can-bo")
                + ".csv";
        DownloadHandler handler = event -> {
            event.setFileName(file);
            event.setContentType("text/csv; charset=UTF-8");
            export.write(chosen.roundId(), kind, event.getOutputStream(), actor);
        };
        Anchor anchor = new Anchor(handler, getTranslation(key, Formats.number(rows)));
        anchor.getElement().setAttribute("download", file);
        anchor.addClassName("td-button-link");
        return anchor;
    }
}
