package vn.thuocdo.survey.response;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.invitation.IssuedCode;
import vn.thuocdo.testing.ProcessTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The group-commit writer on PostgreSQL: many callers at once, duplicates among them, a full queue, a drain. */
@ProcessTest
class ResponseWriterTest {

    @Autowired OnlineSurveys online;
    @Autowired Responses responses;
    @Autowired Questionnaires questionnaires;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void everyCodeSentTwiceAtOnceIsStoredOnceAndTheOtherCallerIsToldItIsAnswered() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2073, List.of("T34-31"));
        List<IssuedCode> letters = online.letters(round, "T34-31");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        int codes = Math.min(100, letters.size());
        ExecutorService callers = Executors.newFixedThreadPool(32);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int twice = 0; twice < 2; twice++) {
                for (int i = 0; i < codes; i++) {
                    String code = letters.get(i).code().value();
                    Map<String, Object> complete = CompleteAnswers.of(sipas, i);
                    answers.add(callers.submit(() -> {
                        try {
                            return responses.submit(code, complete, Channel.WEB, null).responseId();
                        } catch (Rejected refused) {
                            return refused.key();
                        }
                    }));
                }
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> answer : answers) {
                outcomes.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes.stream().filter("response.alreadyAnswered"::equals)).hasSize(codes);
            List<String> receipts = outcomes.stream().filter(o -> !o.startsWith("response.")).toList();
            assertThat(receipts).hasSize(codes).doesNotHaveDuplicates();
            assertThat(jdbc.queryForList("select id from survey_response where round_id = ?", String.class, round.id()))
                    .containsExactlyInAnyOrderElementsOf(receipts);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aFullQueueRefusesAtOnceAndWhatWasQueuedIsWrittenAndAnsweredOnStop() throws Exception {
        OnlineSurveys.OpenRound round = online.open(2074, List.of("T34-01"));
        List<IssuedCode> letters = online.letters(round, "T34-01");
        // A writer of its own with room for 3, held up by a lock on the table as a slow disk would hold it.
        ResponseWriter writer = new ResponseWriter(jdbc, transaction, 3, 500, 1);
        writer.start();
        DefaultTransactionDefinition holding = new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        TransactionStatus lock = transactions.getTransaction(holding);
        List<CompletableFuture<ResponseWriter.Written>> queued = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try {
            jdbc.execute("lock table survey_response in exclusive mode");
            // The writer takes the first row and blocks on the lock; three more fill the queue.
            for (int i = 0; i < 4; i++) {
                String id = UUID.randomUUID().toString();
                ids.add(id);
                queued.add(writer.write(row(id, round, letters.get(i))));
                if (i == 0) {
                    awaitEmptyQueue(writer, 3);
                }
            }
            assertThat(writer.room()).isZero();
            assertThatThrownBy(() -> writer.write(row(UUID.randomUUID().toString(), round, letters.get(5))))
                    .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("ingest.busy"));
            assertThat(queued).noneMatch(CompletableFuture::isDone);
        } finally {
            transactions.rollback(lock);
        }
        writer.stop();
        assertThat(queued).allMatch(f -> f.isDone() && f.join() == ResponseWriter.Written.STORED);
        assertThat(jdbc.queryForList("select id from survey_response where round_id = ?", String.class, round.id()))
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThatThrownBy(() -> writer.write(row(UUID.randomUUID().toString(), round, letters.get(6))))
                .isInstanceOfSatisfying(Rejected.class, e -> assertThat(e.key()).isEqualTo("ingest.busy"));
    }

    @Test
    void aBatchWithTheSameInvitationTwiceStoresOneAndSkipsTheOtherWithoutFailingTheRest() {
        OnlineSurveys.OpenRound round = online.open(2075, List.of("T34-79"));
        List<IssuedCode> letters = online.letters(round, "T34-79");
        Questionnaire sipas = questionnaires.find("sipas-citizen@1").orElseThrow();
        String first = UUID.randomUUID().toString();
        String again = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        BatchReply reply = responses.submitBatch(round.id(), "buudien", List.of(
                new BatchItem(first, letters.get(0).code().value(), CompleteAnswers.of(sipas, 1), null),
                new BatchItem(again, letters.get(0).code().value(), CompleteAnswers.of(sipas, 2), null),
                new BatchItem(first, letters.get(0).code().value(), CompleteAnswers.of(sipas, 1), null),
                new BatchItem(other, letters.get(1).code().value(), CompleteAnswers.of(sipas, 3), null)));
        // Two writers may take the items apart, so which of two answers for one invitation wins is not fixed;
        // exactly one does, the other is told, and the resend of the first agrees with what was stored.
        List<String> outcomes = reply.items().stream().map(i -> i.outcome() + ":" + i.error()).toList();
        boolean firstWon = outcomes.get(0).equals("CREATED:null");
        assertThat(outcomes).containsExactly(firstWon ? "CREATED:null" : "REFUSED:response.alreadyAnswered",
                firstWon ? "REFUSED:response.alreadyAnswered" : "CREATED:null",
                firstWon ? "ALREADY_RECEIVED:null" : "REFUSED:response.alreadyAnswered", "CREATED:null");
        assertThat(jdbc.queryForList("select id from survey_response where round_id = ?", String.class, round.id()))
                .containsExactlyInAnyOrder(firstWon ? first : again, other);
        OnlineSurveys.OpenRound elsewhere = online.open(2076, List.of("T34-31"));
        BatchReply wrongRound = responses.submitBatch(elsewhere.id(), "buudien", List.of(new BatchItem(
                UUID.randomUUID().toString(), letters.get(2).code().value(), CompleteAnswers.of(sipas, 4), null)));
        assertThat(wrongRound.items().get(0).error()).isEqualTo("ingest.otherRound");
    }

    private static void awaitEmptyQueue(ResponseWriter writer, int room) throws InterruptedException {
        for (int i = 0; i < 100 && writer.room() < room; i++) {
            Thread.sleep(50);
        }
        assertThat(writer.room()).isEqualTo(room);
    }

    private static ResponseStore.NewResponse row(String id, OnlineSurveys.OpenRound round, IssuedCode letter) {
        var invitation = letter.invitation();
        return new ResponseStore.NewResponse(id, round.id(), invitation.id(), invitation.questionnaire(), Channel.API,
                invitation.unitId(), invitation.communeCode(), null, "buudien", "{}", null, Instant.now());
    }
}
