package vn.thuocdo.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.testing.SurveyScene;

import java.time.LocalDate;
import java.util.List;

/**
 * A round of before the 2025 reorganisation as the system would hold it, written by SQL (the rounds capability
 * refuses the old provinces today, the tables do not): Hải Dương (T63-30) and Hải Phòng (T63-31), merged into today's
 * Hải Phòng (T34-31), with accepted online responses in three communes each (40 households, every item answered
 * alike per commune), optionally its council-approved version published. (Past published aggregates: PastResults.)
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
            scene.published(year, "CB-" + year + "-TS", "Kết quả năm " + year);
        }
        return round;
    }
}
