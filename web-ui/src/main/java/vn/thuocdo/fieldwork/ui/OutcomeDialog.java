package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.fieldwork.Household;
import vn.thuocdo.fieldwork.Interview;
import vn.thuocdo.fieldwork.InterviewSlot;
import vn.thuocdo.fieldwork.Interviews;
import vn.thuocdo.fieldwork.Outcome;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Không phỏng vấn được": a visit with no interview gets its outcome, so response rates are honest. Refused, absent
 * (after three visits), moved, another reason told in a note, or replaced by the village's next spare household,
 * named here before it is recorded. The core decides; its refusal is shown in the dialog and nothing is recorded.
 */
final class OutcomeDialog extends Dialog {

    static final int MAX_NOTE = 2000;

    final RadioButtonGroup<Outcome> outcome = new RadioButtonGroup<>();
    final IntegerField visits = new IntegerField();
    final TextArea note = new TextArea();
    final Paragraph replacement = new Paragraph();
    final Div error = new Div();
    final Button save;

    OutcomeDialog(Interviews interviews, Actor actor, InterviewSlot slot, Consumer<String> recorded) {
        setHeaderTitle(getTranslation("fwenum.outcome.title"));
        setId("fwenum-outcome-dialog");
        setWidth("min(36rem, 96vw)");
        Household spare = slot.nextReplacement();
        List<Outcome> offered = new ArrayList<>(List.of(Outcome.REFUSED, Outcome.ABSENT, Outcome.MOVED));
        if (spare != null) {
            offered.add(Outcome.REPLACED);
        }
        offered.add(Outcome.OTHER);
        outcome.setLabel(getTranslation("fwenum.outcome.what"));
        outcome.setItems(offered);
        outcome.setItemLabelGenerator(o -> HouseholdWords.outcome(this, o));
        outcome.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        outcome.setId("fwenum-outcome-code");
        visits.setLabel(getTranslation("fwenum.outcome.visits"));
        visits.setHelperText(getTranslation("fwenum.outcome.visitsHelp"));
        visits.setMin(1);
        visits.setMax(20);
        visits.setStepButtonsVisible(true);
        visits.setValue(Math.max(1, slot.interview() == null ? 1 : slot.interview().visits()));
        visits.setId("fwenum-outcome-visits");
        note.setLabel(getTranslation("fwenum.outcome.note"));
        note.setWidthFull();
        TextLimits.count(note, MAX_NOTE);
        note.setId("fwenum-outcome-note");
        replacement.setId("fwenum-outcome-replacement");
        replacement.setVisible(false);
        if (spare != null) {
            replacement.setText(getTranslation("fwenum.outcome.replacement", HouseholdWords.label(this, spare)));
        }
        outcome.addValueChangeListener(e -> {
            replacement.setVisible(e.getValue() == Outcome.REPLACED);
            note.setRequiredIndicatorVisible(e.getValue() == Outcome.OTHER);
        });
        error.addClassName("td-callout");
        error.setId("fwenum-outcome-error");
        error.setVisible(false);
        add(new Paragraph(getTranslation("fwenum.outcome.explain")), outcome, replacement, visits, note, error);
        save = new Button(getTranslation("fwenum.outcome.save"), e -> save(interviews, actor, slot, recorded));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("fwenum-outcome-save");
        Button cancel = new Button(getTranslation("fwenum.outcome.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        cancel.setId("fwenum-outcome-cancel");
        getFooter().add(cancel, save);
    }

    private void save(Interviews interviews, Actor actor, InterviewSlot slot, Consumer<String> recorded) {
        if (outcome.getValue() == null) {
            refuse(getTranslation("fwenum.outcome.choose"));
            return;
        }
        Outcome chosen = outcome.getValue();
        Household spare = slot.nextReplacement();
        Interview done;
        try {
            done = interviews.recordOutcome(actor, slot.household().slot(), chosen,
                    visits.getValue() == null ? 0 : visits.getValue(),
                    chosen == Outcome.REPLACED && spare != null ? spare.slot() : null, note.getValue());
        } catch (Rejected refused) {
            refuse(Notices.text(refused));
            return;
        }
        close();
        recorded.accept(done.outcome() == Outcome.REPLACED && spare != null
                ? getTranslation("fwenum.outcome.replaced", HouseholdWords.label(this, spare))
                : getTranslation("fwenum.outcome.recorded", HouseholdWords.outcome(this, done.outcome())));
    }

    private void refuse(String message) {
        error.removeAll();
        error.add(new Paragraph(message));
        error.setVisible(true);
    }
}
