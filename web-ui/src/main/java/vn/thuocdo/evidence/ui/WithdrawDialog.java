package vn.thuocdo.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.evidence.EvidenceFile;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

/** Withdrawing a file asks why: the file stays on record, struck through, with the reason. */
class WithdrawDialog extends Dialog {

    final TextArea reason = new TextArea();

    WithdrawDialog(EvidenceFiles evidence, Actor actor, EvidenceFile file, Runnable done) {
        setHeaderTitle(getTranslation("evidence.withdraw.title", file.fileName()));
        reason.setLabel(getTranslation("evidence.withdraw.reason"));
        reason.setMaxLength(EvidenceFiles.MAX_REASON);
        reason.setRequired(true);
        reason.setWidthFull();
        reason.setId("evidence-withdraw-reason");
        Paragraph kept = new Paragraph(getTranslation("evidence.withdraw.kept"));
        kept.addClassName("td-muted");
        add(kept, reason);
        Button confirm = new Button(getTranslation("evidence.withdraw.confirm"), e -> {
            try {
                evidence.withdraw(actor, file.id(), reason.getValue());
                Notices.success(getTranslation("evidence.withdrawn", file.fileName()));
                close();
                done.run();
            } catch (Rejected refused) {
                reason.setInvalid(true);
                reason.setErrorMessage(Notices.text(refused));
            }
        });
        confirm.setId("evidence-withdraw-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("evidence.cancel"), e -> close()), confirm);
        setWidth("min(96vw, 520px)");
    }
}
