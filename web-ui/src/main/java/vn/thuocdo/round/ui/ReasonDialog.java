package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Asks the coordinator for the reason of a change to a round (and a new date when there is one). The action runs
 * on confirm, after a second question when it cannot be undone; a refusal is shown on the field it is about, and
 * the dialog stays open so nothing typed is lost. The dismiss button reads "Quay lại", never "Hủy", because
 * cancelling a round is itself called "Hủy".
 */
// Shared with other capabilities' screens (the survey's), so exposed to them by name.
@org.springframework.modulith.NamedInterface("reason-dialog")
public class ReasonDialog extends Dialog {

    /** What the round's history keeps of a reason, beside what the change was about. */
    static final int MAX_REASON = vn.thuocdo.round.Rounds.MAX_REASON;
    /** Refusals about the date; anything else about the reason is shown under the reason. */
    private static final Set<String> DATE_REFUSALS = Set.of("round.dueInPast", "round.scheduleOutOfOrder",
            "round.stageDone", "extension.notLater", "sampling.extensionNotLater", "round.extensionNotLater");

    final DatePicker date = new DatePicker();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();
    final Button back = new Button();
    private final boolean asksDate;
    private final BiConsumer<LocalDate, String> action;
    private final Runnable done;
    /** An extension must end later than the deadline it extends. */
    private LocalDate laterThan;
    private String question;
    private String confirmLabel;

    public ReasonDialog(String title, LocalDate initialDate, BiConsumer<LocalDate, String> action, Runnable done) {
        this.asksDate = initialDate != null;
        this.action = action;
        this.done = done;
        setHeaderTitle(title);
        setId("reason-dialog");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (asksDate) {
            date.setLabel(getTranslation("dashboard.newDue"));
            date.setValue(initialDate);
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
            date.setId("new-due");
            date.setWidth("16em");
            date.setManualValidation(true);
            date.addValueChangeListener(e -> date.setInvalid(false));
            body.add(date);
        }
        reason.setLabel(getTranslation("dashboard.reason"));
        reason.setWidth("28em");
        reason.setMaxWidth("100%");
        // A long text scrolls inside the field, so the counter and the message under it stay in view.
        reason.setMaxHeight("14em");
        reason.setId("change-reason");
        TextLimits.count(reason, MAX_REASON);
        body.add(reason);
        add(body);
        confirm.setText(getTranslation("dashboard.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-change");
        confirm.addClickListener(e -> confirm());
        back.setText(getTranslation("dialog.back"));
        back.setId("dismiss-change");
        back.addClickListener(e -> close());
        getFooter().add(back, confirm);
    }

    /**
     * For an extension: the new date must be after {@code current}; the picker offers nothing earlier and starts
     * a week later (or a week from {@code today} when the deadline has passed).
     */
    ReasonDialog laterThan(LocalDate current, LocalDate today) {
        laterThan = current;
        LocalDate from = current.isBefore(today) ? today : current;
        date.setMin(from.isAfter(current) ? from : current.plusDays(1));
        date.setValue(from.plusDays(7));
        date.setHelperText(getTranslation("dashboard.currentDue", Formats.date(current)));
        return this;
    }

    /** No date before {@code earliest} is offered. */
    ReasonDialog notBefore(LocalDate earliest) {
        date.setMin(earliest);
        return this;
    }

    /** The change cannot be undone: ask once more, in words that say so, before doing it. */
    public ReasonDialog irreversible(String question, String confirmLabel, String proceedLabel) {
        this.question = question;
        this.confirmLabel = confirmLabel;
        confirm.setText(proceedLabel);
        add(new Paragraph(question));
        return this;
    }

    private void confirm() {
        if (!TextLimits.within(reason, MAX_REASON)) {
            return;
        }
        if (asksDate && date.getValue() == null) {
            dateError(getTranslation("dashboard.dateRequired"));
            return;
        }
        if (laterThan != null && !date.getValue().isAfter(laterThan)) {
            dateError(getTranslation("dashboard.notLater", Formats.date(laterThan)));
            return;
        }
        if (question == null) {
            run();
            return;
        }
        ConfirmDialog sure = new ConfirmDialog();
        sure.setId("confirm-irreversible");
        sure.setHeader(getHeaderTitle());
        sure.setText(question);
        sure.setConfirmText(confirmLabel);
        sure.setConfirmButtonTheme("error primary");
        sure.setCancelable(true);
        sure.setCancelText(getTranslation("dialog.back"));
        sure.addConfirmListener(e -> run());
        sure.open();
    }

    private void run() {
        try {
            action.accept(asksDate ? date.getValue() : null, reason.getValue());
            close();
            done.run();
        } catch (Rejected refused) {
            if (asksDate && (DATE_REFUSALS.contains(refused.key()) || refused.key().endsWith("notLater"))) {
                dateError(Notices.text(refused));
            } else {
                reason.setErrorMessage(Notices.text(refused));
                reason.setInvalid(true);
            }
        }
    }

    private void dateError(String message) {
        date.setErrorMessage(message);
        date.setInvalid(true);
    }
}
