package vn.thuocdo.compilation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.compilation.Compilations;

import java.util.function.Consumer;

/** Asks why the results are computed again: the reason is kept with the new version. */
class RecomputeDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    RecomputeDialog(Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("compilation.recompute.title"));
        setId("compilation-recompute-dialog");
        reason.setLabel(getTranslation("compilation.recompute.reason"));
        reason.setMaxLength(Compilations.MAX_REASON);
        reason.setRequired(true);
        reason.setWidth("min(36em, 85vw)");
        reason.setId("compilation-reason");
        confirm.setText(getTranslation("compilation.recompute"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("compilation.reasonRequired"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        add(reason);
        getFooter().add(new Button(getTranslation("compilation.cancel"), e -> close()), confirm);
    }
}
