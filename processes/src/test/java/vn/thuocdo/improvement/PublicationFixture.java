package vn.thuocdo.improvement;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thuocdo.forms.scorecard.Criterion;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.publication.Published;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A publication as the publication service leaves it, written as data: its approved result version, its row and its
 * frozen numbers, then the {@link Published} event raised in the same transaction (listeners run after the commit).
 * Also a unit's final appraised points, for the criteria the rule looks at.
 */
public final class PublicationFixture {

    public static final String SCORECARD = "par-province-2022-v1";

    private final JdbcClient db;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    public PublicationFixture(JdbcClient db, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.db = db;
        this.transaction = transaction;
        this.events = events;
    }

    /**
     * A round of the ministry as data: the years the plan tests were given (2141-2149) are past what a coordinator may
     * prepare, and a round's own rules are not what these tests are about.
     */
    public String round(int year, String... units) {
        String id = UUID.randomUUID().toString();
        db.sql("insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                        + " sampling_due, state, created_by, created_at) values (?, ?, ?, 'NATIONAL', 'BO-BNV',"
                        + " 'sampling-request@1', ?, 'LAUNCHED', 'dieuphoi', ?)")
                .params(id, year, "Đợt đánh giá " + year, java.sql.Date.valueOf(java.time.LocalDate.of(year, 9, 30)),
                        Timestamp.from(Instant.now())).update();
        for (String unit : units) {
            db.sql("insert into round_participant (round_id, unit_id) values (?, ?)").params(id, unit).update();
        }
        return id;
    }

    /** One number of the publication: PAR area points of a maximum, or a SIPAS element's satisfied share. */
    public record Row(String unitId, String measure, Double estimate, String points, String maxPoints) {

        public static Row area(String unitId, String code, String points, String max) {
            return new Row(unitId, "par:area:" + code, null, points, max);
        }

        public static Row element(String unitId, String id, double share) {
            return new Row(unitId, "sipas:element:" + id, share, null, null);
        }
    }

    /** Publishes the round's results (number {@code no}, superseding {@code supersedes} when not null). */
    public Published publish(String roundId, int year, int no, String supersedes, Row... rows) {
        return transaction.execute(status -> {
            String version = UUID.randomUUID().toString();
            Timestamp now = Timestamp.from(Instant.now());
            db.sql("insert into index_result_version (id, round_id, version_no, computed_by, computed_by_name,"
                    + " computed_at, state, scorecards, responses, unweighted) values (?, ?, ?, 'dieuphoi',"
                    + " 'Điều phối viên', ?, 'APPROVED', ?, 0, 0)").params(version, roundId, no, now, SCORECARD)
                    .update();
            String id = UUID.randomUUID().toString();
            String code = "CB-" + year + "-0" + no;
            db.sql("insert into publication (id, round_id, result_version_id, result_year, publication_no, code,"
                            + " title, state, supersedes_id, reason, published_by, published_by_name, published_at,"
                            + " manifest_sha256) values (?, ?, ?, ?, ?, ?, ?, 'CURRENT', ?, ?, 'dieuphoi',"
                            + " 'Điều phối viên', ?, ?)")
                    .params(id, roundId, version, year, no, code,
                            "Kết quả Chỉ số CCHC " + year, supersedes, supersedes == null ? null : "Đính chính",
                            now, "a".repeat(64)).update();
            if (supersedes != null) {
                db.sql("update publication set state = 'SUPERSEDED', superseded_by = ?, superseded_at = ? where id = ?")
                        .params(id, now, supersedes).update();
            }
            for (Row row : rows) {
                db.sql("insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure,"
                                + " estimate, points, max_points) values (?, ?, ?, 'PROVINCE', ?, ?, ?, ?)")
                        .params(id, row.unitId(), row.unitId(), row.measure(), row.estimate(),
                                row.points() == null ? null : new BigDecimal(row.points()),
                                row.maxPoints() == null ? null : new BigDecimal(row.maxPoints())).update();
            }
            Published published = new Published(roundId, id, code, year, supersedes);
            events.publishEvent(published);
            return published;
        });
    }

    /**
     * The unit's final points: every self-scored sub-criterion at its maximum, except the criteria given with the
     * share of their maximum each of their sub-criteria got.
     */
    public void finalPoints(String roundId, String unitId, Map<String, Double> criterionShares) {
        Scorecard card = ScorecardCatalogue.load().get(SCORECARD);
        db.sql("insert into self_assessment (round_id, unit_id, scorecard_id, state) values (?, ?, ?, 'FINAL')")
                .params(roundId, unitId, SCORECARD).update();
        for (Criterion criterion : card.criteria()) {
            double share = criterionShares.getOrDefault(criterion.code(), 1.0);
            for (SubCriterion sub : criterion.subCriteria()) {
                if (sub.selfScored()) {
                    db.sql("insert into self_assessment_value (round_id, unit_id, code, final_points, version)"
                                    + " values (?, ?, ?, ?, 1)")
                            .params(roundId, unitId, sub.code(),
                                    sub.maxPoints().multiply(BigDecimal.valueOf(share))).update();
                }
            }
        }
    }
}
