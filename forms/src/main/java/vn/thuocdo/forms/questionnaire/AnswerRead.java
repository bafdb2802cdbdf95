package vn.thuocdo.forms.questionnaire;

import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.AnswerReader;
import vn.thuocdo.forms.FieldError;
import vn.thuocdo.forms.Input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One question's raw value to its typed answer: a not-valid key where the question allows it, a list of keys for a
 * multiple choice, and everything else through {@code forms.AnswerReader} with the question's field.
 */
final class AnswerRead {

    /** The longest text that could be a not-valid key ("na", "dk"): longer is not looked at as one. */
    private static final int KEY_BOUND = 64;

    private final Rules.Compiled compiled;
    private final Set<String> notValidKeys;

    AnswerRead(Rules.Compiled compiled, Set<String> notValidKeys) {
        this.compiled = compiled;
        this.notValidKeys = notValidKeys;
    }

    AnswerReader.Outcome read(Object value) {
        if (value == null) {
            return AnswerReader.Outcome.EMPTY;
        }
        Question question = compiled.question();
        if (question.allowNotValid()) {
            String key = notValidKey(value);
            if (key != null) {
                return new AnswerReader.Outcome(new Answer.NotValid(key), null);
            }
        }
        if (question.kind() == QuestionKind.MULTIPLE_CHOICE) {
            return choices(value);
        }
        return AnswerReader.read(compiled.field(), value);
    }

    private String notValidKey(Object value) {
        Object single = value instanceof List<?> list && list.size() == 1 ? list.get(0) : value;
        if (single instanceof String text && text.length() <= KEY_BOUND) {
            String key = Input.clean(text);
            return notValidKeys.contains(key) ? key : null;
        }
        return null;
    }

    /** A list of keys (or one text of keys separated by spaces, as ODK keeps them): known, distinct, bounded. */
    private AnswerReader.Outcome choices(Object value) {
        String id = compiled.question().id();
        int offered = compiled.keys().size();
        Collection<?> given;
        if (value instanceof Collection<?> collection) {
            given = collection;
        } else if (value instanceof String text) {
            if (text.length() > offered * (KEY_BOUND + 1)) {
                return refuse(id, "question.tooManyChoices", offered);
            }
            given = List.of(text.strip().isEmpty() ? new String[0] : text.strip().split("\\s+"));
        } else {
            return AnswerReader.read(compiled.field(), value);
        }
        if (given.size() > offered) {
            return refuse(id, "question.tooManyChoices", offered);
        }
        Set<String> keys = new HashSet<>();
        for (Object element : given) {
            AnswerReader.Outcome one = AnswerReader.read(compiled.field(), element);
            if (one.error() != null) {
                return one;
            }
            if (one.answer() instanceof Answer.Choice choice && !keys.add(choice.key())) {
                return refuse(id, "question.duplicateChoice", choice.key());
            }
        }
        if (keys.isEmpty()) {
            return AnswerReader.Outcome.EMPTY;
        }
        List<String> inListOrder = new ArrayList<>(compiled.keys());
        inListOrder.retainAll(keys);
        return new AnswerReader.Outcome(new Answer.Choices(inListOrder), null);
    }

    private static AnswerReader.Outcome refuse(String id, String code, Object... args) {
        return new AnswerReader.Outcome(null, new FieldError(id, code, List.of(args)));
    }
}
