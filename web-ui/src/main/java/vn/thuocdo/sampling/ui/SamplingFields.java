package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import vn.thuocdo.forms.Field;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.FormDefinition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The fields of a form definition as inputs: built from the methodology data, so a new form version needs no code.
 * Checking stays in the domain; this only shows the domain's verdict next to each field.
 */
class SamplingFields extends FormLayout {

    private final FormDefinition form;
    private final Map<String, HasValue<?, String>> inputs = new LinkedHashMap<>();

    SamplingFields(FormDefinition form, Map<String, String> values, boolean readOnly, Locale locale) {
        this.form = form;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        for (Field field : form.fields()) {
            HasValue<?, String> input = input(field, locale);
            input.setValue(values.getOrDefault(field.key(), ""));
            input.setReadOnly(readOnly);
            inputs.put(field.key(), input);
            Component component = (Component) input;
            component.setId("field-" + field.key());
            add(component);
            if (field.type() == vn.thuocdo.forms.FieldType.LONG_TEXT) {
                setColspan(component, 2);
            }
        }
    }

    private static HasValue<?, String> input(Field field, Locale locale) {
        String label = field.label().in(locale);
        String help = field.help() == null ? null : field.help().in(locale);
        return switch (field.type()) {
            case EMAIL -> {
                EmailField f = new EmailField(label);
                f.setRequiredIndicatorVisible(field.required());
                f.setHelperText(help);
                yield f;
            }
            case LONG_TEXT -> {
                TextArea f = new TextArea(label);
                f.setRequiredIndicatorVisible(field.required());
                f.setHelperText(help);
                if (field.maxLength() != null) {
                    f.setMaxLength(field.maxLength());
                }
                yield f;
            }
            default -> {
                TextField f = new TextField(label);
                f.setRequiredIndicatorVisible(field.required());
                f.setHelperText(help);
                // The domain checks numbers; the browser must not silently drop "1.234" as it does with number inputs.
                if (field.type() == vn.thuocdo.forms.FieldType.INTEGER) {
                    f.setAllowedCharPattern("[0-9. ]");
                }
                if (field.maxLength() != null) {
                    f.setMaxLength(field.maxLength());
                }
                yield f;
            }
        };
    }

    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((key, input) -> values.put(key, input.getValue()));
        return values;
    }

    /** Marks each refused field with its reason, in the reader's language; clears the others. */
    void show(List<FieldError> errors, BiFunction<String, Object[], String> translate, Locale locale) {
        inputs.values().forEach(i -> ((HasValidation) i).setInvalid(false));
        for (FieldError error : errors) {
            HasValue<?, String> input = inputs.get(error.fieldKey());
            if (input == null) {
                continue;
            }
            Object[] args = new Object[error.args().size() + 1];
            args[0] = form.field(error.fieldKey()).map(f -> f.label().in(locale)).orElse(error.fieldKey());
            for (int i = 0; i < error.args().size(); i++) {
                args[i + 1] = error.args().get(i);
            }
            ((HasValidation) input).setErrorMessage(translate.apply(error.code(), args));
            ((HasValidation) input).setInvalid(true);
        }
    }

    HasValue<?, String> input(String key) {
        return inputs.get(key);
    }
}
