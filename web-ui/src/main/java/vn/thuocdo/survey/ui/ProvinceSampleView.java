package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Round;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.ProvinceSample;
import vn.thuocdo.survey.SampleReviews;
import vn.thuocdo.survey.SampleStage;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * A provincial officer's own part of the approved sample: the communes and villages to prepare for, with their
 * replacements, and their download. Which households were drawn is never shown, nor sent: the capability does not
 * read them for a province.
 */
@Route(value = ProvinceSampleView.ROUTE, layout = MainLayout.class)
@PageTitle("Mẫu khảo sát của tỉnh · Thước Đo")
@RolesAllowed("provincial-officer")
public class ProvinceSampleView extends VerticalLayout {

    public static final String ROUTE = "survey/my-sample";

    private final SampleReviews reviews;
    private final Actor actor;
    final Select<Round> round = new Select<>();
    final Div part = new Div();

    ProvinceSampleView(SampleReviews reviews, CurrentActor actor) {
        this.reviews = reviews;
        this.actor = actor.get();
        add(new H2(getTranslation("sample.province.title")));
        List<Round> rounds = reviews.roundsWithApprovedSample(this.actor);
        if (rounds.isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("sample.province.none")));
            none.addClassNames("td-callout", "neutral");
            none.setId("no-sample");
            add(none);
            return;
        }
        round.setLabel(getTranslation("sample.province.round"));
        round.setItems(rounds);
        round.setItemLabelGenerator(Round::name);
        round.setId("sample-round");
        round.setWidth("min(30em, 100%)");
        round.addValueChangeListener(e -> show(e.getValue()));
        part.setWidthFull();
        add(new Paragraph(getTranslation("sample.province.explain")), round, part);
        round.setValue(rounds.get(0));
    }

    private void show(Round chosen) {
        part.removeAll();
        ProvinceSample sample;
        try {
            sample = reviews.provinceSample(chosen.id(), actor);
        } catch (Rejected refused) {
            part.add(new Paragraph(vn.thuocdo.web.Notices.text(refused)));
            return;
        }
        long communes = sample.units().stream().filter(u -> u.stage() == SampleStage.COMMUNE && !u.replacement()).count();
        long villages = sample.units().stream().filter(u -> u.stage() == SampleStage.VILLAGE && !u.replacement()).count();
        Paragraph counts = new Paragraph(getTranslation("sample.province.counts", communes, villages,
                sample.version().version()));
        counts.setId("province-counts");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] xlsx = reviews.provinceWorkbook(chosen.id(), this::getTranslation, actor);
            return new DownloadResponse(new ByteArrayInputStream(xlsx), "mau-khao-sat-" + chosen.year() + "-"
                    + actor.unitId() + ".xlsx", SampleFacts.XLSX, xlsx.length);
        }), getTranslation("sample.download"));
        download.setId("province-download");
        part.add(counts, new ProvinceUnits(sample.units()), download);
    }
}
