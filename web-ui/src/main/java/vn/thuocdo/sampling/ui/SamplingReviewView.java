package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.forms.Field;
import vn.thuocdo.sampling.DossierCount;
import vn.thuocdo.sampling.FrameRow;
import com.vaadin.flow.component.grid.Grid;
import vn.thuocdo.sampling.ReturnNote;
import java.util.ArrayList;
import java.util.List;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.SamplingEvent;
import vn.thuocdo.sampling.SamplingForms;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRequest;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.sampling.SamplingTask;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Units;
import vn.thuocdo.web.Badges;
import vn.thuocdo.web.CurrentActor;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.MainLayout;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TaskRefusal;
import vn.thuocdo.web.TextLimits;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The coordinator's task "Xem xét thông tin chọn mẫu": approve, or return with a reason the unit will read. */
@Route(value = SamplingForms.REVIEW, layout = MainLayout.class)
@PageTitle("Xem xét thông tin chọn mẫu · Thước Đo")
@RolesAllowed("ministry-coordinator")
public class SamplingReviewView extends VerticalLayout implements HasUrlParameter<String> {


    private final SamplingRequests sampling;
    private final SamplingFrames frames;
    private final Rounds rounds;
    private final Units units;
    private final Actor actor;
    private String taskId;
    private String unitName;
    final TextArea reason = new TextArea();
    /** The reasons pinned to rows and fields, kept here until the coordinator returns the submission. */
    final ReturnNotes pending = new ReturnNotes("pending-notes", this::unpin);
    final TextField rowReason = new TextField();
    final Button pinToRow = new Button();
    final ComboBox<Field> noteField = new ComboBox<>();
    final TextField fieldReason = new TextField();
    final Button pinToField = new Button();
    FrameRows rows;
    Grid<DossierCount> dossierRows;
    private Pinned chosen;
    final Button approve = new Button();
    final Button sendBack = new Button();

    SamplingReviewView(SamplingRequests sampling, SamplingFrames frames, Rounds rounds, Units units,
                       CurrentActor currentActor) {
        this.sampling = sampling;
        this.frames = frames;
        this.rounds = rounds;
        this.units = units;
        this.actor = currentActor.get();
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        removeAll();
        SamplingTask task;
        try {
            task = sampling.reviewTask(taskId, actor);
        } catch (Rejected refused) {
            add(new TaskRefusal(getTranslation("review.title"), refused));
            return;
        }
        SamplingRequest request = task.request();
        unitName = units.find(request.unitId()).map(u -> u.name()).orElse(request.unitId());
        String round = rounds.find(request.roundId(), actor).map(r -> r.name()).orElse("");
        Paragraph intro = new Paragraph(getTranslation("review.intro", unitName, round, Formats.date(request.due())));
        intro.addClassName("td-muted");
        HorizontalLayout submittedBy = new HorizontalLayout(new Paragraph(getTranslation("review.submittedBy",
                request.submittedBy(), Formats.dateTime(request.submittedAt()))));
        if (request.submittedLate()) {
            submittedBy.add(Badges.of(getTranslation("review.late"), "warning"));
        }
        add(new H2(getTranslation("review.title") + ": " + unitName), intro, submittedBy,
                new SamplingFields(task.form(), request.answers(), true, getLocale()),
                new YearComparison(task.form(), request, sampling.previousYear(taskId, actor),
                        id -> units.find(id).map(u -> u.name()).orElse(id), getLocale()),
                frame(request), previousNotes(request), notes(task), decision(), history(request));
    }

    /** On a corrected submission, what the last return asked for, to check it was done. */
    private Component previousNotes(SamplingRequest request) {
        List<ReturnNote> asked = sampling.returnNotes(request);
        ReturnNotes previous = new ReturnNotes("previous-notes", null);
        previous.show(asked);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("notes.previous")), previous);
        section.setPadding(false);
        section.setVisible(!asked.isEmpty());
        return section;
    }

    /** Reasons pinned to a row of Phụ lục 1 (chosen in the table above) or to a field of the form. */
    private Component notes(SamplingTask task) {
        rowReason.setLabel(getTranslation("notes.rowReason.none"));
        rowReason.setWidth("32em");
        TextLimits.count(rowReason, ReturnNote.MAX_REASON);
        rowReason.setEnabled(false);
        rowReason.setId("row-reason");
        pinToRow.setText(getTranslation("notes.add"));
        pinToRow.setEnabled(false);
        pinToRow.setId("pin-row");
        pinToRow.addClickListener(e -> pinRow());
        if (rows != null) {
            rows.grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null && dossierRows != null) {
                    dossierRows.asSingleSelect().clear();
                }
                choose(e.getValue() == null ? null : new Pinned(ReturnNote.onRow(SamplingFrames.FRAME,
                        e.getValue().row(), null), e.getValue().subject()));
            });
        }
        if (dossierRows != null) {
            dossierRows.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null && rows != null) {
                    rows.grid.asSingleSelect().clear();
                }
                choose(e.getValue() == null ? null : new Pinned(ReturnNote.onRow(SamplingFrames.DOSSIERS,
                        e.getValue().row(), null), e.getValue().serviceArea()));
            });
        }
        noteField.setLabel(getTranslation("notes.field"));
        noteField.setItems(task.form().fields());
        noteField.setItemLabelGenerator(f -> f.label().in(getLocale()));
        noteField.setWidth("22em");
        noteField.setId("note-field");
        fieldReason.setLabel(getTranslation("notes.reason"));
        fieldReason.setWidth("32em");
        TextLimits.count(fieldReason, ReturnNote.MAX_REASON);
        fieldReason.setId("field-reason");
        pinToField.setText(getTranslation("notes.add"));
        pinToField.setId("pin-field");
        pinToField.addClickListener(e -> pinField());
        HorizontalLayout onRow = new HorizontalLayout(rowReason, pinToRow);
        onRow.setAlignItems(Alignment.BASELINE);
        onRow.setVisible(rows != null || dossierRows != null);
        HorizontalLayout onField = new HorizontalLayout(noteField, fieldReason, pinToField);
        onField.setAlignItems(Alignment.BASELINE);
        onField.setWrap(true);
        Paragraph help = new Paragraph(getTranslation("notes.help"));
        help.addClassName("td-muted");
        pending.show(List.of());
        VerticalLayout notes = new VerticalLayout(new H3(getTranslation("notes.title")), help, onRow, onField, pending);
        notes.setPadding(false);
        return notes;
    }

    /** The row a note is about, and what it says, from whichever annex table it was chosen in. */
    private record Pinned(ReturnNote where, String subject) {
    }

    private void choose(Pinned row) {
        chosen = row;
        rowReason.setEnabled(row != null);
        pinToRow.setEnabled(row != null);
        rowReason.setLabel(row == null ? getTranslation("notes.rowReason.none")
                : getTranslation("notes.rowReason", getTranslation("notes.annex." + row.where().target()),
                row.where().ref(), row.subject()));
    }

    void pinRow() {
        Pinned row = chosen;
        if (row != null && pin(new ReturnNote(row.where().target(), row.where().ref(), null, rowReason.getValue()),
                row.subject(), rowReason)) {
            if (rows != null) {
                rows.grid.asSingleSelect().clear();
            }
            if (dossierRows != null) {
                dossierRows.asSingleSelect().clear();
            }
        }
    }

    void pinField() {
        Field field = noteField.getValue();
        if (field == null) {
            noteField.setErrorMessage(getTranslation("notes.chooseField"));
            noteField.setInvalid(true);
            return;
        }
        noteField.setInvalid(false);
        if (pin(ReturnNote.onField(field.key(), fieldReason.getValue()), field.label().in(getLocale()), fieldReason)) {
            noteField.clear();
        }
    }

    /** Adds the note, replacing an earlier one on the same row or field: the last word is the one that counts. */
    private boolean pin(ReturnNote note, String subject, TextField reasonField) {
        String text = note.reason() == null ? "" : note.reason().strip();
        if (text.isEmpty()) {
            reasonField.setErrorMessage(getTranslation("notes.reasonRequired"));
            reasonField.setInvalid(true);
            return false;
        }
        if (!TextLimits.within(reasonField, ReturnNote.MAX_REASON)) {
            return false;
        }
        reasonField.setInvalid(false);
        List<ReturnNote> notes = new ArrayList<>(pending.notes());
        notes.removeIf(n -> n.target().equals(note.target()) && n.ref().equals(note.ref()));
        notes.add(new ReturnNote(note.target(), note.ref(), subject, text));
        pending.show(notes);
        reasonField.clear();
        return true;
    }

    private void unpin(ReturnNote note) {
        List<ReturnNote> notes = new ArrayList<>(pending.notes());
        notes.remove(note);
        pending.show(notes);
    }

    /** What the unit's annexes add up to, beside the totals it declared in the form, and their rows. */
    private VerticalLayout frame(SamplingRequest request) {
        java.util.Optional<vn.thuocdo.sampling.FrameSummary> attached = frames.frameSummary(request.id());
        Paragraph summary = new Paragraph(FrameUpload.summaryText(this, attached));
        summary.setId("frame-summary");
        VerticalLayout frame = new VerticalLayout(new H3(getTranslation("frame.title")), summary);
        if (attached.isPresent()) {
            rows = new FrameRows(frames, request.id());
            frame.add(rows);
        }
        Paragraph dossiers = new Paragraph(FrameUpload.dossierText(this, frames.dossierSummary(request.id())));
        dossiers.setId("dossier-summary");
        frame.add(dossiers);
        List<DossierCount> counts = frames.dossierCounts(request.id());
        if (!counts.isEmpty()) {
            dossierRows = new DossierRows(counts);
            frame.add(dossierRows);
        }
        frame.setPadding(false);
        return frame;
    }

    private VerticalLayout decision() {
        reason.setLabel(getTranslation("review.reason"));
        reason.setWidthFull();
        reason.setMaxHeight("14em");
        reason.setId("reason");
        TextLimits.count(reason, SamplingRequests.MAX_REASON_LENGTH);
        approve.setText(getTranslation("review.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve");
        approve.addClickListener(e -> confirm(true));
        sendBack.setText(getTranslation("review.return"));
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.setId("return");
        sendBack.addClickListener(e -> confirm(false));
        VerticalLayout decision = new VerticalLayout(reason, new HorizontalLayout(approve, sendBack));
        decision.setPadding(false);
        return decision;
    }

    /**
     * Both decisions end the coordinator's task and cannot be taken back: ask once more, naming the unit and what
     * it will receive. Text over its limit is refused before asking.
     */
    void confirm(boolean approved) {
        if (!approved && !TextLimits.within(reason, SamplingRequests.MAX_REASON_LENGTH)) {
            return;
        }
        ConfirmDialog sure = new ConfirmDialog();
        sure.setId("confirm-decision");
        sure.setHeader(getTranslation(approved ? "review.approve.question" : "review.return.question", unitName));
        sure.setText(approved ? getTranslation("review.approve.consequence")
                : getTranslation("review.return.consequence", pending.notes().size()));
        sure.setConfirmText(getTranslation(approved ? "review.approve" : "review.return"));
        sure.setConfirmButtonTheme(approved ? "success primary" : "error primary");
        sure.setCancelable(true);
        sure.setCancelText(getTranslation("dialog.back"));
        sure.addConfirmListener(e -> decide(approved));
        sure.open();
    }

    void decide(boolean approved) {
        try {
            if (approved) {
                sampling.approve(taskId, actor);
                Notices.success(getTranslation("review.approved", unitName));
            } else {
                sampling.sendBack(taskId, reason.getValue(), pending.notes(), actor);
                Notices.success(getTranslation("review.returned", unitName));
            }
            getUI().ifPresent(ui -> ui.navigate("inbox"));
        } catch (Rejected refused) {
            Notices.refused(refused);
            if (refused.key().equals("sampling.reasonRequired") || refused.key().equals("sampling.reasonTooLong")) {
                reason.setErrorMessage(Notices.text(refused));
                reason.setInvalid(true);
            }
            approve.setEnabled(true);
            sendBack.setEnabled(true);
        }
    }

    private VerticalLayout history(SamplingRequest request) {
        UnorderedList list = new UnorderedList();
        for (SamplingEvent e : sampling.history(request.id())) {
            list.add(new ListItem(Formats.dateTime(e.at()) + " · " + getTranslation("review.action." + e.action())
                    + " · " + e.actor() + (e.reason() == null ? "" : " · " + e.reason())));
        }
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("review.history")), list);
        history.setPadding(false);
        return history;
    }
}
