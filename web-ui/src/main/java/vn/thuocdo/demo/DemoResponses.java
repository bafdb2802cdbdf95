package vn.thuocdo.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.survey.Questionnaires;
import vn.thuocdo.survey.response.CompleteAnswers;
import vn.thuocdo.units.Commune;
import vn.thuocdo.units.CommuneRegister;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The survey data of the compiled demo round ({@link DemoCompilation}), written straight to the survey's tables: it
 * stands in for months of fieldwork and a mailed officials' survey, as {@link DemoPublication} stands in for a whole
 * year, because walking interviews through teams, assignments and two reviews for five provinces would take the
 * start far longer than a demo may. What it writes is what those steps leave behind, so the compilation reads it
 * exactly as real data: an approved sample whose household slots carry design weights over real communes (the
 * weight = the commune's households in the demo frame ({@link DemoFrames}) over the households interviewed there),
 * one accepted response per slot through its invitation, and a census of each unit's officials answering
 * {@code par-officials@1}. The answers are complete ({@link CompleteAnswers}) with the index items re-drawn so each
 * unit has its own level of satisfaction: the ranks and their intervals differ. Every number comes from fixed seeds.
 */
@Component
class DemoResponses {

    /** Communes a province's sample takes, and households interviewed in each: 80 a province, 30+ valid an item. */
    static final int COMMUNES = 8;
    static final int HOUSEHOLDS = 10;
    /** Officials answering per unit: above the 30 valid answers an item needs, also for the leaders' items. */
    static final int OFFICIALS = 40;

    private final JdbcClient db;
    private final CommuneRegister communes;
    private final Questionnaires questionnaires;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();
    private final IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
    private final IndexDefinition officials = IndexCatalogue.load().get("officials@1");

    DemoResponses(JdbcClient db, CommuneRegister communes, Questionnaires questionnaires, Clock clock) {
        this.db = db;
        this.communes = communes;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /**
     * The approved sample and the citizens' responses of each province, whose share of satisfied answers is about
     * {@code satisfaction} (a commune a little above or below it); returns how many responses were written.
     */
    int citizens(String roundId, int year, Map<String, Double> satisfaction, long seed) {
        String reference = DemoFieldwork.CHOICE.citizenQuestionnaire();
        Questionnaire questionnaire = questionnaires.find(reference).orElseThrow();
        Instant now = clock.instant();
        String sample = UUID.nameUUIDFromBytes(("demo-sample-" + roundId).getBytes(StandardCharsets.UTF_8)).toString();
        db.sql("insert into survey_sample (id, round_id, version, seed, design, frames_fingerprint, sample_fingerprint,"
                        + " state, drawn_by, drawn_at, approved_by, approved_at) values (?, ?, 1, ?, 'sipas-province@1',"
                        + " 'minh-hoa', 'minh-hoa', 'APPROVED', 'system', ?, 'system', ?)")
                .params(sample, roundId, seed, Timestamp.from(now), Timestamp.from(now)).update();
        SplittableRandom random = new SplittableRandom(seed);
        int written = 0;
        for (Map.Entry<String, Double> province : satisfaction.entrySet()) {
            List<Commune> drawn = communes.communesOf(province.getKey(), LocalDate.of(year, 12, 31)).stream()
                    .sorted(Comparator.comparing(Commune::code)).limit(COMMUNES).toList();
            for (Commune commune : drawn) {
                double weight = DemoFrames.of(List.of(commune)).households() / (double) HOUSEHOLDS;
                double level = Math.min(0.97, Math.max(0.05, province.getValue() + (random.nextDouble() - 0.5) * 0.2));
                // One complete response a commune, its items re-drawn for each household: making a complete
                // response walks the skip logic question by question, too slow to do 400 times at start.
                Map<String, Object> complete = CompleteAnswers.of(questionnaire, random.nextLong());
                for (int h = 1; h <= HOUSEHOLDS; h++) {
                    Map<String, Object> answers = new java.util.LinkedHashMap<>(complete);
                    sipas.items().forEach(item -> answers.put(item, answer(random, level)));
                    long slot = id(db.sql("insert into survey_sample_unit (sample_id, unit_id, stage, commune_code,"
                                    + " commune_name, village_name, draw_order, certainty, weight) values (?, ?,"
                                    + " 'HOUSEHOLD', ?, ?, 'Thôn 1', ?, false, ?)")
                            .params(sample, province.getKey(), commune.code(), commune.name(), h, weight));
                    long invitation = id(db.sql("insert into survey_invitation (round_id, kind, questionnaire, code_hash,"
                                    + " unit_id, commune_code, commune_name, sample_unit_id, batch, state, issued_by,"
                                    + " issued_at) values (?, 'CITIZEN', ?, ?, ?, ?, ?, ?, 'minh-hoa', 'ISSUED',"
                                    + " 'system', ?)")
                            .params(roundId, reference, "demo-" + roundId + "-c" + written,
                                    province.getKey(), commune.code(), commune.name(), slot, Timestamp.from(now)));
                    respond(roundId, invitation, reference, province.getKey(), commune.code(), null, answers,
                            now.minus(Duration.ofHours(written % 400)));
                    written++;
                }
            }
        }
        return written;
    }

    /** Every listed official of each unit answers (a census), agreeing about {@code agreement} of the time. */
    int officials(String roundId, Map<String, Double> agreement, long seed) {
        String reference = DemoFieldwork.CHOICE.officialsQuestionnaire();
        Questionnaire questionnaire = questionnaires.find(reference).orElseThrow();
        Instant now = clock.instant();
        SplittableRandom random = new SplittableRandom(seed);
        int written = 0;
        for (Map.Entry<String, Double> unit : agreement.entrySet()) {
            Map<String, Object> complete = CompleteAnswers.of(questionnaire, random.nextLong());
            for (int k = 0; k < OFFICIALS; k++) {
                Map<String, Object> answers = new java.util.LinkedHashMap<>(complete);
                // Leaders and managers only: the four items asked of them alone need 30 of them too.
                answers.put("role", k % 2 == 0 ? "leader" : "manager");
                answers.put("yearsOfService", 5L + k % 20);
                officials.items().forEach(item -> answers.put(item, answer(random, unit.getValue())));
                long invitation = id(db.sql("insert into survey_invitation (round_id, kind, questionnaire, code_hash,"
                                + " unit_id, position_group, batch, state, issued_by, issued_at) values (?, 'OFFICIAL',"
                                + " ?, ?, ?, ?, 'minh-hoa', 'ISSUED', 'system', ?)")
                        .params(roundId, reference, "demo-" + roundId + "-o" + written, unit.getKey(),
                                answers.get("role"), Timestamp.from(now)));
                respond(roundId, invitation, reference, unit.getKey(), null, (String) answers.get("role"),
                        answers, now.minus(Duration.ofHours(written % 200)));
                written++;
            }
        }
        return written;
    }

    /** The identity a row was given (H2 and PostgreSQL alike: no "returning"). */
    private static long id(JdbcClient.StatementSpec insert) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return keys.getKey().longValue();
    }

    private void respond(String roundId, long invitation, String questionnaire, String unit, String commune,
                         String positionGroup, Map<String, Object> answers, Instant received) {
        String text;
        try {
            text = json.writeValueAsString(answers);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
        db.sql("insert into survey_response (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                        + " commune_code, position_group, answers, received_at) values (?, ?, ?, ?, 'WEB', ?, ?, ?, ?, ?)")
                .params(UUID.nameUUIDFromBytes((roundId + "/" + invitation).getBytes(StandardCharsets.UTF_8))
                        .toString(), roundId, invitation, questionnaire, unit, commune, positionGroup, text,
                        Timestamp.from(received)).update();
    }

    /** A 5-point answer, 4 or 5 with the given chance, now and then "không biết" (not valid, counted nowhere). */
    private static String answer(SplittableRandom random, double satisfied) {
        if (random.nextInt(25) == 0) {
            return "dk";
        }
        return random.nextDouble() < satisfied ? String.valueOf(4 + random.nextInt(2)) : String.valueOf(1 + random.nextInt(3));
    }
}
