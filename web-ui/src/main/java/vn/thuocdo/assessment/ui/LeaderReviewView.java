package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.assessment.AssessmentProblem;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.SubCriterionValue;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;
import vn.thuocdo.web.TextLimits;
import vn.thuocdo.workflow.Tasks;

import java.util.List;

/**
 * The unit leader's review (the task {@code Task_SignOff}): the self-assessment read-only with its totals and what
 * still stops it, then sign off, send back to the officers with a comment, or submit a signed-off one.
 */
@Route(value = LeaderReviewView.ROUTE, layout = MainLayout.class)
@PageTitle("Ký duyệt tự đánh giá · Thước Đo")
@RolesAllowed("unit-leader")
public class LeaderReviewView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "assessment/review";

    private final SelfAssessments assessments;
    private final Rounds rounds;
    private final Tasks tasks;
    private final Actor actor;
    final Div problems = new Div();
    final Button signOff = new Button();
    final Button submit = new Button();
    final TextArea comment = new TextArea();
    final Button sendBack = new Button();
    String roundId;

    LeaderReviewView(SelfAssessments assessments, Rounds rounds, Tasks tasks, CurrentActor currentActor) {
        this.assessments = assessments;
        this.rounds = rounds;
        this.tasks = tasks;
        this.actor = currentActor.get();
        setMaxWidth("1200px");
        // Listeners once: the actions are re-shown after each decision, never re-wired.
        signOff.addClickListener(e -> act(() -> assessments.signOff(actor, roundId, actor.unitId()),
                "assessment.signedOff.done"));
        submit.addClickListener(e -> act(() -> assessments.submit(actor, roundId, actor.unitId()),
                "assessment.submitted"));
        sendBack.addClickListener(e -> act(() -> assessments.sendBack(actor, roundId, actor.unitId(),
                comment.getValue()), "assessment.sentBack.done"));
        TextLimits.count(comment, SelfAssessments.MAX_TEXT);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        removeAll();
        roundId = AssessmentPlace.openOwn(this, event, taskId, ROUTE, actor, tasks, rounds, assessments,
                "assessment.review.page", this::show);
    }

    private void show(SelfAssessment assessment) {
        removeAll();
        add(new AssessmentSummary(assessment), AssessmentReportLinks.forUnit(assessment));
        if (assessment.signedOffBy() != null) {
            Paragraph signed = new Paragraph(getTranslation("assessment.signedOffBy", assessment.signedOffByName(),
                    vn.thuocdo.web.Formats.dateTime(assessment.signedOffAt())));
            signed.setId("assessment-signed-off");
            add(signed);
        }
        problems.removeAll();
        problems.setId("assessment-problems");
        List<AssessmentProblem> found = assessment.problems();
        if (found.isEmpty()) {
            problems.add(new Paragraph(getTranslation("assessment.problems.none")));
        } else {
            problems.add(new H3(getTranslation("assessment.problems.title", found.size())));
            UnorderedList list = new UnorderedList();
            found.forEach(p -> list.add(new ListItem(AssessmentWords.problem(this, p))));
            problems.add(list);
            problems.addClassNames("td-callout", "warning");
        }
        add(problems);
        for (Area area : assessment.scorecard().areas()) {
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            content.setSpacing(false);
            area.criteria().stream().flatMap(c -> c.subCriteria().stream())
                    .forEach(sub -> content.add(line(sub, assessment.value(sub.code()))));
            Details details = new Details(AssessmentSummary.areaLine(new Div(), assessment, area), content);
            details.setId("review-area-" + area.code());
            details.setWidthFull();
            add(details);
        }
        actions(assessment);
    }

    private Div line(SubCriterion sub, SubCriterionValue value) {
        String points = sub.selfScored() ? AssessmentWords.points(value.points()) : getTranslation("assessment.bySurvey");
        Div line = new Div();
        line.setId("review-" + sub.code());
        line.setText(sub.code() + " " + AssessmentWords.text(this, sub.title()) + " — "
                + (sub.selfScored() ? AssessmentWords.answer(this, sub, value.answer()) + " — " : "")
                + points + " / " + AssessmentWords.points(sub.maxPoints())
                + (sub.selfScored() ? " — " + getTranslation("assessment.evidence.count", value.evidence()) : "")
                + (value.note() == null ? "" : " — " + value.note()));
        line.getStyle().set("padding", "var(--lumo-space-xs) 0");
        return line;
    }

    private void actions(SelfAssessment assessment) {
        AssessmentState state = assessment.state();
        signOff.setText(getTranslation("assessment.signOff"));
        signOff.setId("assessment-sign-off");
        signOff.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signOff.setVisible(state == AssessmentState.DRAFT);
        submit.setText(getTranslation("assessment.submit"));
        submit.setId("assessment-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setVisible(!state.submitted());
        comment.setLabel(getTranslation("assessment.comment"));
        comment.setId("assessment-comment");
        comment.setWidthFull();
        sendBack.setText(getTranslation("assessment.sendBack"));
        sendBack.setId("assessment-send-back");
        boolean open = state == AssessmentState.DRAFT || state == AssessmentState.SIGNED_OFF;
        comment.setVisible(open);
        sendBack.setVisible(open);
        add(new HorizontalLayout(signOff, submit), comment, sendBack);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
            show(assessments.open(actor, roundId, actor.unitId()));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
