package vn.thuocdo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import vn.thuocdo.evidence.EvidenceFiles;
import vn.thuocdo.evidence.ui.EvidencePanel;
import vn.thuocdo.identity.Actor;

/**
 * Opens a sub-criterion's evidence panel in a dialog (list, inline preview of PDF pages and images, download; upload
 * only for the unit's own people - the panel asks the capability). One panel at a time: a scorecard has about a
 * hundred sub-criteria.
 */
class EvidenceButton extends Button {

    Dialog dialog;

    EvidenceButton(EvidenceFiles evidence, Actor actor, String roundId, String unitId, String code, int count,
                   Runnable closed) {
        super(VaadinIcon.PAPERCLIP.create());
        setText(getTranslation("appraise.evidence", count));
        setId("evidence-open-" + code);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("assessment.evidence.title", code));
            dialog.setWidth("min(60em, 100vw)");
            dialog.add(new EvidencePanel(evidence, actor, roundId, unitId, code));
            Button close = new Button(getTranslation("assessment.evidence.close"), c -> dialog.close());
            close.setId("evidence-close");
            dialog.getFooter().add(close);
            dialog.addOpenedChangeListener(o -> {
                if (!o.isOpened()) {
                    closed.run();
                }
            });
            dialog.open();
        });
    }
}
