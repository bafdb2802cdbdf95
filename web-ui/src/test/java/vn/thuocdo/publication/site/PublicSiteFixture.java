package vn.thuocdo.publication.site;

import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The published record the site tests read, written as the publication service writes it (plain SQL into the V27
 * tables, published_result and unit_target, files in the store under {@code ./data/publications}): data, not stubs.
 * Rounds of 2191 (published, then corrected), 2192 (published) and 2193 (an APPROVED version never published and a
 * DRAFT one, whose numbers 17.17 must show nowhere). Written once per database.
 */
final class PublicSiteFixture {

    /** The numbers of the unpublished round: no page, file or chart may show them. */
    static final String UNPUBLISHED = "17,17";
    static final String CURRENT_CSV = "don_vi,chi_so,gia_tri\nT34-31,par,90.50\nT34-01,par,88.25\n";
    static final String OLD_CSV = "don_vi,chi_so,gia_tri\nT34-31,par,88.00\nT34-01,par,88.25\n";
    static final String DICTIONARY = "cot,y_nghia\ndon_vi,\"Mã đơn vị, theo danh mục\"\nchi_so,Chỉ số\ngia_tri,Giá trị (%)\n";
    static final Path STORE = Paths.get("data", "publications");

    private PublicSiteFixture() {
    }

    static synchronized void ensure(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from publication where code = 'CB-2191-02'", Integer.class) > 0) {
            return;
        }
        String r2191 = round(jdbc, 2191);
        String r2192 = round(jdbc, 2192);
        String r2193 = round(jdbc, 2193);
        String v2191 = version(jdbc, r2191, 1, "APPROVED");
        String v2192 = version(jdbc, r2192, 1, "APPROVED");
        // 2193: approved by the council but not published, and a later draft: the site must not see either.
        String approved = version(jdbc, r2193, 1, "APPROVED");
        String draft = version(jdbc, r2193, 2, "DRAFT");
        for (String v : List.of(approved, draft)) {
            jdbc.update("insert into index_result (version_id, unit_id, unit_kind, measure, estimate, points, max_points,"
                    + " unit_rank, result_group) values (?, 'T34-31', 'PROVINCE', 'par:total', 17.17, 17.17, 100, 1, 'A')", v);
            jdbc.update("insert into index_result (version_id, unit_id, unit_kind, measure, estimate, ci_low, ci_high)"
                    + " values (?, 'T34-31', 'PROVINCE', 'sipas:overall', 0.1717, 0.1717, 0.1717)", v);
        }

        Instant first = Instant.parse("2192-04-10T03:00:00Z");
        Instant corrected = Instant.parse("2192-04-20T03:00:00Z");
        String old = publication(jdbc, r2191, v2191, 2191, 1, "CB-2191-01", "Kết quả Chỉ số CCHC và SIPAS năm 2191",
                "SUPERSEDED", null, null, first);
        String current = publication(jdbc, r2191, v2191, 2191, 2, "CB-2191-02",
                "Kết quả Chỉ số CCHC và SIPAS năm 2191 (đính chính)", "CURRENT", old,
                "Sửa điểm lĩnh vực 2 của Thành phố Hải Phòng", corrected);
        jdbc.update("update publication set superseded_by = ?, superseded_at = ? where id = ?", current,
                Timestamp.from(corrected), old);
        String p2192 = publication(jdbc, r2192, v2192, 2192, 1, "CB-2192-01", "Kết quả Chỉ số CCHC và SIPAS năm 2192",
                "CURRENT", null, null, Instant.parse("2192-12-15T03:00:00Z"));

        // The superseded publication's numbers: Hải Phòng's 88.00 was corrected to 90.50.
        par(jdbc, old, "T34-31", "Thành phố Hải Phòng", "PROVINCE", 88.00, 1, 1, 2, "B");
        par(jdbc, old, "T34-01", "Thành phố Hà Nội", "PROVINCE", 88.25, 2, 1, 2, "B");

        par(jdbc, current, "T34-31", "Thành phố Hải Phòng", "PROVINCE", 90.50, 1, 1, 2, "A");
        par(jdbc, current, "T34-01", "Thành phố Hà Nội", "PROVINCE", 88.25, 2, 1, 2, "B");
        par(jdbc, current, "BO-BTP", "Bộ Tư pháp", "MINISTRY", 85.00, 1, 1, 1, "B");
        par(jdbc, current, "BO-BTC", "Bộ Tài chính", "MINISTRY", 80.10, 2, 2, 2, "B");
        sipas(jdbc, current, "T34-31", "Thành phố Hải Phòng", "PROVINCE", "sipas:overall", 0.8512, 0.83, 0.87, 2);
        sipas(jdbc, current, "T34-01", "Thành phố Hà Nội", "PROVINCE", "sipas:overall", 0.8631, 0.84, 0.88, 1);
        sipas(jdbc, current, "national", "Cả nước", "NATIONAL", "sipas:overall", 0.8571, 0.85, 0.86, null);
        sipas(jdbc, current, "T34-31", "Thành phố Hải Phòng", "PROVINCE", "sipas:element:access", 0.93, 0.90, 0.96, null);
        sipas(jdbc, current, "T34-31", "Thành phố Hải Phòng", "PROVINCE", "sipas:element:procedures", 0.71, 0.66, 0.76, null);
        area(jdbc, current, "T34-31", "par:area:1", 9.50, 10);
        area(jdbc, current, "T34-31", "par:area:2", 6.00, 8);
        area(jdbc, current, "T34-31", "par:area:3", 12.80, 16);

        par(jdbc, p2192, "T34-31", "Thành phố Hải Phòng", "PROVINCE", 92.00, 1, 1, 1, "A");
        par(jdbc, p2192, "T34-01", "Thành phố Hà Nội", "PROVINCE", 89.00, 2, 2, 2, "B");

        file(jdbc, old, "du-lieu/ket-qua.csv", "DATASET", "text/csv", OLD_CSV);
        file(jdbc, current, "du-lieu/ket-qua.csv", "DATASET", "text/csv", CURRENT_CSV);
        file(jdbc, current, "du-lieu/ket-qua.json", "DATASET", "application/json",
                "[{\"don_vi\":\"T34-31\",\"chi_so\":\"par\",\"gia_tri\":90.50}]");
        file(jdbc, current, "du-lieu/tu-dien.csv", "DICTIONARY", "text/csv", DICTIONARY);
        file(jdbc, current, "bao-cao-quoc-gia.pdf", "REPORT", "application/pdf", "%PDF-1.7 báo cáo quốc gia 2191");
        file(jdbc, p2192, "du-lieu/ket-qua.csv", "DATASET", "text/csv", "don_vi,chi_so,gia_tri\nT34-31,par,92.00\n");
        // A row whose reference leaves the store: served by nobody.
        jdbc.update("insert into publication_file (publication_id, path, kind, unit_id, content_type, size_bytes, sha256,"
                + " storage_ref) values (?, 'du-lieu/ngoai.csv', 'DATASET', null, 'text/csv', 4, ?, '../../../etc/hostname')",
                p2192, "0".repeat(64));

        // Past years (V24) across the reorganisation: Hải Phòng of today was formed from Hải Phòng and Hải Dương.
        String batch = UUID.randomUUID().toString();
        jdbc.update("insert into history_batch (id, kind, file_name, row_count, replaced, imported_by, imported_name,"
                + " imported_at) values (?, 'RESULTS', 'lich-su.xlsx', 3, 0, 'dieuphoi', 'Điều phối', now())", batch);
        past(jdbc, batch, "T63-31", 2024, "par", "87.10", 5);
        past(jdbc, batch, "T63-30", 2024, "par", "85.20", 12);
        past(jdbc, batch, "T63-01", 2024, "par", "86.40", 9);
        jdbc.update("insert into unit_target (id, unit_id, measure, target_year, comparator, target_value, note, source,"
                + " set_by, set_name, set_at) values (?, 'T34-31', 'sipas', 2195, '>=', 90, 'Nghị quyết của Thành ủy',"
                + " 'screen', 'dieuphoi', 'Điều phối', now())", UUID.randomUUID().toString());
    }

    static String sha256(String content) {
        return Rendered.sha256(content.getBytes(StandardCharsets.UTF_8));
    }

    /** A round as the rounds capability stores it (its screens refuse years this far ahead, the table does not). */
    private static String round(JdbcTemplate jdbc, int year) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into evaluation_round (id, round_year, name, level, organiser_unit_id, sampling_form,"
                + " sampling_due, state, created_by, created_at) values (?, ?, ?, 'NATIONAL', 'BO-BNV',"
                + " 'sampling-request@1', ?, 'DRAFT', 'dieuphoi', now())", id, year, "Đợt đánh giá năm " + year,
                java.sql.Date.valueOf(LocalDate.of(year, 9, 30)));
        return id;
    }

    private static String version(JdbcTemplate jdbc, String round, int no, String state) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into index_result_version (id, round_id, version_no, computed_by, computed_by_name,"
                + " computed_at, state, scorecards, responses, unweighted) values (?, ?, ?, 'dieuphoi', 'Điều phối',"
                + " now(), ?, 'par-province-2022@1', 0, 0)", id, round, no, state);
        return id;
    }

    private static String publication(JdbcTemplate jdbc, String round, String version, int year, int no, String code,
                                      String title, String state, String supersedes, String reason, Instant at) {
        String id = UUID.randomUUID().toString();
        jdbc.update("insert into publication (id, round_id, result_version_id, result_year, publication_no, code, title,"
                        + " state, supersedes_id, reason, published_by, published_by_name, published_at, manifest_sha256)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'dieuphoi', 'Nguyễn Văn Điều', ?, ?)",
                id, round, version, year, no, code, title, state, supersedes, reason, Timestamp.from(at),
                sha256(code));
        return id;
    }

    private static void par(JdbcTemplate jdbc, String publication, String unit, String name, String kind, double percent,
                            int rank, int low, int high, String group) {
        jdbc.update("insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure, estimate,"
                        + " points, max_points, unit_rank, rank_low, rank_high, result_group) values (?, ?, ?, ?,"
                        + " 'par:total', ?, ?, 100, ?, ?, ?, ?)",
                publication, unit, name, kind, percent, percent, rank, low, high, group);
    }

    private static void sipas(JdbcTemplate jdbc, String publication, String unit, String name, String kind,
                              String measure, double estimate, double low, double high, Integer rank) {
        jdbc.update("insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure, estimate,"
                        + " se, ci_low, ci_high, n, unit_rank, rank_low, rank_high) values (?, ?, ?, ?, ?, ?, 0.01, ?, ?,"
                        + " 400, ?, ?, ?)",
                publication, unit, name, kind, measure, estimate, low, high, rank, rank == null ? null : 1,
                rank == null ? null : 2);
    }

    private static void area(JdbcTemplate jdbc, String publication, String unit, String measure, double points,
                             double max) {
        jdbc.update("insert into publication_result (publication_id, unit_id, unit_name, unit_kind, measure, points,"
                + " max_points) values (?, ?, 'Thành phố Hải Phòng', 'PROVINCE', ?, ?, ?)", publication, unit, measure,
                points, max);
    }

    private static void file(JdbcTemplate jdbc, String publication, String path, String kind, String type,
                             String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = Rendered.sha256(bytes);
        String ref = "test-site/" + sha.substring(0, 2) + "/" + sha;
        try {
            Path file = STORE.resolve(ref);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("insert into publication_file (publication_id, path, kind, unit_id, content_type, size_bytes, sha256,"
                + " storage_ref) values (?, ?, ?, null, ?, ?, ?, ?)", publication, path, kind, type, bytes.length, sha, ref);
    }

    private static void past(JdbcTemplate jdbc, String batch, String unit, int year, String measure, String value,
                             int rank) {
        jdbc.update("insert into published_result (id, unit_id, result_year, measure, result_value, result_rank, source,"
                        + " batch_id, imported_by, imported_name, imported_at) values (?, ?, ?, ?, ?, ?, 'imported', ?,"
                        + " 'dieuphoi', 'Điều phối', now())",
                UUID.randomUUID().toString(), unit, year, measure, new java.math.BigDecimal(value), rank, batch);
    }
}
