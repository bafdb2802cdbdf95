package vn.thuocdo.publication.reports;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.forms.index.IndexCatalogue;
import vn.thuocdo.forms.index.IndexDefinition;
import vn.thuocdo.forms.scorecard.Area;
import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScorecardCatalogue;
import vn.thuocdo.publication.PublicationDraft;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A published round as the publication service leaves it before the file sources run, written with plain SQL (the
 * service is built in parallel): a round of the given year, an APPROVED result version naming the shipped
 * definitions, the {@code publication} row and its {@code publication_result} rows - provinces (SIPAS parts and
 * elements, PAR areas and totals, ranks with intervals and groups), ministries (PAR) and the national SIPAS - with
 * seeded, plausible numbers. {@link #lastYear} adds the previous year's history rows for some units.
 */
public final class PublicationScene {

    public record Unit(String id, String name, String kind) {
    }

    private final JdbcClient db;
    private final Random random;

    public PublicationScene(JdbcClient db, long seed) {
        this.db = db;
        this.random = new Random(seed);
    }

    public List<Unit> provinces(int count) {
        return db.sql("select id, name from unit where id like 'T34-%' order by id limit ?").param(count)
                .query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), "PROVINCE")).list();
    }

    public List<Unit> ministries(int count) {
        return db.sql("select id, name from unit where kind = 'MINISTRY' and par_evaluated and valid_to is null"
                        + " order by id limit ?").param(count)
                .query((rs, i) -> new Unit(rs.getString(1), rs.getString(2), "MINISTRY")).list();
    }

    /** A first publication (or, with {@code supersedes}, a correction) of a new round of the year. */
    public PublicationDraft publish(int year, List<Unit> provinces, List<Unit> ministries, PublicationDraft supersedes,
                                    String reason) {
        String roundId = supersedes != null ? supersedes.roundId() : round(year);
        String versionId = UUID.randomUUID().toString();
        db.sql("""
                insert into index_result_version (id, round_id, version_no, reason, computed_by, computed_by_name,
                  computed_at, state, index_definition, scorecards, responses, unweighted)
                values (?, ?, ?, ?, 'dieuphoi', 'Nguyễn Điều Phối', now(), 'APPROVED', 'sipas@1',
                  'par-ministry-2022-v1,par-province-2022-v1', 36525, 118)""")
                .params(versionId, roundId, supersedes == null ? 1 : 2, reason).update();
        int number = supersedes == null ? 1 : 2;
        String code = "CB-%d-%02d".formatted(year, number);
        String id = UUID.randomUUID().toString();
        Instant at = Instant.parse(year + 1 + "-04-15T03:00:00Z");
        db.sql("""
                insert into publication (id, round_id, result_version_id, result_year, publication_no, code, title,
                  state, supersedes_id, reason, published_by, published_by_name, published_at, manifest_sha256)
                values (?, ?, ?, ?, ?, ?, ?, 'CURRENT', ?, ?, 'dieuphoi', 'Nguyễn Điều Phối', ?, ?)""")
                .params(id, roundId, versionId, year, number, code, "Kết quả Chỉ số CCHC và SIPAS năm " + year,
                        supersedes == null ? null : supersedes.id(), reason, Timestamp.from(at), "0".repeat(64))
                .update();
        results(id, provinces, ministries);
        return new PublicationDraft(id, code, roundId, "Đánh giá Chỉ số CCHC và SIPAS năm " + year, year,
                "Kết quả Chỉ số CCHC và SIPAS năm " + year, versionId, at, "Nguyễn Điều Phối",
                supersedes == null ? null : supersedes.code(), reason);
    }

    /** History rows of {@code year} for the units: par, sipas and their areas and elements (0..100). */
    public void lastYear(int year, List<Unit> units) {
        String batch = UUID.randomUUID().toString();
        db.sql("insert into history_batch (id, kind, file_name, row_count, replaced, imported_by, imported_name,"
                + " imported_at) values (?, 'RESULTS', 'ket-qua.xlsx', 0, 0, 'dieuphoi', 'Nguyễn Điều Phối', now())")
                .param(batch).update();
        IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
        for (Unit unit : units) {
            List<String> measures = new ArrayList<>(List.of("par"));
            Scorecard card = scorecard(unit.kind());
            card.areas().forEach(a -> measures.add("par:" + a.code()));
            if (unit.kind().equals("PROVINCE")) {
                measures.add("sipas");
                sipas.parts().forEach(g -> measures.add("sipas:" + g.id()));
                sipas.elements().forEach(e -> measures.add("sipas:" + e.id()));
            }
            for (String measure : measures) {
                db.sql("""
                        insert into published_result (id, unit_id, result_year, measure, result_value, source, batch_id,
                          imported_by, imported_name, imported_at)
                        values (?, ?, ?, ?, ?, 'IMPORT', ?, 'dieuphoi', 'Nguyễn Điều Phối', now())""")
                        .params(UUID.randomUUID().toString(), unit.id(), year, measure,
                                BigDecimal.valueOf(70 + random.nextDouble() * 25).setScale(2, RoundingMode.HALF_UP),
                                batch).update();
            }
        }
    }

    private String round(int year) {
        String id = UUID.randomUUID().toString();
        db.sql("""
                insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,
                  sampling_due, state, created_by, created_at)
                values (?, ?, ?, 'NATIONAL', 'BO-BNV', 'sampling-request@1', ?, 'COMPLETED', 'dieuphoi', now())""")
                .params(id, year, "Đánh giá Chỉ số CCHC và SIPAS năm " + year,
                        java.sql.Date.valueOf(LocalDate.of(year, 9, 30))).update();
        return id;
    }

    private static Scorecard scorecard(String kind) {
        return ScorecardCatalogue.load().forYear(Scorecard.Kind.valueOf(kind), 2024).orElseThrow();
    }

    private record Scored(Unit unit, double value) {
    }

    private void results(String publicationId, List<Unit> provinces, List<Unit> ministries) {
        IndexDefinition sipas = IndexCatalogue.load().get("sipas@1");
        List<Scored> sipasOverall = new ArrayList<>();
        for (Unit p : provinces) {
            double sum = 0;
            for (var part : sipas.parts()) {
                double partSum = 0;
                for (String element : part.of()) {
                    double e = 0.70 + random.nextDouble() * 0.25;
                    partSum += e;
                    share(publicationId, p, "sipas:element:" + element, e, 380 + random.nextInt(400), null);
                }
                double partValue = partSum / part.of().size();
                sum += partValue;
                share(publicationId, p, "sipas:part:" + part.id(), partValue, 900 + random.nextInt(300), null);
            }
            sipasOverall.add(new Scored(p, sum / sipas.parts().size()));
        }
        ranked(publicationId, sipasOverall, true);
        if (!provinces.isEmpty()) {
            double national = sipasOverall.stream().mapToDouble(Scored::value).average().orElse(0.8);
            share(publicationId, new Unit("national", "Cả nước", "national"), "sipas:overall", national, 36_407L, null);
        }
        for (List<Unit> units : List.of(provinces, ministries)) {
            List<Scored> totals = new ArrayList<>();
            for (Unit u : units) {
                BigDecimal sum = BigDecimal.ZERO;
                Scorecard card = scorecard(u.kind());
                for (Area area : card.areas()) {
                    BigDecimal points = area.maxPoints().multiply(BigDecimal.valueOf(0.62 + random.nextDouble() * 0.38))
                            .setScale(2, RoundingMode.HALF_UP);
                    sum = sum.add(points);
                    points(publicationId, u, "par:area:" + area.code(), points, area.maxPoints());
                }
                totals.add(new Scored(u, sum.doubleValue()));
            }
            ranked(publicationId, totals, false);
        }
    }

    /** Ranks, 95% rank intervals (±2 around the rank), the units inside them and, for PAR, the group. */
    private void ranked(String publicationId, List<Scored> scored, boolean sipas) {
        List<Scored> order = new ArrayList<>(scored);
        order.sort(Comparator.comparingDouble(Scored::value).reversed());
        for (int i = 0; i < order.size(); i++) {
            Scored s = order.get(i);
            int rank = i + 1;
            int low = Math.max(1, rank - 2);
            int high = Math.min(order.size(), rank + 2);
            String different = order.subList(low - 1, high).stream().map(o -> o.unit().id())
                    .filter(u -> !u.equals(s.unit().id())).collect(Collectors.joining(","));
            if (sipas) {
                double se = 0.008 + random.nextDouble() * 0.01;
                db.sql("""
                        insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure,
                          estimate, se, ci_low, ci_high, n, unit_rank, rank_low, rank_high, not_different)
                        values (?, ?, ?, ?, 'sipas:overall', ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(publicationId, s.unit().id(), s.unit().name(), s.unit().kind(), s.value(), se,
                                s.value() - 1.96 * se, s.value() + 1.96 * se, 1000L + random.nextInt(200), rank, low,
                                high, different).update();
                continue;
            }
            Scorecard card = scorecard(s.unit().kind());
            double percent = BigDecimal.valueOf(s.value() * 100 / card.totalPoints().doubleValue())
                    .setScale(2, RoundingMode.HALF_UP).doubleValue();
            String group = percent >= 90 ? "A" : percent >= 80 ? "B" : percent >= 70 ? "C" : "D";
            for (String measure : List.of("par:total", "par:percent")) {
                boolean total = measure.equals("par:total");
                db.sql("""
                        insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure,
                          estimate, points, max_points, unit_rank, rank_low, rank_high, not_different, result_group,
                          note)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(publicationId, s.unit().id(), s.unit().name(), s.unit().kind(), measure, percent,
                                total ? BigDecimal.valueOf(s.value()).setScale(2, RoundingMode.HALF_UP) : null,
                                total ? card.totalPoints() : null, rank, low, high, different, group,
                                rank == order.size() ? "compilation.note.notFinal" : null).update();
            }
        }
    }

    private void share(String publicationId, Unit unit, String measure, double value, long n, String note) {
        double se = 0.01 + random.nextDouble() * 0.01;
        db.sql("""
                insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure, estimate, se,
                  ci_low, ci_high, n, note) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(publicationId, unit.id(), unit.name(), unit.kind(), measure, value, se, value - 1.96 * se,
                        value + 1.96 * se, n, note).update();
    }

    private void points(String publicationId, Unit unit, String measure, BigDecimal points, BigDecimal max) {
        db.sql("""
                insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure, points,
                  max_points) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(publicationId, unit.id(), unit.name(), unit.kind(), measure, points, max).update();
    }
}
