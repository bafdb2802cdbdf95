package vn.thuocdo.publication.site;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A realistic year for the benchmark: one publication of the 34 provinces' SIPAS (with intervals and rank intervals)
 * and PAR INDEX, written by SQL as the publication service writes it.
 */
public final class PublicSiteLoad {

    private PublicSiteLoad() {
    }

    public static void publishYear(JdbcTemplate jdbc, int year) {
        String round = UUID.randomUUID().toString();
        jdbc.update("insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                + " sampling_due, state, created_by, created_at) values (?, ?, ?, 'NATIONAL', 'BO-BNV',"
                + " 'sampling-request@1', ?, 'DRAFT', 'dieuphoi', now())", round, year, "Đợt " + year,
                java.sql.Date.valueOf(LocalDate.of(year, 9, 30)));
        String version = UUID.randomUUID().toString();
        jdbc.update("insert into index_result_version (id, round_id, version_no, computed_by, computed_by_name,"
                + " computed_at, state, scorecards, responses, unweighted) values (?, ?, 1, 'dieuphoi', 'Điều phối',"
                + " now(), 'APPROVED', 'par-province-2022@1', 0, 0)", version, round);
        String publication = UUID.randomUUID().toString();
        jdbc.update("insert into publication (id, round_id, result_version_id, result_year, publication_no, code, title,"
                        + " state, published_by, published_by_name, published_at, manifest_sha256) values (?, ?, ?, ?, 1,"
                        + " ?, ?, 'CURRENT', 'dieuphoi', 'Điều phối', ?, ?)", publication, round, version, year,
                "CB-" + year + "-01", "Kết quả năm " + year, Timestamp.from(Instant.now()), "b".repeat(64));
        List<Map<String, Object>> provinces = jdbc.queryForList(
                "select id, name from unit where id like 'T34-%' and kind = 'PROVINCE' order by code");
        int n = provinces.size();
        for (int i = 0; i < n; i++) {
            String id = (String) provinces.get(i).get("id");
            String name = (String) provinces.get(i).get("name");
            double sipas = 0.92 - i * 0.004;
            double par = 95.5 - i * 0.35;
            int rank = i + 1;
            jdbc.update("insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure, estimate,"
                            + " se, ci_low, ci_high, n, unit_rank, rank_low, rank_high) values (?, ?, ?, 'PROVINCE',"
                            + " 'sipas:overall', ?, 0.01, ?, ?, 1100, ?, ?, ?)", publication, id, name, sipas,
                    sipas - 0.02, sipas + 0.02, rank, Math.max(1, rank - 4), Math.min(n, rank + 4));
            jdbc.update("insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure, estimate,"
                            + " points, max_points, unit_rank, rank_low, rank_high, result_group) values (?, ?, ?,"
                            + " 'PROVINCE', 'par:total', ?, ?, 100, ?, ?, ?, ?)", publication, id, name, par, par, rank,
                    Math.max(1, rank - 3), Math.min(n, rank + 3), par >= 90 ? "A" : "B");
        }
    }
}
