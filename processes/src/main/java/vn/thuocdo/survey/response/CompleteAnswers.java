package vn.thuocdo.survey.response;

import org.springframework.modulith.NamedInterface;
import vn.thuocdo.forms.questionnaire.Completeness;
import vn.thuocdo.forms.questionnaire.Question;
import vn.thuocdo.forms.questionnaire.QuestionKind;
import vn.thuocdo.forms.questionnaire.Questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A complete, valid response to any questionnaire of choices and numbers, made question by question in order so the
 * skip logic decides what is asked: choice questions get a random choice (satisfaction items 1 to 5), multiple
 * choices one key, whole numbers their minimum when it is positive, else 1; texts are left out. Deterministic for a
 * seed; the tests, load generators, benchmarks and the embedded default's demo interviews share it (in main code
 * for the demo, which must answer through the same checks as a tablet).
 */
@NamedInterface("answers")
public final class CompleteAnswers {

    private CompleteAnswers() {
    }

    public static Map<String, Object> of(Questionnaire questionnaire, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Object> raw = new LinkedHashMap<>();
        for (Question q : questionnaire.questions()) {
            if (!questionnaire.relevant(q.id(), questionnaire.read(raw, Completeness.DRAFT).answers())) {
                continue;
            }
            if (q.kind().usesChoices()) {
                var choices = questionnaire.choicesOf(q);
                String key = choices.get(random.nextInt(choices.size())).key();
                raw.put(q.id(), q.kind() == QuestionKind.MULTIPLE_CHOICE ? List.of(key) : key);
            } else if (q.kind() == QuestionKind.INTEGER && q.required()) {
                raw.put(q.id(), 1L);
            }
        }
        return raw;
    }
}
