package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.ui.ReasonDialog;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Reproduction;
import vn.thuocdo.survey.SampleReview;
import vn.thuocdo.survey.SampleReviews;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.round.Round;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import java.util.OptionalLong;

/**
 * A round's current sample for its coordinator (the approved one while fieldwork runs, else the one under review):
 * its facts and figures, the download, the reproducibility check, and during fieldwork a redraw with a reason.
 */
@Route(value = SampleView.ROUTE, layout = MainLayout.class)
@PageTitle("Mẫu khảo sát · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class SampleView extends VerticalLayout implements BeforeEnterObserver {

    public static final String ROUTE = "survey/sample";

    private final SampleReviews reviews;
    private final Samples samples;
    private final Actor actor;
    private SampleReview review;
    final Button check = new Button();
    final Button redraw = new Button();
    final Div checked = new Div();

    SampleView(SampleReviews reviews, Samples samples, CurrentActor actor) {
        this.reviews = reviews;
        this.samples = samples;
        this.actor = actor.get();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String roundId = event.getLocation().getQueryParameters().getSingleParameter("round").orElse("");
        add(new H2(getTranslation("sample.view.title")), rounds(roundId));
        try {
            review = reviews.current(roundId, actor).orElseThrow(() -> new Rejected("survey.noSampleYet"));
        } catch (Rejected refused) {
            if (!roundId.isEmpty()) {
                Div refusal = new Div(new Paragraph(Notices.text(refused)));
                refusal.addClassName("td-callout");
                refusal.setId("refusal");
                add(refusal);
            }
            return;
        }
        String sampleId = review.version().id();
        add(new SampleFacts(review, () -> reviews.workbook(sampleId, this::getTranslation, actor)),
                new SampleFigures(review.provinces(), p -> ProvinceUnits.dialog(p.unitCode() + " · " + p.unitName(),
                        reviews.units(sampleId, p.unitId(), actor)).open()));
        check.setText(getTranslation("sample.check"));
        check.setId("check-sample");
        check.addClickListener(e -> check());
        checked.setId("check-result");
        HorizontalLayout actions = new HorizontalLayout(check);
        actions.setWrap(true);
        if (samples.openTask(roundId, SurveyForms.FIELDWORK).isPresent()) {
            redraw.setText(getTranslation("sample.redrawApproved"));
            redraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
            redraw.setId("redraw-approved");
            redraw.addClickListener(e -> redrawDialog().open());
            actions.add(redraw);
        }
        add(checked, actions);
    }

    /** The coordinator's rounds that have a sample; choosing one opens it. */
    private com.vaadin.flow.component.Component rounds(String roundId) {
        Select<Round> round = new Select<>();
        round.setLabel(getTranslation("sample.view.round"));
        java.util.List<Round> all = reviews.roundsWithSample(actor);
        round.setItems(all);
        round.setItemLabelGenerator(Round::name);
        round.setId("sample-round");
        round.setWidth("min(30em, 100%)");
        all.stream().filter(r -> r.id().equals(roundId)).findFirst().ifPresent(round::setValue);
        round.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.of("round", e.getValue().id())));
            }
        });
        if (all.isEmpty()) {
            Div none = new Div(new Paragraph(getTranslation("survey.noSampleYet")));
            none.addClassNames("td-callout", "neutral");
            none.setId("no-sample");
            return none;
        }
        return round;
    }

    void check() {
        checked.removeAll();
        Reproduction again;
        try {
            again = reviews.check(review.version().id(), actor);
        } catch (Rejected refused) {
            Notices.refused(refused);
            return;
        }
        String key = again.sampleSame() ? "sample.check.same"
                : again.framesSame() ? "sample.check.different" : "sample.check.framesChanged";
        checked.add(new Paragraph(getTranslation(key, again.sampleNow())));
        checked.setClassName("td-callout " + (again.sampleSame() ? "success" : "warning"));
    }

    /** The reason first (kept with the new version), then a seed; the approved version stays in use meanwhile. */
    ReasonDialog redrawDialog() {
        String roundId = review.round().id();
        SeedField seed = new SeedField(samples.offeredSeed());
        ReasonDialog dialog = new ReasonDialog(getTranslation("sample.redrawApproved"), null, (date, reason) -> {
            OptionalLong typed = seed.seed();
            if (typed.isEmpty()) {
                throw new Rejected("sample.seed.digits", SeedField.MAX_DIGITS);
            }
            samples.redrawApproved(roundId, typed.getAsLong(), reason, actor);
        }, () -> {
            Notices.success(getTranslation("sample.redrawn"));
            getUI().ifPresent(ui -> ui.navigate(samples.openTask(roundId, SurveyForms.REVIEW)
                    .map(id -> SurveyForms.REVIEW + "/" + id).orElse("inbox")));
        });
        dialog.add(new Paragraph(getTranslation("sample.redrawApproved.explain")), seed);
        return dialog;
    }
}
