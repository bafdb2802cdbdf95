package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.SampleReview;
import vn.thuocdo.survey.SampleReviews;
import vn.thuocdo.survey.Samples;
import vn.thuocdo.survey.SurveyForms;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;

import java.util.OptionalLong;

/**
 * The coordinator reviews the drawn sample before approving it: the facts that make it reproducible, the figures
 * per province (a click opens its communes and villages), the download; then approve, redraw with a new seed, or
 * go back to the design.
 */
@Route(value = SurveyForms.REVIEW, layout = MainLayout.class)
@PageTitle("Xem xét mẫu · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class SampleReviewView extends VerticalLayout implements HasUrlParameter<String> {

    private final SampleReviews reviews;
    private final Samples samples;
    private final Actor actor;
    private String taskId;
    private SampleReview review;
    final Button approve = new Button();
    final Button redraw = new Button();
    final Button changeDesign = new Button();
    final Div problems = new Div();

    SampleReviewView(SampleReviews reviews, Samples samples, CurrentActor actor) {
        this.reviews = reviews;
        this.samples = samples;
        this.actor = actor.get();
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        removeAll();
        try {
            review = reviews.reviewTask(taskId, actor);
        } catch (Rejected refused) {
            add(new TaskRefusal(getTranslation("sample.review.title"), refused));
            return;
        }
        String sampleId = review.version().id();
        add(new H2(getTranslation("sample.review.title")), new Paragraph(review.round().name()),
                new SampleFacts(review, () -> reviews.workbook(sampleId, this::getTranslation, actor)),
                new SampleFigures(review.provinces(), p -> ProvinceUnits.dialog(p.unitCode() + " · " + p.unitName(),
                        reviews.units(sampleId, p.unitId(), actor)).open()));
        approve.setText(getTranslation("sample.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-sample");
        approve.addClickListener(e -> confirmApproval());
        redraw.setText(getTranslation("sample.redraw"));
        redraw.setId("redraw-sample");
        redraw.addClickListener(e -> askSeed());
        changeDesign.setText(getTranslation("sample.changeDesign"));
        changeDesign.setId("change-design");
        changeDesign.addClickListener(e -> act(() -> samples.changeDesign(taskId, actor), SurveyForms.DESIGN,
                "sample.designReopened"));
        problems.setId("review-problems");
        HorizontalLayout actions = new HorizontalLayout(approve, redraw, changeDesign);
        actions.setWrap(true);
        add(problems, actions);
    }

    private void confirmApproval() {
        ConfirmDialog sure = new ConfirmDialog();
        sure.setId("confirm-approval");
        sure.setHeader(getTranslation("sample.approve"));
        sure.setText(getTranslation("sample.approve.question", review.version().version()));
        sure.setConfirmText(getTranslation("sample.approve"));
        sure.setCancelable(true);
        sure.setCancelText(getTranslation("dialog.back"));
        sure.addConfirmListener(e -> approve());
        sure.open();
    }

    void approve() {
        String roundId = review.round().id();
        try {
            samples.approve(taskId, actor);
        } catch (Rejected refused) {
            Notices.refused(refused);
            return;
        }
        Notices.success(getTranslation("sample.approved.notice"));
        getUI().ifPresent(ui -> ui.navigate(SampleView.ROUTE, QueryParameters.of("round", roundId)));
    }

    private void askSeed() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("sample.redraw"));
        dialog.setId("redraw-dialog");
        SeedField seed = new SeedField(samples.offeredSeed());
        Button confirm = new Button(getTranslation("sample.redraw"), e -> {
            OptionalLong typed = seed.seed();
            if (typed.isPresent()) {
                dialog.close();
                redraw(typed.getAsLong());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-redraw");
        dialog.add(new Paragraph(getTranslation("sample.redraw.explain")), seed);
        dialog.getFooter().add(new Button(getTranslation("dialog.back"), e -> dialog.close()), confirm);
        dialog.open();
    }

    void redraw(long seed) {
        act(() -> samples.redraw(taskId, seed, actor), SurveyForms.REVIEW, "sample.redrawn");
    }

    private void act(Runnable command, String next, String done) {
        String roundId = review.round().id();
        problems.removeAll();
        try {
            command.run();
        } catch (Rejected refused) {
            DrawRefusals.show(this, refused, problems, null, null, null);
            return;
        }
        Notices.success(getTranslation(done));
        getUI().ifPresent(ui -> ui.navigate(samples.openTask(roundId, next).map(id -> next + "/" + id)
                .orElse("inbox")));
    }
}
