package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import vn.thuocdo.fieldwork.CallBackAnswer;
import vn.thuocdo.fieldwork.CallBackItem;
import vn.thuocdo.fieldwork.KeyQuestions;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.shared.TimeZones;
import vn.thuocdo.survey.response.InvalidResponse;
import vn.thuocdo.survey.ui.QuestionInput;
import vn.thuocdo.survey.ui.RefusalText;
import vn.thuocdo.web.Formats;
import vn.thuocdo.web.Notices;
import vn.thuocdo.web.TextLimits;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One call-back as the supervisor records it: reached or not; reached, whether the household confirms the visit and
 * its answers to the key questions, each with the questionnaire's own input and skip logic. A refused answer is
 * shown under its question and the dialog stays open, so nothing typed is lost.
 */
class CallBackDialog extends Dialog {

    static final int MAX_NOTE = 2000;

    final RadioButtonGroup<Boolean> reached = new RadioButtonGroup<>();
    final RadioButtonGroup<Boolean> confirmed = new RadioButtonGroup<>();
    final Map<String, QuestionInput> inputs = new LinkedHashMap<>();
    final TextArea note = new TextArea();
    final Button save = new Button();
    private final VerticalLayout asked = new VerticalLayout();
    private final Questionnaire questionnaire;
    private final Clock clock;
    private final Function<CallBackAnswer, CallBackItem> record;
    private final Consumer<CallBackItem> done;

    CallBackDialog(CallBackItem item, String household, KeyQuestions keys, Clock clock,
                   Function<CallBackAnswer, CallBackItem> record, Consumer<CallBackItem> done) {
        this.questionnaire = keys.questionnaire();
        this.clock = clock;
        this.record = record;
        this.done = done;
        setId("fwchk-callback-dialog");
        setHeaderTitle(getTranslation("fwchk.callbacks.dialog", household));
        setWidth("min(40em, 100vw)");
        add(new Paragraph(getTranslation("fwchk.callbacks.interviewedBy", item.enumeratorName(),
                Formats.date(item.drawnAt().atZone(TimeZones.VIETNAM).toLocalDate()))));
        yesNo(reached, "fwchk.callbacks.reached", "fwchk.callbacks.reachedYes", "fwchk.callbacks.reachedNo");
        reached.setId("fwchk-reached");
        yesNo(confirmed, "fwchk.callbacks.confirmed", "fwchk.yes", "fwchk.no");
        confirmed.setId("fwchk-confirmed");
        H4 keyAnswers = new H4(getTranslation("fwchk.callbacks.keyAnswers"));
        // Room below the confirmation's error text, which would otherwise touch the heading.
        keyAnswers.getStyle().set("margin-top", "var(--lumo-space-l)");
        asked.add(confirmed, keyAnswers);
        for (Question question : keys.questions()) {
            QuestionInput input = new QuestionInput(question, questionnaire.choicesOf(question),
                    questionnaire.notValid(), getLocale(), this::refresh);
            inputs.put(question.id(), input);
            asked.add(input.component());
        }
        asked.setPadding(false);
        asked.setAlignItems(FlexComponent.Alignment.STRETCH);
        asked.setVisible(false);
        reached.addValueChangeListener(e -> asked.setVisible(Boolean.TRUE.equals(e.getValue())));
        note.setLabel(getTranslation("fwchk.callbacks.note"));
        note.setWidthFull();
        note.setId("fwchk-note");
        TextLimits.count(note, MAX_NOTE);
        VerticalLayout body = new VerticalLayout(reached, asked, note);
        body.setPadding(false);
        body.setAlignItems(FlexComponent.Alignment.STRETCH);
        add(body);
        save.setText(getTranslation("fwchk.callbacks.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("fwchk-save");
        save.addClickListener(e -> save());
        Button back = new Button(getTranslation("dialog.back"), e -> close());
        getFooter().add(back, save);
        refresh();
    }

    private void yesNo(RadioButtonGroup<Boolean> group, String label, String yes, String no) {
        group.setLabel(getTranslation(label));
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(true, false);
        group.setItemLabelGenerator(v -> getTranslation(v ? yes : no));
    }

    /** Skip logic of the questionnaire among the key questions: one not asked is hidden and left out. */
    private void refresh() {
        var soFar = questionnaire.read(raw(false), Completeness.DRAFT, TimeZones.today(clock)).answers();
        inputs.values().forEach(input -> input.component().setVisible(
                questionnaire.relevant(input.question().id(), soFar, TimeZones.today(clock))));
    }

    private Map<String, Object> raw(boolean shownOnly) {
        Map<String, Object> raw = new LinkedHashMap<>();
        inputs.forEach((id, input) -> {
            Object value = input.raw();
            if (value != null && (!shownOnly || input.component().isVisible())) {
                raw.put(id, value);
            }
        });
        return raw;
    }

    void save() {
        inputs.values().forEach(input -> input.refuse(null));
        reached.setInvalid(false);
        if (reached.getValue() == null) {
            reached.setErrorMessage(getTranslation("fwchk.callbacks.chooseReached"));
            reached.setInvalid(true);
            return;
        }
        if (!TextLimits.within(note, MAX_NOTE)) {
            return;
        }
        CallBackAnswer answer = reached.getValue()
                ? new CallBackAnswer(true, confirmed.getValue(), raw(true), note.getValue())
                : CallBackAnswer.unreachable(note.getValue());
        try {
            CallBackItem saved = record.apply(answer);
            close();
            done.accept(saved);
        } catch (InvalidResponse refused) {
            for (FieldError error : refused.errors()) {
                QuestionInput input = inputs.get(error.fieldKey());
                String label = input == null ? error.fieldKey() : input.question().label().in(getLocale());
                String message = RefusalText.of(this, getLocale(), error, label);
                if (input != null) {
                    input.refuse(message);
                } else {
                    Notices.error(message);
                }
            }
        } catch (Rejected refused) {
            if (refused.key().equals("fwchk.visitConfirmedMissing")) {
                confirmed.setErrorMessage(Notices.text(refused));
                confirmed.setInvalid(true);
            } else {
                Notices.refused(refused);
            }
        }
    }
}
