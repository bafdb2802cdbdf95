package vn.thuocdo.sampling.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.Answers;
import vn.thuocdo.forms.Field;
import vn.thuocdo.forms.FieldType;
import vn.thuocdo.forms.Input;
import vn.thuocdo.forms.Option;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * One field of a form on screen, chosen by its type. Numbers are typed into plain text fields and read by the form's
 * own rules: a number input would silently drop "1.5" to 15 or "-5" to 5, where the form says why it refuses them.
 * Under the field: its help, the coordinator's note when the task came back, and for text a counter "n/max".
 */
final class AnswerInput {

    static final String NOTED = "td-noted";

    private final Field field;
    private final Locale locale;
    private final Component component;
    private final Span help = new Span();
    private final Span note = new Span();
    private final Span counter = new Span();

    AnswerInput(Field field, Locale locale) {
        this.field = field;
        this.locale = locale;
        this.component = component(field, locale);
        component.setId("field-" + field.key());
        if (field.help() != null) {
            help.setText(field.help().in(locale));
        }
        note.addClassName("td-note");
        note.setVisible(false);
        counter.addClassName("td-counter");
        counter.setId("counter-" + field.key());
        counter.setVisible(field.type().isText());
        Div under = new Div(help, note, counter);
        under.addClassName("td-field-help");
        ((HasHelper) component).setHelperComponent(under);
        if (field.type().isText()) {
            ((HasValue<?, ?>) component).addValueChangeListener(e -> count());
            count();
        }
    }

    private static Component component(Field field, Locale locale) {
        String label = field.label().in(locale);
        Component made = switch (field.type()) {
            case LONG_TEXT -> {
                TextArea area = new TextArea(label);
                area.setValueChangeMode(ValueChangeMode.LAZY);
                yield area;
            }
            case EMAIL -> new EmailField(label);
            case DATE -> {
                DatePicker picker = new DatePicker(label);
                DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
                i18n.setDateFormat("dd/MM/yyyy");
                picker.setI18n(i18n);
                yield picker;
            }
            case CHOICE -> {
                Select<String> select = new Select<>();
                select.setLabel(label);
                select.setItems(field.choices().stream().map(Option::key).toList());
                select.setItemLabelGenerator(key -> field.choices().stream().filter(o -> o.key().equals(key))
                        .findFirst().map(o -> o.label().in(locale)).orElse(key));
                yield select;
            }
            default -> {
                TextField text = new TextField(label);
                if (field.type() == FieldType.INTEGER || field.type() == FieldType.DECIMAL) {
                    text.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
                }
                if (field.type() == FieldType.TEXT) {
                    text.setValueChangeMode(ValueChangeMode.LAZY);
                }
                yield text;
            }
        };
        ((HasValue<?, ?>) made).setRequiredIndicatorVisible(field.required());
        return made;
    }

    Component component() {
        return component;
    }

    /** Typed answers into the field: as they are typed when editable, formatted the Vietnamese way when read-only. */
    @SuppressWarnings("unchecked")
    void fill(Answers answers, boolean readOnly, Locale locale) {
        Answer answer = answers.get(field.key()).orElse(null);
        if (component instanceof DatePicker picker) {
            picker.setValue(answer instanceof Answer.Day day ? day.date() : null);
        } else if (component instanceof Select<?> select) {
            ((Select<String>) select).setValue(answer instanceof Answer.Choice choice ? choice.key() : null);
        } else {
            ((HasValue<?, String>) component).setValue(readOnly ? answers.shown(field, locale) : answers.editable(field.key()));
        }
        ((HasValue<?, ?>) component).setReadOnly(readOnly);
        if (readOnly) {
            counter.setVisible(false);
        }
    }

    /** What was entered, as the form reads it: a text, a date from the picker, an option's key; null when empty. */
    Object value() {
        Object value = ((HasValue<?, ?>) component).getValue();
        return value instanceof LocalDate || value instanceof String ? value : null;
    }

    void refuse(String message) {
        ((HasValidation) component).setErrorMessage(message);
        ((HasValidation) component).setInvalid(true);
    }

    void clear() {
        ((HasValidation) component).setInvalid(false);
    }

    /** The coordinator's notes on this field, shown under it, and the field marked so the officer finds it. */
    void noted(List<String> reasons) {
        component.addClassName(NOTED);
        note.setText(String.join(" · ", reasons));
        note.setVisible(true);
    }

    /**
     * "n/max" under a text field as it is typed, counted as the form counts (composed, trimmed); above the bound the
     * field says so at once. Nothing is cut: the text stays as typed until the person shortens it.
     */
    private void count() {
        int length = textValue().codePointCount(0, textValue().length());
        counter.setText(length + "/" + field.bound());
        if (length > field.bound()) {
            refuse(component.getTranslation("field.tooLong", field.label().in(locale), field.bound(),
                    length));
        } else {
            clear();
        }
    }

    private String textValue() {
        Object value = ((HasValue<?, ?>) component).getValue();
        return Input.clean(value instanceof String text ? text : "");
    }
}
