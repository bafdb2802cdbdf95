package vn.thuocdo.survey.response;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.Invitations;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.testing.TestActors;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The core of the online survey: letters for the approved sample, drafts, one final answer per code. Run on
 * PostgreSQL ({@link ResponsesTest}) and on the embedded default's H2 ({@link ResponsesOnH2Test}): the group-commit
 * writer's SQL must hold on both.
 */
abstract class ResponsesContract {

    @Autowired OnlineSurveys online;
    @Autowired Responses responses;
    @Autowired Invitations invitations;
    @Autowired SurveyWindow window;
    @Autowired ResponseCounts counts;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void aHouseholdAnswersOnceWithItsLetterAndCanStopAndResume() {
        OnlineSurveys.OpenRound round = online.open(2100, List.of("T34-31"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        long selectedSlots = jdbc.queryForObject("select count(*) from survey_sample_unit where sample_id = ?"
                + " and unit_id = 'T34-31' and stage = 'HOUSEHOLD' and draw_order is not null", Long.class, round.sampleId());
        assertThat(letters).hasSize((int) selectedSlots);
        assertThat(jdbc.queryForList("select code_hash from survey_invitation where round_id = ?", String.class,
                round.id())).noneMatch(h -> letters.stream().anyMatch(l -> h.contains(l.code().value())));

        String code = letters.get(0).code().display();
        Respondent respondent = responses.enter(code);
        assertThat(respondent.questionnaire().reference()).isEqualTo("sipas-citizen@1");
        assertThat(respondent.draft()).isEmpty();

        DraftSaved saved = responses.saveDraft(code, Map.of("ageBand", "26-35", "sex", "nope"), "profile");
        assertThat(saved.refused()).extracting(e -> e.fieldKey()).containsExactly("sex");
        Map<String, Object> resumed = responses.enter(code.toLowerCase()).draft();
        assertThat(resumed).containsOnlyKeys(saved.saved().keySet());
        assertThat(responses.enter(code).section()).isEqualTo("profile");

        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        Map<String, Object> answers = CompleteAnswers.of(sipas, 1);
        Map<String, Object> incomplete = new HashMap<>(answers);
        incomplete.remove("sex");
        assertThatThrownBy(() -> responses.submit(code, incomplete, Channel.WEB, null))
                .isInstanceOfSatisfying(InvalidResponse.class, e ->
                        assertThat(e.errors()).extracting(f -> f.fieldKey() + ":" + f.code()).containsExactly("sex:question.required"));

        Receipt receipt = responses.submit(code, answers, Channel.WEB, null);
        assertThat(receipt.responseId()).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from survey_draft", Long.class)).isZero();
        assertThat(refusal(() -> responses.submit(code, answers, Channel.WEB, null))).isEqualTo("response.alreadyAnswered");
        assertThat(refusal(() -> responses.enter(code))).isEqualTo("response.alreadyAnswered");
        assertThat(counts.byUnit(round.id())).containsEntry("T34-31", 1L);
        assertThat(counts.citizensByCommune(round.id()).stream().mapToLong(ResponseCounts.Rate::answered).sum()).isOne();

        // Letters issued again: the old unanswered codes die, the answered slot gets no new letter.
        List<IssuedCode> again = invitations.issueLetters(round.id(), "T34-31", null, TestActors.COORDINATOR);
        assertThat(again).hasSize(letters.size() - 1);
        assertThat(refusal(() -> responses.enter(letters.get(1).code().value()))).isEqualTo("response.codeVoid");
        assertThat(responses.enter(again.get(0).code().value()).invitation().state().name()).isEqualTo("ISSUED");
    }

    @Test
    void codesAreRefusedOutsideTheWindowAndUnknownOnes() {
        OnlineSurveys.OpenRound round = online.open(2099, List.of("T34-01"));
        String code = online.letters(round, "T34-01").get(0).code().value();
        assertThat(refusal(() -> responses.enter("2222-2222-222"))).isIn("response.unknownCode", "invitation.codeMistyped");
        window.close(round.id());
        assertThat(refusal(() -> responses.enter(code))).isEqualTo("response.closed");
        window.open(round.id(), round.sampleId(), clock.instant().minus(Duration.ofMinutes(1)));
        assertThat(refusal(() -> responses.enter(code))).isEqualTo("response.closed");
        window.open(round.id(), round.sampleId(), clock.instant().plus(Duration.ofDays(1)));
        assertThat(responses.enter(code).invitation().unitId()).isEqualTo("T34-01");
        assertThatThrownBy(() -> invitations.issueLetters(round.id(), "T34-01", null, TestActors.officerOf("T34-01")))
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    void aResentBatchIsReportedNotStoredTwice() {
        OnlineSurveys.OpenRound round = online.open(2098, List.of("T34-79"));
        List<IssuedCode> letters = online.letters(round, "T34-79");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        List<BatchItem> batch = List.of(
                new BatchItem(first, letters.get(0).code().value(), CompleteAnswers.of(sipas, 2), null),
                new BatchItem(second, letters.get(1).code().value(), Map.of("sex", "nope"), null),
                new BatchItem("not-a-uuid", letters.get(2).code().value(), CompleteAnswers.of(sipas, 3), null));
        BatchReply reply = responses.submitBatch("buudien", batch);
        assertThat(reply.items()).extracting(i -> i.outcome().name() + ":" + i.error())
                .containsExactly("CREATED:null", "REFUSED:response.invalidAnswers", "REFUSED:response.idNotUuid");
        BatchReply resent = responses.submitBatch("buudien", batch.subList(0, 1));
        assertThat(resent.items().get(0).outcome()).isEqualTo(ItemOutcome.Outcome.ALREADY_RECEIVED);
        BatchReply otherId = responses.submitBatch("buudien", List.of(new BatchItem(UUID.randomUUID().toString(),
                letters.get(0).code().value(), CompleteAnswers.of(sipas, 2), null)));
        assertThat(otherId.items().get(0).error()).isEqualTo("response.alreadyAnswered");
        assertThat(jdbc.queryForObject("select count(*) from survey_response where round_id = ?", Long.class,
                round.id())).isOne();
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
            return "accepted";
        } catch (Rejected refused) {
            return refused.key();
        }
    }
}
