package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.assessment.Appraisals;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import org.springframework.beans.factory.ObjectProvider;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.LastYearsPlan;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;
import vn.thuocdo.workflow.Tasks;
import vn.thuocdo.workflow.WorkItem;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The appraiser's screen (tasks {@code Task_Appraise} and {@code Task_ReviewExplanations}, or
 * {@code ?round=&unit=} from the "Thẩm định" list): the unit's areas with self / appraised / final sums, each
 * sub-criterion as an {@link AppraisalRow}; then send the result to the unit with an explanation deadline, or after
 * the explanations finalise. Appraisals checks that the person is an assigned appraiser of the unit and completes the
 * waiting task itself; a refusal is audited there.
 */
@Route(value = AppraiseView.ROUTE, layout = MainLayout.class)
@PageTitle("Thẩm định · Thước Đo")
@RolesAllowed("appraiser")
public class AppraiseView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "assessment/appraise";

    private final Appraisals appraisals;
    private final SelfAssessments assessments;
    private final EvidenceFiles evidence;
    private final Tasks tasks;
    private final Clock clock;
    private final Actor actor;
    private final ObjectProvider<LastYearsPlan> lastYearsPlan;
    final Map<String, AppraisalRow> rows = new LinkedHashMap<>();
    final Map<String, Details> areas = new LinkedHashMap<>();
    final Div totals = new Div();
    final DatePicker explanationDue = new DatePicker();
    final Button send = new Button();
    final Button finalise = new Button();
    String roundId;
    String unitId;

    AppraiseView(Appraisals appraisals, SelfAssessments assessments, EvidenceFiles evidence, Tasks tasks, Clock clock,
                 CurrentActor currentActor, ObjectProvider<LastYearsPlan> lastYearsPlan) {
        this.lastYearsPlan = lastYearsPlan;
        this.appraisals = appraisals;
        this.assessments = assessments;
        this.evidence = evidence;
        this.tasks = tasks;
        this.clock = clock;
        this.actor = currentActor.get();
        setMaxWidth("1200px");
        send.addClickListener(e -> act(() -> appraisals.sendToUnit(actor, roundId, unitId, explanationDue.getValue()),
                "appraise.sent"));
        finalise.addClickListener(e -> act(() -> appraisals.finalise(actor, roundId, unitId), "appraise.finalised"));
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        removeAll();
        try {
            if (taskId != null && !taskId.isBlank()) {
                WorkItem item = tasks.open(taskId, actor, ROUTE);
                roundId = item.roundId();
                unitId = item.unitId();
            } else {
                var query = event.getLocation().getQueryParameters();
                roundId = query.getSingleParameter("round").orElse(null);
                unitId = query.getSingleParameter("unit").orElse(null);
            }
            if (roundId == null || unitId == null) {
                Div none = new Div(new Paragraph(getTranslation("appraise.choose")),
                        new Anchor(AppraisalsView.ROUTE, getTranslation("appraise.nav")));
                none.setId("appraise-empty");
                none.addClassName("td-callout");
                add(none);
                return;
            }
            show(appraisals.open(actor, roundId, unitId));
        } catch (Rejected refused) {
            removeAll();
            add(new TaskRefusal(getTranslation("appraise.page"), refused));
        }
    }

    private void show(SelfAssessment assessment) {
        removeAll();
        rows.clear();
        areas.clear();
        AppraisalTotals sums = AppraisalTotals.of(assessment);
        add(new H2(getTranslation("appraise.title", assessment.unitName(), assessment.year())));
        Paragraph state = new Paragraph(getTranslation("appraise.stateLine",
                AssessmentWords.state(this, assessment.state()), assessment.explanationDue() == null
                        ? getTranslation("assessment.noDue") : Formats.date(assessment.explanationDue())));
        state.setId("appraise-state");
        totals.setId("appraise-totals");
        totals.setText(sums.allLine(this, assessment));
        totals.getStyle().set("font-weight", "600");
        add(state, totals);
        // Last year's improvement plan beside the new results, when the unit has one.
        lastYearsPlan.ifAvailable(plan -> plan.beside(actor, roundId, unitId).ifPresent(this::add));
        for (Area area : assessment.scorecard().areas()) {
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            area.criteria().stream().flatMap(c -> c.subCriteria().stream())
                    .forEach(sub -> content.add(row(assessment, sub)));
            Details details = new Details(sums.areaLine(this, area), content);
            details.setId("appraise-area-" + area.code());
            details.setWidthFull();
            areas.put(area.code(), details);
            add(details);
        }
        actions(assessment.state());
    }

    private AppraisalRow row(SelfAssessment assessment, SubCriterion sub) {
        String code = sub.code();
        AppraisalRow row = new AppraisalRow(sub, assessment.value(code), assessment.state(),
                (c, answer, reason) -> refreshed(appraisals.appraise(actor, roundId, unitId, c, answer, reason)),
                (c, answer, reason) -> refreshed(appraisals.setFinal(actor, roundId, unitId, c, answer, reason)),
                new EvidenceButton(evidence, actor, roundId, unitId, code, assessment.value(code).evidence(), () -> { }),
                new ValueTimeline(sub, () -> assessments.timeline(actor, roundId, unitId, code)));
        rows.put(code, row);
        return row;
    }

    private <T> T refreshed(T saved) {
        SelfAssessment now = appraisals.open(actor, roundId, unitId);
        AppraisalTotals sums = AppraisalTotals.of(now);
        totals.setText(sums.allLine(this, now));
        for (Area area : now.scorecard().areas()) {
            areas.get(area.code()).setSummaryText(sums.areaLine(this, area));
        }
        return saved;
    }

    private void actions(AssessmentState state) {
        explanationDue.setLabel(getTranslation("appraise.explanationDue"));
        explanationDue.setId("appraise-explanation-due");
        explanationDue.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
        explanationDue.setValue(TimeZones.today(clock).plusDays(7));
        explanationDue.setMin(TimeZones.today(clock));
        send.setText(getTranslation("appraise.send"));
        send.setId("appraise-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        boolean sendable = state == AssessmentState.SUBMITTED || state == AssessmentState.IN_APPRAISAL
                || state == AssessmentState.EXPLAINED;
        explanationDue.setVisible(sendable);
        send.setVisible(sendable);
        finalise.setText(getTranslation("appraise.finalise"));
        finalise.setId("appraise-finalise");
        finalise.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        finalise.setVisible(state == AssessmentState.EXPLAINED);
        if (state == AssessmentState.EXPLAINED) {
            // Asking again is the exception: the primary action in review is to finalise.
            send.setText(getTranslation("appraise.askAgain"));
            send.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        HorizontalLayout bar = new HorizontalLayout(explanationDue, send, finalise);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        add(bar);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
            show(appraisals.open(actor, roundId, unitId));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
