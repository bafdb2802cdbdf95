package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;
import vn.thuocdo.workflow.WorkItem;

/**
 * A stage of the year that Thước Đo does not run yet (the task of {@code ManualStageProcess}, and of a stage's own
 * process where a step is still manual, such as the survey's fieldwork): done the current way, then marked done here
 * so the round moves on. Replaced by each stage's own screens as they land.
 */
@Route(value = Rounds.MANUAL_STAGE, layout = MainLayout.class)
@PageTitle("Giai đoạn thực hiện thủ công · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class ManualStageView extends VerticalLayout implements HasUrlParameter<String> {

    private final Rounds rounds;
    private final Actor actor;
    private String taskId;
    final TextArea note = new TextArea();
    final Button done = new Button();

    ManualStageView(Rounds rounds, CurrentActor currentActor) {
        this.rounds = rounds;
        this.actor = currentActor.get();
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        removeAll();
        WorkItem stage;
        try {
            stage = rounds.manualStage(taskId, actor);
        } catch (Rejected refused) {
            refusal(refused);
            return;
        }
        Div explain = new Div(new Paragraph(getTranslation("manual.explain")));
        explain.addClassNames("td-callout", "warning");
        note.setLabel(getTranslation("manual.note"));
        note.setWidthFull();
        note.setId("stage-note");
        TextLimits.count(note, Rounds.MAX_STAGE_NOTE);
        done.setText(getTranslation("manual.done"));
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        done.setDisableOnClick(true);
        done.setId("stage-done");
        done.addClickListener(e -> complete());
        add(new H2(stage.name()), explain, note, done);
    }

    void complete() {
        if (!TextLimits.within(note, Rounds.MAX_STAGE_NOTE)) {
            done.setEnabled(true);
            return;
        }
        try {
            rounds.completeManualStage(taskId, note.getValue(), actor);
            Notices.success(getTranslation("manual.completed"));
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        } catch (Rejected refused) {
            if (refused.key().equals("round.stageNoteTooLong")) {
                note.setErrorMessage(vn.thuocdo.web.Notices.text(refused));
                note.setInvalid(true);
                done.setEnabled(true);
                return;
            }
            refusal(refused);
        }
    }

    private void refusal(Rejected refused) {
        removeAll();
        add(new vn.thuocdo.web.TaskRefusal(getTranslation("manual.title"), refused));
    }
}
