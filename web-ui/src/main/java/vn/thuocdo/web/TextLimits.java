package vn.thuocdo.web;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A limit on free text that is shown, not enforced by cutting: a counter "n/2.000" under the field as it is typed,
 * and past the limit the field is marked with a message and the screen refuses to send it. No {@code maxlength}
 * attribute, because the browser cuts a longer paste without a word, which is the silent loss this prevents.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static void count(TextArea field, int max) {
        field.setManualValidation(true);
        counter(field, max);
    }

    public static void count(TextField field, int max) {
        field.setManualValidation(true);
        counter(field, max);
    }

    /** Within the limit, or the field says by how much it is over; the caller then sends nothing. */
    public static boolean within(TextFieldBase<?, String> field, int max) {
        int length = length(field.getValue());
        if (length <= max) {
            return true;
        }
        field.setErrorMessage(field.getTranslation("text.tooLong", max, length));
        field.setInvalid(true);
        return false;
    }

    /** Characters as people count them (a Vietnamese letter with its marks is one), not UTF-16 units. */
    static int length(String value) {
        return value == null ? 0 : value.codePointCount(0, value.length());
    }

    private static void counter(TextFieldBase<?, String> field, int max) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(300);
        show(field, max);
        field.addValueChangeListener(e -> {
            show(field, max);
            if (length(field.getValue()) <= max) {
                field.setInvalid(false);
            } else {
                within(field, max);
            }
        });
    }

    private static void show(TextFieldBase<?, String> field, int max) {
        field.setHelperText(field.getTranslation("text.counter", length(field.getValue()), max));
    }
}
