package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import vn.thuocdo.assessment.SubCriterionValue;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;
import vn.thuocdo.workflow.Tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unit's explanation (giải trình, the task {@code Task_Explain}): only the sub-criteria the appraisers adjusted,
 * each with both points and their reason, an explanation and the evidence panel to add files; a deadline banner; and
 * "Gửi giải trình", which saves what is typed and completes the task. Read-only once sent or past the deadline. The
 * unit is always the signed-in officer's own; Appraisals checks again.
 */
@Route(value = ExplainView.ROUTE, layout = MainLayout.class)
@PageTitle("Giải trình · Thước Đo")
@RolesAllowed("provincial-officer")
public class ExplainView extends VerticalLayout implements HasUrlParameter<String> {

    static final String ROUTE = "assessment/explain";

    private final Appraisals appraisals;
    private final SelfAssessments assessments;
    private final EvidenceFiles evidence;
    private final Rounds rounds;
    private final Tasks tasks;
    private final Clock clock;
    private final Actor actor;
    final Map<String, ExplanationRow> rows = new LinkedHashMap<>();
    final Div banner = new Div();
    final Button send = new Button();
    String roundId;

    ExplainView(Appraisals appraisals, SelfAssessments assessments, EvidenceFiles evidence, Rounds rounds, Tasks tasks,
                Clock clock, CurrentActor currentActor) {
        this.appraisals = appraisals;
        this.assessments = assessments;
        this.evidence = evidence;
        this.rounds = rounds;
        this.tasks = tasks;
        this.clock = clock;
        this.actor = currentActor.get();
        setMaxWidth("1200px");
        send.addClickListener(e -> send());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String taskId) {
        removeAll();
        roundId = AssessmentPlace.openOwn(this, event, taskId, ROUTE, actor, tasks, rounds, assessments,
                "explain.page", this::show);
    }

    private void show(SelfAssessment assessment) {
        removeAll();
        rows.clear();
        add(new H2(getTranslation("explain.title", assessment.unitName(), assessment.year())));
        LocalDate due = assessment.explanationDue();
        boolean late = due != null && TimeZones.today(clock).isAfter(due);
        boolean editable = assessment.state() == AssessmentState.APPRAISED_SENT && !late;
        banner.setId("explain-deadline");
        banner.removeAll();
        banner.removeClassName("warning");
        banner.addClassName("td-callout");
        String key = assessment.state().ordinal() < AssessmentState.APPRAISED_SENT.ordinal() ? "explain.notYet"
                : assessment.state() != AssessmentState.APPRAISED_SENT ? "explain.sent"
                : late ? "explain.late" : "explain.due";
        banner.add(new Paragraph(getTranslation(key, due == null ? "—" : Formats.date(due))));
        if (editable) {
            banner.addClassName("warning");
        }
        add(banner);
        if (assessment.state().ordinal() >= AssessmentState.APPRAISED_SENT.ordinal()) {
            for (SubCriterion sub : assessment.scorecard().subCriteria()) {
                SubCriterionValue value = assessment.value(sub.code());
                if (value != null && value.adjusted()) {
                    add(row(assessment, sub, value, editable));
                }
            }
            if (rows.isEmpty()) {
                Paragraph none = new Paragraph(getTranslation("explain.none"));
                none.setId("explain-none");
                add(none);
            }
        }
        send.setText(getTranslation("explain.send"));
        send.setId("explain-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setVisible(editable);
        add(send);
    }

    private ExplanationRow row(SelfAssessment assessment, SubCriterion sub, SubCriterionValue value, boolean editable) {
        String code = sub.code();
        ExplanationRow row = new ExplanationRow(sub, value, editable,
                (c, text) -> appraisals.explain(actor, roundId, actor.unitId(), c, text),
                new EvidenceButton(evidence, actor, roundId, actor.unitId(), code, value.evidence(), () -> { }),
                new ValueTimeline(sub, () -> assessments.timeline(actor, roundId, actor.unitId(), code)));
        rows.put(code, row);
        return row;
    }

    /** Saves what is typed and not saved, then tells the appraisers the unit is done; stops at the first refusal. */
    void send() {
        for (ExplanationRow row : rows.values()) {
            if (row.unsaved() && !row.save()) {
                return;
            }
        }
        try {
            appraisals.explanationsDone(actor, roundId, actor.unitId());
            Notices.success(getTranslation("explain.sentDone"));
            show(assessments.open(actor, roundId, actor.unitId()));
        } catch (Rejected refused) {
            Notices.refused(refused);
        }
    }
}
