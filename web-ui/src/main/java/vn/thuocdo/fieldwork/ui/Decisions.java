package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;

/** A reviewer's decision on an opened interview, the same for the supervisor and the ministry's survey team. */
final class Decisions {

    private Decisions() {
    }

    /** A decision's button, made afresh for each interview opened: the page is reused from one to the next. */
    static Button button(String key, String id, ButtonVariant variant) {
        Button button = new Button();
        button.setText(button.getTranslation(key));
        button.setId(id);
        button.addThemeVariants(variant);
        return button;
    }

    /**
     * Makes the decision and goes on with {@code after} (back to the list); a refusal (no reason, changed
     * meanwhile) stays on the page, a missing reason marked on its field.
     */
    static void make(InterviewPanel panel, Runnable decision, String doneKey, Runnable after) {
        try {
            decision.run();
        } catch (Rejected refused) {
            if (refused.key().equals("fieldwork.reasonRequired")) {
                panel.reason.setErrorMessage(Notices.text(refused));
                panel.reason.setInvalid(true);
            }
            Notices.refused(refused);
            return;
        }
        Notices.success(panel.getTranslation(doneKey));
        after.run();
    }
}
