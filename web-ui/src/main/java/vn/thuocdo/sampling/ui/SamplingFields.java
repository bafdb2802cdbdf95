package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import vn.thuocdo.forms.Answers;
import vn.thuocdo.forms.Field;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.FieldType;
import vn.thuocdo.forms.FormDefinition;
import vn.thuocdo.sampling.ReturnNote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The fields of a form definition as inputs: built from the methodology data, so a new form version needs no code.
 * Reading and checking stay in the form ({@link FormDefinition#read}); this only shows its verdict next to each field.
 */
class SamplingFields extends FormLayout {

    private final FormDefinition form;
    private final Map<String, AnswerInput> inputs = new LinkedHashMap<>();

    SamplingFields(FormDefinition form, Answers values, boolean readOnly, Locale locale) {
        this.form = form;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (Field field : form.fields()) {
            AnswerInput input = new AnswerInput(field, locale);
            input.fill(values, readOnly, locale);
            inputs.put(field.key(), input);
            add(input.component());
            if (field.type() == FieldType.LONG_TEXT) {
                setColspan(input.component(), 2);
            }
        }
    }

    /** The raw values as entered, for the form to read. */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> values.put(key, input.value()));
        return values;
    }

    /** Marks each refused field with its reason, in the reader's language; clears the others. */
    void show(List<FieldError> errors, BiFunction<String, Object[], String> translate, Locale locale) {
        inputs.values().forEach(AnswerInput::clear);
        for (FieldError error : errors) {
            AnswerInput input = inputs.get(error.fieldKey());
            if (input == null) {
                continue;
            }
            List<Object> args = new ArrayList<>();
            args.add(form.field(error.fieldKey()).map(f -> f.label().in(locale)).orElse(error.fieldKey()));
            args.addAll(error.args());
            input.refuse(translate.apply(error.code(), args.toArray()));
        }
    }

    /** The fields a returned task's notes are about: highlighted, with the note under each. */
    void highlight(List<ReturnNote> notes) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        notes.stream().filter(ReturnNote::onField)
                .forEach(n -> byField.computeIfAbsent(n.ref(), k -> new ArrayList<>()).add(n.reason()));
        byField.forEach((key, reasons) -> {
            AnswerInput input = inputs.get(key);
            if (input != null) {
                input.noted(reasons);
            }
        });
    }
}
