package vn.thuocdo.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

import java.time.LocalDate;
import java.util.function.BiConsumer;

/**
 * Asks the coordinator for the reason of a change to a round (and a new date when there is one). The action runs
 * on confirm; a refusal is shown in the dialog, which stays open so nothing typed is lost.
 */
class ReasonDialog extends Dialog {

    final DatePicker date = new DatePicker();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReasonDialog(String title, LocalDate initialDate, BiConsumer<LocalDate, String> action, Runnable done) {
        setHeaderTitle(title);
        setId("reason-dialog");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        if (initialDate != null) {
            date.setLabel(getTranslation("dashboard.newDue"));
            date.setValue(initialDate);
            date.setI18n(new DatePicker.DatePickerI18n().setDateFormat("dd/MM/yyyy"));
            date.setId("new-due");
            body.add(date);
        }
        reason.setLabel(getTranslation("dashboard.reason"));
        reason.setWidth("28em");
        reason.setMaxLength(2000);
        reason.setId("change-reason");
        body.add(reason);
        add(body);
        confirm.setText(getTranslation("dashboard.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("confirm-change");
        confirm.addClickListener(e -> {
            try {
                action.accept(initialDate == null ? null : date.getValue(), reason.getValue());
                close();
                done.run();
            } catch (Rejected refused) {
                reason.setErrorMessage(Notices.text(refused));
                reason.setInvalid(true);
            }
        });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
