package vn.thuocdo.survey.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;
import vn.thuocdo.forms.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A refusal as shown under its question. Field messages start with the label ("Tuổi: bắt buộc trả lời.") so they
 * read alone in a list or an API answer; under its own question the label is already above, so it is left out.
 */
@NamedInterface("screens")
public final class RefusalText {

    private RefusalText() {
    }

    public static String of(Component in, Locale locale, FieldError error, String label) {
        List<Object> args = new ArrayList<>();
        args.add(label);
        args.addAll(error.args());
        return withoutLabel(in.getTranslation(locale, error.code(), args.toArray()), label);
    }

    /** The message without its leading "label: ", for where the label is already shown (also the public page). */
    public static String withoutLabel(String message, String label) {
        String prefix = label + ": ";
        return message.startsWith(prefix) && message.length() > prefix.length()
                ? Character.toUpperCase(message.charAt(prefix.length())) + message.substring(prefix.length() + 1)
                : message;
    }
}
