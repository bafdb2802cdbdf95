package vn.thuocdo.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A round of before the 2025 reorganisation as the system would hold it, written by SQL (the rounds capability
 * refuses the old provinces today, the tables do not): Hải Dương (T63-30) and Hải Phòng (T63-31), merged into today's
 * Hải Phòng (T34-31), with accepted online responses in three communes each (40 households, every item answered
 * alike per commune), optionally its council-approved version published. And past published aggregates.
 */
public final class PreMergerRound {

    private static final IndexDefinition SIPAS = IndexCatalogue.load().get("sipas@1");
    /** unit, commune, weight, answer to every item, households. */
    private static final Object[][] COMMUNES = {
            {"T63-30", "hd1", 10.0, "5", 10}, {"T63-30", "hd2", 20.0, "2", 5}, {"T63-30", "hd3", 15.0, "4", 5},
            {"T63-31", "hp1", 8.0, "5", 10}, {"T63-31", "hp2", 8.0, "3", 5}, {"T63-31", "hp3", 25.0, "4", 5}};

    private PreMergerRound() {
    }

    /** The round's id; when {@code published}, with an approved version and its current publication. */
    public static String make(JdbcClient db, int year, boolean published) {
        String round = UUID.randomUUID().toString();
        db.sql("insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                + " sampling_due, state, created_by, created_at) values (?, ?, ?, 'NATIONAL', 'BO-BNV',"
                + " 'sampling-request@1', ?, 'DRAFT', 'dieuphoi', now())").params(round, year,
                "Đợt trước sắp xếp " + year, java.sql.Date.valueOf(year + "-09-30")).update();
        String sample = UUID.randomUUID().toString();
        db.sql("insert into survey_sample (id, round_id, version, seed, design, frames_fingerprint, sample_fingerprint,"
                + " state, drawn_by, drawn_at) values (?, ?, 1, 1, 'd@1', 'f', 's', 'APPROVED', 'x', ?)")
                .params(sample, round, Timestamp.from(Instant.now())).update();
        for (String unit : List.of("T63-30", "T63-31")) {
            db.sql("insert into round_participant (round_id, unit_id) values (?, ?)").params(round, unit).update();
        }
        for (Object[] c : COMMUNES) {
            for (int h = 0; h < (Integer) c[4]; h++) {
                respond(db, round, sample, (String) c[0], (String) c[1], (Double) c[2], (String) c[3]);
            }
        }
        if (published) {
            String version = UUID.randomUUID().toString();
            db.sql("insert into index_result_version (id, round_id, version_no, computed_by, computed_by_name,"
                    + " computed_at, state, index_definition, scorecards, responses, unweighted) values (?, ?, 1,"
                    + " 'dieuphoi', 'Điều phối', now(), 'APPROVED', 'sipas@1', 'par-province-2022@1', 0, 0)")
                    .params(version, round).update();
            db.sql("insert into publication (id, round_id, result_version_id, result_year, publication_no, code,"
                    + " title, state, published_by, published_by_name, published_at, manifest_sha256) values (?, ?, ?,"
                    + " ?, 1, ?, ?, 'CURRENT', 'dieuphoi', 'Điều phối', now(), ?)")
                    .params(UUID.randomUUID().toString(), round, version, year, "CB-" + year + "-TS",
                            "Kết quả năm " + year, "0".repeat(64)).update();
        }
        return round;
    }

    /** A published value of the history ({@code published_result}), imported. */
    public static void past(JdbcClient db, String unit, int year, String measure, String value) {
        String batch = UUID.randomUUID().toString();
        db.sql("insert into history_batch (id, kind, file_name, row_count, replaced, imported_by, imported_name,"
                + " imported_at) values (?, 'RESULTS', 'lich-su.xlsx', 1, 0, 'dieuphoi', 'Điều phối', now())")
                .param(batch).update();
        db.sql("insert into published_result (id, unit_id, result_year, measure, result_value, source, batch_id,"
                        + " imported_by, imported_name, imported_at) values (?, ?, ?, ?, ?, 'imported', ?,"
                        + " 'dieuphoi', 'Điều phối', now())")
                .params(UUID.randomUUID().toString(), unit, year, measure, new BigDecimal(value), batch).update();
    }

    private static void respond(JdbcClient db, String round, String sample, String unit, String commune,
                                double weight, String answer) {
        Long slot = db.sql("insert into survey_sample_unit (sample_id, unit_id, stage, commune_code, commune_name,"
                        + " draw_order, certainty, weight) values (?, ?, 'HOUSEHOLD', ?, ?, 1, false, ?) returning id")
                .params(sample, unit, commune, commune, weight).query(Long.class).single();
        Long invitation = db.sql("insert into survey_invitation (round_id, kind, questionnaire, code_hash, unit_id,"
                        + " sample_unit_id, batch, state, issued_by, issued_at) values (?, 'CITIZEN', 'sipas-citizen@1',"
                        + " ?, ?, ?, 'b1', 'ISSUED', 'x', ?) returning id")
                .params(round, UUID.randomUUID().toString(), unit, slot, Timestamp.from(Instant.now()))
                .query(Long.class).single();
        String answers = SIPAS.items().stream().map(i -> "\"" + i + "\":\"" + answer + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        db.sql("insert into survey_response (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                        + " commune_code, answers, received_at) values (?, ?, ?, 'sipas-citizen@1', 'WEB', ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), round, invitation, unit, commune, answers,
                        Timestamp.from(Instant.now())).update();
    }
}
