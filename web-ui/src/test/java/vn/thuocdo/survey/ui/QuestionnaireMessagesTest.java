package vn.thuocdo.survey.ui;

import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.questionnaire.Problem;
import vn.thuocdo.web.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal a questionnaire gives - to an answer, or to a definition an administrator imports - has a sentence
 * in Vietnamese and in English that formats, so no bare key or broken pattern reaches a person.
 */
class QuestionnaireMessagesTest {

    private static final List<String> ANSWER_CODES = List.of("question.required", "question.notRelevant",
            "question.constraint", "question.constraintFailed", "question.noteNotAnswered",
            "question.tooManyChoices", "question.duplicateChoice");

    @Test
    void everyAnswerRefusalAndEveryDefinitionProblemHasAVietnameseAndAnEnglishSentence() {
        List<String> codes = new ArrayList<>(ANSWER_CODES);
        codes.addAll(Problem.codes());
        List<Object> args = List.of("Tuổi", "Phải từ 18 tuổi.", "Must be 18 or older.", 3);
        for (String code : codes) {
            String vi = Messages.text(code, args, null);
            String en = Messages.text(code, args, Locale.ENGLISH);
            assertThat(vi).as(code).isNotEqualTo(code).doesNotContain("{");
            assertThat(en).as(code).isNotEqualTo(code).isNotEqualTo(vi).doesNotContain("{");
        }
    }

    @Test
    void theAuthorsConstraintMessageIsShownInTheReadersLanguage() {
        List<Object> args = List.of("Tuổi", "Phải từ 18 tuổi.", "Must be 18 or older.");
        assertThat(Messages.text("question.constraint", args, null)).isEqualTo("Tuổi: Phải từ 18 tuổi.");
        assertThat(Messages.text("question.constraint", args, Locale.ENGLISH)).isEqualTo("Tuổi: Must be 18 or older.");
    }
}
