package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.textfield.TextField;

import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The seed of a draw: digits only, at most 18 (any such number fits a long), parsed strictly. Prefilled with a
 * random seed the coordinator may keep or replace; a wrong value is said under the field and nothing is drawn.
 */
class SeedField extends TextField {

    static final int MAX_DIGITS = 18;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1," + MAX_DIGITS + "}");

    SeedField(long offered) {
        setLabel(getTranslation("sample.seed"));
        setHelperText(getTranslation("sample.seed.help"));
        setValue(Long.toString(offered));
        setMaxLength(MAX_DIGITS);
        setAllowedCharPattern("[0-9]");
        setWidth("16em");
        setId("seed");
        setManualValidation(true);
        addValueChangeListener(e -> setInvalid(false));
    }

    /** The seed typed, or empty with the reason shown under the field. Bounded before the pattern runs. */
    OptionalLong seed() {
        String text = getValue() == null ? "" : getValue().strip();
        if (text.isEmpty()) {
            return refuse("sample.seed.required");
        }
        if (text.length() > MAX_DIGITS || !DIGITS.matcher(text).matches()) {
            return refuse("sample.seed.digits");
        }
        return OptionalLong.of(Long.parseLong(text));
    }

    private OptionalLong refuse(String key) {
        setErrorMessage(getTranslation(key, MAX_DIGITS));
        setInvalid(true);
        return OptionalLong.empty();
    }
}
