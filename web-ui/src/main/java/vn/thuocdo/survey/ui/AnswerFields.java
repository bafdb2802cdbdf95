package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.thuocdo.forms.FieldType;
import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.web.TextLimits;

import java.util.List;
import java.util.Locale;

/**
 * The input for each kind of question. Numbers are typed into text fields, as in the sampling form, so the
 * questionnaire's own reader says why "1.5" or "-5" is refused instead of a number input silently changing it.
 * Choices are whole-row radio buttons and checkboxes, one under another: large enough for a thumb on a cheap phone.
 */
final class AnswerFields {

    private AnswerFields() {
    }

    /** The input for a question that is answered; NOTE has none. */
    static Component of(Question question, List<Option> choices, Locale locale) {
        return switch (question.kind()) {
            case SINGLE_CHOICE, SATISFACTION -> {
                RadioButtonGroup<String> group = radios(choices, locale);
                if (question.kind() == QuestionKind.SATISFACTION) {
                    group.addClassName("td-scale");
                }
                yield group;
            }
            case MULTIPLE_CHOICE -> {
                CheckboxGroup<String> group = new CheckboxGroup<>();
                group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                group.setItems(keys(choices));
                group.setItemLabelGenerator(key -> label(choices, key, locale));
                yield group;
            }
            case DATE -> date(locale);
            case LONG_TEXT -> {
                TextArea area = new TextArea();
                TextLimits.count(area, bound(question));
                yield area;
            }
            case TEXT -> {
                TextField text = new TextField();
                TextLimits.count(text, bound(question));
                yield text;
            }
            case INTEGER, DECIMAL -> number(question);
            case NOTE -> throw new IllegalArgumentException("A note is shown, not answered: " + question.id());
        };
    }

    /**
     * dd/MM/yyyy, and the calendar's months and weekdays in the respondent's language from the message bundle (the
     * picker's own are English), the week starting on Monday as Vietnamese calendars do.
     */
    private static DatePicker date(Locale locale) {
        DatePicker picker = new DatePicker();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setMonthNames(words(picker, locale, "survey.date.months"));
        i18n.setWeekdays(words(picker, locale, "survey.date.weekdays"));
        i18n.setWeekdaysShort(words(picker, locale, "survey.date.weekdaysShort"));
        i18n.setToday(picker.getTranslation(locale, "survey.date.today"));
        i18n.setCancel(picker.getTranslation(locale, "survey.date.cancel"));
        i18n.setFirstDayOfWeek(1);
        picker.setI18n(i18n);
        picker.setPlaceholder(picker.getTranslation(locale, "survey.date.placeholder"));
        return picker;
    }

    private static List<String> words(DatePicker picker, Locale locale, String key) {
        return List.of(picker.getTranslation(locale, key).split("\\s*,\\s*"));
    }

    /** The not-valid answers (not applicable, don't know) offered apart from the real ones, so none is taken for the other. */
    static RadioButtonGroup<String> notValid(List<Option> notValid, Locale locale) {
        RadioButtonGroup<String> group = radios(notValid, locale);
        group.addClassName("td-q-not-valid-choice");
        return group;
    }

    private static RadioButtonGroup<String> radios(List<Option> options, Locale locale) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        group.setItems(keys(options));
        group.setItemLabelGenerator(key -> label(options, key, locale));
        return group;
    }

    private static TextField number(Question question) {
        TextField number = new TextField();
        number.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        number.addClassName("td-q-number");
        number.setValueChangeMode(ValueChangeMode.LAZY);
        // A phone's digit keypad where no sign or comma is needed; otherwise the full keyboard, which has both.
        if (question.kind() == QuestionKind.INTEGER
                && question.min() != null && question.min() >= 0) {
            number.getElement().executeJs("this.inputElement.setAttribute('inputmode', 'numeric')");
        }
        return number;
    }

    private static int bound(Question question) {
        return question.maxLength() != null ? question.maxLength()
                : FieldType.valueOf(question.kind().name()).defaultBound();
    }

    private static List<String> keys(List<Option> options) {
        return options.stream().map(Option::key).toList();
    }

    private static String label(List<Option> options, String key, Locale locale) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst().map(o -> o.label().in(locale)).orElse(key);
    }
}
