package vn.thuocdo.fieldwork.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import vn.thuocdo.fieldwork.CallBackOutcome;
import vn.thuocdo.fieldwork.FlagDetail;
import vn.thuocdo.fieldwork.FlagItem;
import vn.thuocdo.fieldwork.FlagState;
import vn.thuocdo.forms.Option;
import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.web.Badges;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The checks in people's words: a rule by a short name (the design's label when the rule is one of its own), a
 * flag's evidence with its figures, states as badges, answers by their choice labels.
 */
final class CheckWords {

    private CheckWords() {
    }

    /** The page's language (Component.getLocale is protected): the UI's, as the bundles read it. */
    static Locale locale(Component in) {
        return in.getUI().or(() -> Optional.ofNullable(UI.getCurrent())).map(UI::getLocale)
                .orElse(Locale.forLanguageTag("vi"));
    }

    /** A short name for a column or a line; the design's label (up to its first colon) for a rule we do not know. */
    static String rule(Component in, String id, Text label) {
        String text = in.getTranslation("fwchk.rule." + id);
        if (text != null && !text.startsWith("!{")) {
            return text;
        }
        if (label == null) {
            return id;
        }
        String full = label.in(locale(in));
        int colon = full.indexOf(':');
        return colon > 0 ? full.substring(0, colon) : full;
    }

    /** What was found, e.g. "Phỏng vấn kéo dài 5,0 phút, dưới mức tối thiểu 8,0 phút". */
    static String evidence(Component in, FlagItem flag, Questionnaire questionnaire) {
        FlagDetail detail = flag.detail();
        if (FlagItem.CALL_BACK.equals(flag.rule())) {
            List<Object> args = detail.args();
            if (!args.isEmpty() && Boolean.FALSE.equals(args.get(0))) {
                return in.getTranslation("fwchk.evidence.callBack.denied");
            }
            String questions = args.stream().skip(1).map(id -> questionLabel(in, questionnaire, String.valueOf(id)))
                    .collect(Collectors.joining(", "));
            return in.getTranslation("fwchk.evidence.callBack.differs", questions);
        }
        Object[] args = detail.args().toArray();
        if (detail.key().endsWith("tooFastSection") && args.length > 0 && questionnaire != null) {
            String section = String.valueOf(args[0]);
            args[0] = questionnaire.sections().stream().filter(s -> s.id().equals(section)).findFirst()
                    .map(s -> s.title() == null ? section : s.title().in(locale(in))).orElse(section);
        }
        return in.getTranslation(detail.key(), args);
    }

    static Span state(Component in, FlagState state) {
        return Badges.of(in.getTranslation("fwchk.state." + state.name()), switch (state) {
            case OPEN -> "warning";
            case CLEARED -> "success";
            case UPHELD -> "error";
        });
    }

    static Span outcome(Component in, CallBackOutcome outcome) {
        if (outcome == null) {
            return Badges.of(in.getTranslation("fwchk.outcome.PENDING"), "neutral");
        }
        return Badges.of(in.getTranslation("fwchk.outcome." + outcome.name()), switch (outcome) {
            case CONFIRMED -> "success";
            case MISMATCH -> "error";
            case UNREACHABLE -> "warning";
        });
    }

    static String questionLabel(Component in, Questionnaire questionnaire, String id) {
        return questionnaire == null ? id : questionnaire.question(id).map(q -> q.label().in(locale(in)))
                .orElse(id);
    }

    /** An answer as stored, read out: choice keys by their labels, in the person's language. */
    static String answer(Component in, Questionnaire questionnaire, String questionId, Object value) {
        if (value == null) {
            return in.getTranslation("fwchk.callbacks.noAnswer");
        }
        Question question = questionnaire.question(questionId).orElse(null);
        if (question == null || !question.kind().usesChoices()) {
            return String.valueOf(value);
        }
        List<Option> options = questionnaire.choicesOf(question);
        List<Option> notValid = questionnaire.notValid();
        Locale locale = locale(in);
        List<?> keys = value instanceof List<?> list ? list : List.of(value);
        return keys.stream().map(k -> options.stream().filter(o -> o.key().equals(String.valueOf(k))).findFirst()
                .or(() -> notValid.stream().filter(o -> o.key().equals(String.valueOf(k))).findFirst())
                .map(o -> o.label().in(locale)).orElse(String.valueOf(k))).collect(Collectors.joining(", "));
    }
}
