package vn.thuocdo.forms.questionnaire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import vn.thuocdo.forms.Answer;
import vn.thuocdo.forms.FieldError;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thuocdo.forms.questionnaire.Completeness.DRAFT;
import static vn.thuocdo.forms.questionnaire.Completeness.FINAL;
import static vn.thuocdo.forms.questionnaire.Drafts.question;
import static vn.thuocdo.forms.questionnaire.Drafts.valid;

class ResponseReadingTest {

    private final Questionnaire form = Drafts.parse(valid());

    private static Map<String, Object> answers(Object... pairs) {
        Map<String, Object> raw = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            raw.put((String) pairs[i], pairs[i + 1]);
        }
        return raw;
    }

    private static List<Tuple> refusals(Response response) {
        return response.errors().stream().map(e -> tuple(e.fieldKey(), e.code())).toList();
    }

    @Test
    void readsEachKindIntoItsTypedAnswerInQuestionnaireOrder() {
        Response response = form.read(answers("accessItem", "4", "name", "  Nguyễn Văn An ", "fruit",
                List.of("plum", "apple"), "age", "42", "used", "yes"), FINAL);
        assertThat(response.errors()).isEmpty();
        assertThat(response.answers()).containsExactly(entry("used", new Answer.Choice("yes")),
                entry("age", new Answer.Whole(42)), entry("fruit", new Answer.Choices(List.of("apple", "plum"))),
                entry("name", new Answer.Words("Nguyễn Văn An")), entry("accessItem", new Answer.Choice("4")));
        assertThat(response.stored()).containsEntry("fruit", List.of("apple", "plum")).containsEntry("age", 42L);
    }

    @Test
    void reusesTheFormsReaderSoNumbersAreReadTheVietnameseWay() {
        Response response = form.read(answers("used", "no", "age", "12,5", "name", "x".repeat(21)), FINAL);
        assertThat(response.answers()).isEmpty();
        assertThat(refusals(response)).containsExactly(tuple("age", "field.notWhole"), tuple("name", "field.tooLong"));
        assertThat(form.read(answers("used", "no", "age", 130), FINAL).errors()).extracting(FieldError::code,
                FieldError::args).containsExactly(tuple("field.aboveMax", List.of(120L)));
    }

    @Test
    void anAnswerToAQuestionThatIsNotAskedIsRefused() {
        Response response = form.read(answers("used", "no", "accessItem", "4"), DRAFT);
        assertThat(refusals(response)).containsExactly(tuple("accessItem", "question.notRelevant"));
    }

    @Test
    void aRequiredQuestionMustBeAnsweredOnlyWhenItIsAskedAndTheResponseIsFinal() {
        assertThat(form.read(answers("used", "no"), FINAL).valid()).isTrue();
        assertThat(refusals(form.read(answers("used", "yes"), FINAL)))
                .containsExactly(tuple("accessItem", "question.required"));
        assertThat(form.read(answers("used", "yes"), DRAFT).valid()).isTrue();
        assertThat(refusals(form.read(answers(), FINAL))).containsExactly(tuple("used", "question.required"));
        assertThat(form.read(answers("used", "", "fruit", List.of()), DRAFT).answers()).isEmpty();
    }

    @Test
    void aFalseConstraintIsRefusedWithTheAuthorsMessageInBothLanguagesOrAGenericOne() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("constraint", ". >= 18").putObject("constraintMessage")
                .put("vi", "Người trả lời phải từ 18 tuổi.").put("en", "Respondents are 18 or older.");
        question(draft, 0, 3).put("constraint", "string-length(.) > 1 or ${age} < 30");
        Response response = Drafts.parse(draft).read(answers("used", "no", "age", "16"), FINAL);
        assertThat(response.errors()).extracting(FieldError::fieldKey, FieldError::code, FieldError::args)
                .containsExactly(tuple("age", "question.constraint",
                        List.of("Người trả lời phải từ 18 tuổi.", "Respondents are 18 or older.")));
        assertThat(Drafts.parse(draft).read(answers("used", "no", "age", "40", "name", "A"), FINAL).errors())
                .extracting(FieldError::fieldKey, FieldError::code)
                .containsExactly(tuple("name", "question.constraintFailed"));
    }

    @Test
    void aQuestionReadingARefusedAnswerIsNotCheckedSoOneMistakeGivesOneRefusal() {
        ObjectNode draft = valid();
        question(draft, 0, 3).put("constraint", "${age} > 30").put("relevant", "${age} > 0").put("required", true);
        Questionnaire questionnaire = Drafts.parse(draft);
        assertThat(refusals(questionnaire.read(answers("used", "no", "age", "abc", "name", "An"), FINAL)))
                .containsExactly(tuple("age", "field.notInteger"));
        assertThat(refusals(questionnaire.read(answers("used", "no", "age", "abc"), FINAL)))
                .containsExactly(tuple("age", "field.notInteger"));
    }

    @Test
    void notValidKeysAreAcceptedOnlyWhereTheQuestionAllowsThem() {
        Response response = form.read(answers("used", "yes", "accessItem", " dk "), FINAL);
        assertThat(response.answers()).containsEntry("accessItem", new Answer.NotValid("dk"));
        assertThat(response.stored()).containsEntry("accessItem", "dk");
        assertThat(refusals(form.read(answers("used", "na"), FINAL))).containsExactly(tuple("used", "field.notChoice"));
        assertThat(refusals(form.read(answers("used", "yes", "accessItem", "6"), FINAL)))
                .containsExactly(tuple("accessItem", "field.notChoice"));
    }

    @Test
    void aMultipleChoiceTakesKnownDistinctKeysNoMoreThanTheListOffers() {
        assertThat(refusals(form.read(answers("used", "no", "fruit", List.of("apple", "pear", "plum", "fig")), FINAL)))
                .containsExactly(tuple("fruit", "question.tooManyChoices"));
        assertThat(refusals(form.read(answers("used", "no", "fruit", List.of("apple", "apple")), FINAL)))
                .containsExactly(tuple("fruit", "question.duplicateChoice"));
        assertThat(refusals(form.read(answers("used", "no", "fruit", List.of("fig")), FINAL)))
                .containsExactly(tuple("fruit", "field.notChoice"));
        assertThat(refusals(form.read(answers("used", "no", "fruit", List.of(1)), FINAL)))
                .containsExactly(tuple("fruit", "field.textExpected"));
        assertThat(refusals(form.read(answers("used", "no", "fruit", Map.of("a", 1)), FINAL)))
                .containsExactly(tuple("fruit", "field.wrongType"));
        assertThat(refusals(form.read(answers("used", "no", "fruit", Collections.nCopies(1_000_000, "apple")), FINAL)))
                .containsExactly(tuple("fruit", "question.tooManyChoices"));
        assertThat(form.read(answers("used", "no", "fruit", "plum  pear"), FINAL).answers())
                .containsEntry("fruit", new Answer.Choices(List.of("pear", "plum")));
    }

    @Test
    void unknownQuestionsAndAnswersToNotesAreRefused() {
        ObjectNode draft = valid();
        Drafts.questions(draft, 0).insertObject(0).put("id", "intro").put("kind", "NOTE").putObject("label")
                .put("vi", "Giới thiệu");
        Response response = Drafts.parse(draft).read(answers("used", "no", "intro", "ok", "hacked\u0000", "1"), FINAL);
        assertThat(refusals(response)).containsExactly(tuple("hacked⟨U+0000⟩", "field.unknown"),
                tuple("intro", "question.noteNotAnswered"));
    }

    @Test
    void todayInAConstraintOrARelevanceIsTheDayGiven() {
        ObjectNode draft = valid();
        Drafts.questions(draft, 0).addObject().put("id", "visited").put("kind", "DATE")
                .put("constraint", ". <= today()").putObject("label").put("vi", "Ngày đến");
        Drafts.questions(draft, 0).addObject().put("id", "longAgo").put("kind", "TEXT")
                .put("relevant", "today() - ${visited} > 30").putObject("label").put("vi", "Vì sao lâu chưa quay lại?");
        Questionnaire questionnaire = Drafts.parse(draft);
        LocalDate today = LocalDate.of(2026, 11, 30);
        assertThat(questionnaire.read(answers("used", "no", "visited", "30/11/2026"), FINAL, today).valid()).isTrue();
        assertThat(refusals(questionnaire.read(answers("used", "no", "visited", "01/12/2026"), FINAL, today)))
                .containsExactly(tuple("visited", "question.constraintFailed"));
        Map<String, Answer> soFar = Map.of("visited", new Answer.Day(LocalDate.of(2026, 10, 1)));
        assertThat(questionnaire.relevant("longAgo", soFar, today)).isTrue();
        assertThat(questionnaire.relevant("longAgo", soFar, LocalDate.of(2026, 10, 15))).isFalse();
    }

    @Test
    void liveSkipLogicFollowsTheSectionAndCountsUnaskedAnswersAsEmpty() {
        ObjectNode draft = valid();
        question(draft, 0, 1).put("relevant", "${used} = 'yes'");
        question(draft, 0, 3).put("relevant", "${age} > 17");
        Questionnaire questionnaire = Drafts.parse(draft);
        assertThat(questionnaire.relevant("accessItem", Map.of("used", new Answer.Choice("yes")))).isTrue();
        assertThat(questionnaire.relevant("accessItem", Map.of("used", new Answer.Choice("no")))).isFalse();
        assertThat(questionnaire.relevant("accessItem", Map.of())).isFalse();
        assertThat(questionnaire.relevant("name", Map.of("used", new Answer.Choice("yes"), "age", new Answer.Whole(40))))
                .isTrue();
        // age is not asked when used is "no", so its stale answer does not make name relevant.
        assertThat(questionnaire.relevant("name", Map.of("used", new Answer.Choice("no"), "age", new Answer.Whole(40))))
                .isFalse();
    }

    @Test
    void aCompleteCitizenResponseIsAcceptedAndTheServiceItemsAreSkippedWithoutAService() {
        Questionnaire sipas = QuestionnaireCatalogue.load().get("sipas-citizen@1");
        Map<String, Object> raw = new HashMap<>();
        for (Question q : sipas.questions()) {
            if (q.kind().usesChoices() && sipas.relevant(q.id(), typed(sipas, raw))) {
                raw.put(q.id(), q.kind() == QuestionKind.MULTIPLE_CHOICE ? List.of(sipas.choicesOf(q).get(0).key())
                        : sipas.choicesOf(q).get(q.kind() == QuestionKind.SATISFACTION ? 3 : 0).key());
            }
        }
        assertThat(raw).containsEntry("usedService", "yes").containsKey("feedbackAnswered");
        Response response = sipas.read(raw, FINAL);
        assertThat(response.errors()).isEmpty();
        assertThat(response.answers()).hasSize(raw.size());

        Map<String, Object> noService = new HashMap<>(raw);
        sipas.sections().stream().filter(s -> s.id().equals("serviceSatisfaction")).flatMap(s -> s.questions().stream())
                .forEach(q -> noService.remove(q.id()));
        List.of("serviceArea", "serviceChannel", "harassment", "informalPayment").forEach(noService::remove);
        noService.put("usedService", "no");
        assertThat(sipas.read(noService, FINAL).errors()).isEmpty();
        noService.put("accessSeating", "5");
        assertThat(refusals(sipas.read(noService, FINAL))).containsExactly(tuple("accessSeating", "question.notRelevant"));
    }

    private static Map<String, Answer> typed(Questionnaire questionnaire, Map<String, Object> raw) {
        return questionnaire.read(raw, DRAFT).answers();
    }

    @Test
    void aResponseHoldsAnswersOrErrorsNeverBoth() {
        Response response = form.read(answers("used", "yes", "age", "-1"), FINAL);
        assertThat(response.answers()).isEmpty();
        assertThat(refusals(response)).containsExactly(tuple("age", "field.belowMin"),
                tuple("accessItem", "question.required"));
    }
}
