package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.InvalidAnswers;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingForms;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingState;
import vn.thuocdo.sampling.SamplingTask;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;

import java.time.Clock;

/** The provincial officer's task "Cung cấp thông tin chọn mẫu". The task id comes from the URL and is checked. */
@Route(value = SamplingForms.SUBMIT, layout = MainLayout.class)
@PageTitle("Cung cấp thông tin chọn mẫu · Thước Đo")
@RolesAllowed("provincial-officer")
public class SamplingSubmitView extends VerticalLayout implements HasUrlParameter<String> {

    private final SamplingRequests sampling;
    private final SamplingFrames frames;
    private final Rounds rounds;
    private final Units units;
    private final Actor actor;
    private final Clock clock;
    private String taskId;
    SamplingFields fields;
    final Button submit = new Button();

    SamplingSubmitView(SamplingRequests sampling, SamplingFrames frames, Rounds rounds, Units units,
                       CurrentActor currentActor, Clock clock) {
        this.sampling = sampling;
        this.frames = frames;
        this.rounds = rounds;
        this.units = units;
        this.actor = currentActor.get();
        this.clock = clock;
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        removeAll();
        SamplingTask task;
        try {
            task = sampling.submitTask(taskId, actor);
        } catch (Rejected refused) {
            showRefusal(refused);
            return;
        }
        add(new H2(getTranslation("submit.title")), intro(task));
        if (task.request().due() != null && TimeZones.today(clock).isAfter(task.request().due())) {
            Div late = new Div(new Span(getTranslation("submit.overdue")));
            late.addClassNames("td-callout", "warning");
            late.setId("late-warning");
            add(late);
        }
        if (task.request().state() == SamplingState.RETURNED) {
            Div returned = new Div(new Paragraph(getTranslation("submit.returned")));
            if (task.request().reviewReason() != null) {
                returned.add(new Paragraph(task.request().reviewReason()));
            }
            java.util.List<vn.thuocdo.sampling.ReturnNote> notes = sampling.returnNotes(task.request());
            if (!notes.isEmpty()) {
                ReturnNotes pinned = new ReturnNotes("returned-notes", null);
                pinned.show(notes);
                returned.add(new Paragraph(getTranslation("submit.returnedNotes", notes.size())), pinned);
            }
            returned.addClassName("td-callout");
            returned.setId("returned-reason");
            if (!notes.isEmpty()) {
                returned.setWidthFull();
                returned.getStyle().set("box-sizing", "border-box");
            }
            add(returned);
        }
        fields = new SamplingFields(task.form(), task.request().answers(), false, getLocale());
        if (task.request().state() == SamplingState.RETURNED) {
            fields.highlight(sampling.returnNotes(task.request()));
        }
        submit.setText(getTranslation("submit.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setDisableOnClick(true);
        submit.setId("submit");
        submit.addClickListener(e -> submit());
        add(fields, new FrameUpload(frames, taskId, task.request().id(), actor), submit);
    }

    private Paragraph intro(SamplingTask task) {
        String unit = units.find(task.request().unitId()).map(u -> u.name()).orElse(task.request().unitId());
        String round = rounds.find(task.request().roundId(), actor).map(r -> r.name()).orElse("");
        Paragraph intro = new Paragraph(getTranslation("submit.intro", unit, round, Formats.date(task.request().due())));
        intro.addClassName("td-muted");
        return intro;
    }

    void submit() {
        try {
            sampling.submit(taskId, fields.values(), actor);
            Notices.success(getTranslation("submit.done"));
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        } catch (InvalidAnswers invalid) {
            fields.show(invalid.errors(), this::getTranslation, getLocale());
            Notices.error(getTranslation("submit.fix", invalid.errors().size()));
            submit.setEnabled(true);
        } catch (Rejected refused) {
            showRefusal(refused);
        }
    }

    private void showRefusal(Rejected refused) {
        removeAll();
        add(new TaskRefusal(getTranslation("submit.title"), refused));
    }
}
