package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.assessment.AssessmentState;
import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.assessment.SubCriterionValue;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import org.springframework.beans.factory.ObjectProvider;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.LastYearsPlan;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;
import vn.thuocdo.workflow.Tasks;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unit's self-assessment for its officers (the task {@code Task_SelfAssess}, or from the menu): the scorecard's
 * areas, each with its progress and points, and in them every sub-criterion to score and save on its own, so several
 * officers can work on different areas at once. Handing over to the leader is refused while something is missing.
 */
@Route(value = SelfAssessmentView.ROUTE, layout = MainLayout.class)
@PageTitle("Tự đánh giá · Thước Đo")
@RolesAllowed("provincial-officer")
public class SelfAssessmentView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "assessment/self";

    private final SelfAssessments assessments;
    private final Rounds rounds;
    private final Tasks tasks;
    private final vn.thuocdo.evidence.EvidenceFiles evidence;
    private final Actor actor;
    final Map<String, SubCriterionEditor> editors = new LinkedHashMap<>();
    final Map<String, Details> areas = new LinkedHashMap<>();
    final Button handOver = new Button();
    String roundId;
    private AssessmentSummary summary;
    private final ObjectProvider<LastYearsPlan> lastYearsPlan;

    SelfAssessmentView(SelfAssessments assessments, Rounds rounds, Tasks tasks,
                       vn.thuocdo.evidence.EvidenceFiles evidence, CurrentActor currentActor,
                       ObjectProvider<LastYearsPlan> lastYearsPlan) {
        this.lastYearsPlan = lastYearsPlan;
        this.evidence = evidence;
        this.assessments = assessments;
        this.rounds = rounds;
        this.tasks = tasks;
        this.actor = currentActor.get();
        setMaxWidth("1200px");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        removeAll();
        editors.clear();
        areas.clear();
        roundId = AssessmentPlace.openOwn(this, event, taskId, ROUTE, actor, tasks, rounds, assessments,
                "assessment.self.page", this::show);
    }

    private void show(SelfAssessment assessment) {
        boolean editable = assessment.state() == AssessmentState.DRAFT;
        summary = new AssessmentSummary(assessment);
        add(summary, AssessmentReportLinks.forUnit(assessment));
        // Last year's improvement plan beside this year's scoring, when the unit has one.
        lastYearsPlan.ifAvailable(plan -> plan.beside(actor, assessment.roundId(), assessment.unitId())
                .ifPresent(this::add));
        if (!editable) {
            Div locked = new Div(new Paragraph(getTranslation("assessment.locked")));
            locked.addClassName("td-callout");
            locked.setId("assessment-locked");
            if (assessment.state() == AssessmentState.APPRAISED_SENT || assessment.state() == AssessmentState.EXPLAINED
                    || assessment.state() == AssessmentState.FINAL) {
                // Without a waiting task (a round still being prepared, or the task done) the officer reaches the
                // appraisal's result and the explanation from here.
                com.vaadin.flow.component.html.Anchor explain = new com.vaadin.flow.component.html.Anchor(
                        ExplainView.ROUTE + "?round=" + assessment.roundId(), getTranslation("assessment.explainLink"));
                explain.setId("assessment-explain-link");
                locked.add(explain);
            }
            add(locked);
        }
        for (Area area : assessment.scorecard().areas()) {
            VerticalLayout content = new VerticalLayout();
            content.setPadding(false);
            for (Criterion criterion : area.criteria()) {
                content.add(new H4(criterion.code() + " " + AssessmentWords.text(this, criterion.title()) + " ("
                        + getTranslation("assessment.max", AssessmentWords.points(criterion.maxPoints())) + ")"));
                for (SubCriterion sub : criterion.subCriteria()) {
                    SubCriterionEditor editor = new SubCriterionEditor(sub, assessment.value(sub.code()), editable,
                            (code, answer, note, version) -> {
                                SubCriterionValue saved = assessments.score(actor, roundId, actor.unitId(), code,
                                        answer, note, version);
                                refreshSums();
                                return saved;
                            }, evidencePanel(assessment, sub.code()));
                    editors.put(sub.code(), editor);
                    content.add(editor);
                }
            }
            Details details = new Details(AssessmentSummary.areaLine(new Div(), assessment, area), content);
            details.setId("area-" + area.code());
            details.setWidthFull();
            areas.put(area.code(), details);
            add(details);
        }
        handOver.setText(getTranslation("assessment.handOver"));
        handOver.setId("assessment-hand-over");
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.setVisible(editable);
        handOver.addClickListener(e -> handOver());
        add(handOver);
    }

    /** Progress and points per area and in all follow each save (colleagues' saves too, as of now). */
    private void refreshSums() {
        SelfAssessment now = assessments.open(actor, roundId, actor.unitId());
        summary.totals.setText(new AssessmentSummary(now).totals.getText());
        for (Area area : now.scorecard().areas()) {
            Details details = areas.get(area.code());
            if (details != null) {
                details.setSummaryText(AssessmentSummary.areaLine(new Div(), now, area));
            }
        }
    }

    /**
     * The sub-criterion's evidence (vn.thuocdo.evidence.ui.EvidencePanel: attach, list, preview, withdraw), opened in
     * a dialog on demand: a scorecard has about a hundred sub-criteria, and a panel each would load every list and
     * upload at once.
     */
    Component evidencePanel(SelfAssessment assessment, String code) {
        Button open = new Button(getTranslation("assessment.evidence.open"),
                com.vaadin.flow.component.icon.VaadinIcon.PAPERCLIP.create());
        open.setId("evidence-open-" + code);
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.addClickListener(e -> {
            com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
            dialog.setHeaderTitle(getTranslation("assessment.evidence.title", code));
            dialog.setWidth("min(60em, 100vw)");
            dialog.add(new vn.thuocdo.evidence.ui.EvidencePanel(evidence, actor, assessment.roundId(),
                    assessment.unitId(), code));
            Button close = new Button(getTranslation("assessment.evidence.close"), c -> dialog.close());
            close.setId("evidence-close");
            dialog.getFooter().add(close);
            // Files change what the sub-criterion still lacks: the sums and the hand-over follow.
            dialog.addOpenedChangeListener(o -> {
                if (!o.isOpened()) {
                    refreshSums();
                }
            });
            dialog.open();
        });
        Div slot = new Div(open, new ValueTimeline(assessment.scorecard().subCriterion(code).orElseThrow(),
                () -> assessments.timeline(actor, assessment.roundId(), assessment.unitId(), code)));
        slot.setId("evidence-slot-" + code);
        return slot;
    }

    void handOver() {
        try {
            assessments.handToLeader(actor, roundId, actor.unitId());
            Notices.success(getTranslation("assessment.handedOver"));
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
