package vn.thuocdo.publication.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.publication.Publications;

import java.util.function.Consumer;

/** Asks why a correction (đính chính) is issued: the reason is published with the new publication. */
class CorrectionDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    CorrectionDialog(String currentCode, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("publication.correct.title", currentCode));
        setId("publication-correct-dialog");
        reason.setLabel(getTranslation("publication.correct.reason"));
        reason.setMaxLength(Publications.MAX_REASON);
        reason.setRequired(true);
        reason.setWidth("min(36em, 85vw)");
        reason.setId("publication-reason");
        confirm.setText(getTranslation("publication.correct"));
        confirm.setId("publication-correct-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("publication.reasonRequired"));
                return;
            }
            close();
            onConfirm.accept(reason.getValue());
        });
        Paragraph consequence = new Paragraph(getTranslation("publication.correct.consequence", currentCode));
        consequence.setMaxWidth("min(36em, 85vw)");
        add(consequence, reason);
        getFooter().add(new Button(getTranslation("dialog.back"), e -> close()), confirm);
    }
}
