package vn.thuocdo.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.testing.SurveyScene;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A round of before the 2025 reorganisation as the system would hold it, written by SQL (the rounds capability
 * refuses the old provinces today, the tables do not): Hải Dương (T63-30) and Hải Phòng (T63-31), merged into today's
 * Hải Phòng (T34-31), with accepted online responses in three communes each (40 households, every item answered
 * alike per commune), optionally its council-approved version published. And past published aggregates.
 */
public final class PreMergerRound {

    /** unit, commune, weight, answer to every item, households. */
    private static final Object[][] COMMUNES = {
            {"T63-30", "hd1", 10.0, "5", 10}, {"T63-30", "hd2", 20.0, "2", 5}, {"T63-30", "hd3", 15.0, "4", 5},
            {"T63-31", "hp1", 8.0, "5", 10}, {"T63-31", "hp2", 8.0, "3", 5}, {"T63-31", "hp3", 25.0, "4", 5}};

    private PreMergerRound() {
    }

    /** The round's id; when {@code published}, with an approved version and its current publication. */
    public static String make(JdbcClient db, int year, boolean published) {
        String round = SurveyScene.round(db, year, "Đợt trước sắp xếp " + year, LocalDate.of(year, 9, 30),
                List.of("T63-30", "T63-31"));
        SurveyScene scene = new SurveyScene(db, round).approvedSample();
        for (Object[] c : COMMUNES) {
            for (int h = 0; h < (Integer) c[4]; h++) {
                scene.respond((String) c[0], (String) c[1], (Double) c[2], (String) c[3]);
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
}
