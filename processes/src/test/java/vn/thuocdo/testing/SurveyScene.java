package vn.thuocdo.testing;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A round's survey written by SQL, for the tests of what is computed from it (compilation, replication, history) in
 * the core and on the screens: the round itself where a test's years lie beyond what preparing one accepts (or its
 * units are the old provinces), an approved sample, citizens answering on household slots of the sample with their
 * design weights, and officials answering through their mailed links. No capability's rules run on the way in.
 */
public final class SurveyScene {

    public static final IndexDefinition SIPAS = IndexCatalogue.load().get("sipas@1");

    private final JdbcClient db;
    private final String round;
    private String sample;

    /** The survey of {@code round}, a round that exists; {@link #approvedSample()} before the first citizen. */
    public SurveyScene(JdbcClient db, String round) {
        this.db = db;
        this.round = round;
    }

    /**
     * A draft national round of the ministry, as {@code Rounds.prepare} saves one (reminders 3 days before), with its
     * participants; its id.
     */
    public static String round(JdbcClient db, int year, String name, LocalDate samplingDue, List<String> participants) {
        String id = UUID.randomUUID().toString();
        db.sql("insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                        + " sampling_due, state, created_by, created_at, reminder_days_before)"
                        + " values (?, ?, ?, 'NATIONAL', ?, 'sampling-request@1', ?, 'DRAFT', 'dieuphoi', ?, 3)")
                .params(id, year, name, TestActors.COORDINATOR.unitId(), java.sql.Date.valueOf(samplingDue),
                        Timestamp.from(Instant.now())).update();
        participants.forEach(unit -> db.sql("insert into round_participant (round_id, unit_id) values (?, ?)")
                .params(id, unit).update());
        return id;
    }

    /** The round's approved sample of a design nobody reads ({@code d@1}). */
    public SurveyScene approvedSample() {
        return approvedSample("d@1");
    }

    /** The round's approved sample, version 1, of {@code design}. */
    public SurveyScene approvedSample(String design) {
        sample = UUID.randomUUID().toString();
        db.sql("insert into survey_sample (id, round_id, version, seed, design, frames_fingerprint, sample_fingerprint,"
                        + " state, drawn_by, drawn_at) values (?, ?, 1, 1, ?, 'f', 's', 'APPROVED', 'x', ?)")
                .params(sample, round, design, Timestamp.from(Instant.now())).update();
        return this;
    }

    public String round() {
        return round;
    }

    public String sample() {
        return sample;
    }

    /** A household answering every sipas@1 item with {@code answer}; see {@link #respond(String, String, Double, Map)}. */
    public String respond(String unit, String commune, Double weight, String answer) {
        return respond(unit, commune, weight, alike(SIPAS, answer));
    }

    /**
     * One household of {@code commune}: a new slot of the sample with its design weight ({@code null}: a slot without
     * one), invited, answering sipas-citizen@1 on the web with {@code answers}; the response's id.
     */
    public String respond(String unit, String commune, Double weight, Map<String, ?> answers) {
        Long slot = db.sql("insert into survey_sample_unit (sample_id, unit_id, stage, commune_code, commune_name,"
                        + " draw_order, certainty, weight) values (?, ?, 'HOUSEHOLD', ?, ?, 1, false, ?) returning id")
                .params(sample, unit, commune, commune, weight).query(Long.class).single();
        Long invitation = db.sql("insert into survey_invitation (round_id, kind, questionnaire, code_hash, unit_id,"
                        + " sample_unit_id, batch, state, issued_by, issued_at) values (?, 'CITIZEN', 'sipas-citizen@1',"
                        + " ?, ?, ?, 'b1', 'ISSUED', 'x', ?) returning id")
                .params(round, UUID.randomUUID().toString(), unit, slot, Timestamp.from(Instant.now()))
                .query(Long.class).single();
        String id = UUID.randomUUID().toString();
        db.sql("insert into survey_response (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                        + " commune_code, answers, received_at) values (?, ?, ?, 'sipas-citizen@1', 'WEB', ?, ?, ?, ?)")
                .params(id, round, invitation, unit, commune, json(answers), Timestamp.from(Instant.now())).update();
        return id;
    }

    /** An official of {@code unit} (a civil servant) answering par-officials@1 through the link mailed to them. */
    public String official(String unit, Map<String, ?> answers) {
        Long invitation = db.sql("insert into survey_invitation (round_id, kind, questionnaire, code_hash, unit_id,"
                        + " position_group, batch, state, issued_by, issued_at) values (?, 'OFFICIAL',"
                        + " 'par-officials@1', ?, ?, 'civilServant', 'b1', 'ISSUED', 'x', ?) returning id")
                .params(round, UUID.randomUUID().toString(), unit, Timestamp.from(Instant.now()))
                .query(Long.class).single();
        String id = UUID.randomUUID().toString();
        db.sql("insert into survey_response (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                        + " position_group, answers, received_at) values (?, ?, ?, 'par-officials@1', 'WEB', ?,"
                        + " 'civilServant', ?, ?)")
                .params(id, round, invitation, unit, json(answers), Timestamp.from(Instant.now())).update();
        return id;
    }

    /**
     * A response that came without an invitation (so without a slot or a design weight) through {@code channel};
     * {@code positionGroup} for an official, else {@code null}.
     */
    public String uninvited(String questionnaire, String channel, String unit, String positionGroup, String answers) {
        String id = UUID.randomUUID().toString();
        db.sql("insert into survey_response (id, round_id, questionnaire, channel, unit_id, position_group, answers,"
                        + " received_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, round, questionnaire, channel, unit, positionGroup, answers, Timestamp.from(Instant.now()))
                .update();
        return id;
    }

    /**
     * The round's council-approved result version (no rows; sipas@1 on the province scorecard) published as the
     * current publication of {@code year}, without the publication service's events; the publication's id.
     */
    public String published(int year, String code, String title) {
        String version = UUID.randomUUID().toString();
        db.sql("insert into index_result_version (id, round_id, version_no, computed_by, computed_by_name,"
                + " computed_at, state, index_definition, scorecards, responses, unweighted) values (?, ?, 1,"
                + " 'dieuphoi', 'Điều phối', now(), 'APPROVED', 'sipas@1', 'par-province-2022@1', 0, 0)")
                .params(version, round).update();
        String publication = UUID.randomUUID().toString();
        db.sql("insert into publication (id, round_id, result_version_id, result_year, publication_no, code,"
                        + " title, state, published_by, published_by_name, published_at, manifest_sha256) values (?, ?, ?,"
                        + " ?, 1, ?, ?, 'CURRENT', 'dieuphoi', 'Điều phối', now(), ?)")
                .params(publication, round, version, year, code, title, "0".repeat(64)).update();
        return publication;
    }

    /** Every item of {@code definition} answered {@code answer}, in the definition's order. */
    public static Map<String, String> alike(IndexDefinition definition, String answer) {
        Map<String, String> answers = new LinkedHashMap<>();
        definition.items().forEach(item -> answers.put(item, answer));
        return answers;
    }

    /** Answers as stored: text quoted, a number as it is, in the map's order. */
    public static String json(Map<String, ?> answers) {
        StringBuilder json = new StringBuilder("{");
        answers.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key)
                .append("\":").append(value instanceof Number ? value.toString() : "\"" + value + "\""));
        return json.append('}').toString();
    }
}
