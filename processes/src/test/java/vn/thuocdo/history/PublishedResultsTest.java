package vn.thuocdo.history;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.testing.MutableClock;
import vn.thuocdo.testing.ProcessTest;
import vn.thuocdo.testing.TestActors;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Past published results: the rows refused and why, all or nothing, a year imported again, and the series across
 * the 2025 reorganisation. Each test uses a measure of its own (sipas:&lt;test&gt;), so a re-import in one never
 * replaces another's rows; the unit codes are the reference data's.
 */
@ProcessTest
class PublishedResultsTest {

    @Autowired PublishedResults results;
    @Autowired JdbcClient db;
    @Autowired MutableClock clock;

    static SheetRow row(int n, String... cells) {
        return new SheetRow(n, Arrays.asList(cells));
    }

    @Test
    void everyRefusedRowIsNamedWithItsReasonAndNothingOfTheFileIsSaved() {
        int nextYear = vn.thuocdo.shared.TimeZones.today(clock).getYear() + 1;
        List<SheetRow> rows = List.of(
                row(2, "31", "2023", "sipas:refusals", "81,5", "12", "B"),
                row(3, "99", "2023", "sipas:refusals", "80", null, null),
                row(4, "T34-31", "2023", "sipas:refusals", "80", null, null),
                row(5, "02", "2025", "sipas:refusals", "80", null, null),
                row(6, "38", "2023", "sipas:refusals", "100,5", null, null),
                row(7, "38", "2024", "sipas:refusals", "tám mươi", null, null),
                row(8, "31", "2023", "sipas:refusals", "70", null, null),
                row(9, "38", String.valueOf(nextYear), "sipas:refusals", "70", null, null),
                row(10, "38", "2022", "chỉ số khác", "70", null, null),
                row(11, "38", "2021", "sipas:refusals", null, "0", null));

        assertThatThrownBy(() -> results.importRows(rows, "ket-qua.xlsx", TestActors.COORDINATOR))
                .isInstanceOfSatisfying(InvalidHistoryWorkbook.class, refused -> assertThat(refused.errors())
                        .extracting(HistoryRowError::row, HistoryRowError::column, HistoryRowError::key)
                        .containsExactly(
                                tuple(3, "Mã đơn vị", "history.row.unknownUnit"),
                                tuple(4, "Mã đơn vị", "history.row.unitNotThatYear"),
                                tuple(5, "Mã đơn vị", "history.row.unitNotThatYear"),
                                tuple(6, "Giá trị", "history.row.badValue"),
                                tuple(7, "Giá trị", "history.row.badValue"),
                                tuple(8, null, "history.row.duplicate"),
                                tuple(9, "Năm", "history.row.futureYear"),
                                tuple(10, "Chỉ số", "history.row.badMeasure"),
                                tuple(11, "Giá trị", "history.row.required"),
                                tuple(11, "Xếp hạng", "history.row.badRank")));

        assertThat(count("sipas:refusals")).isZero();
        assertThat(db.sql("select count(*) from history_batch where file_name = 'ket-qua.xlsx'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCodeIsTheUnitThatHadItThatYearSoThirtyOneIsTheOldHaiPhongBefore2025AndTheNewOneAfter() {
        results.importRows(List.of(row(2, "31", "2024", "sipas:codes", "82,15", "12", "b"),
                row(3, "31", "2025", "sipas:codes", "85", "3", "A"),
                row(4, "1", "2024", "sipas:codes", "90", null, null)), null, TestActors.COORDINATOR);

        assertThat(db.sql("""
                        select unit_id, result_year, result_value, result_rank, result_group from published_result
                        where measure = 'sipas:codes' order by unit_id""")
                .query((rs, n) -> List.of(rs.getString(1), rs.getInt(2), RowChecks.plain(rs.getBigDecimal(3)),
                        rs.getInt(4), String.valueOf(rs.getString(5)))).list())
                .containsExactly(List.of("T34-31", 2025, new BigDecimal("85"), 3, "A"),
                        List.of("T63-01", 2024, new BigDecimal("90"), 0, "null"),
                        List.of("T63-31", 2024, new BigDecimal("82.15"), 12, "B"));
    }

    @Test
    void importingAYearAgainReplacesItAsANewBatchAndKeepsTheOldRowsMarked() {
        HistoryBatch first = results.importRows(List.of(row(2, "38", "2023", "sipas:again", "70"),
                row(3, "40", "2023", "sipas:again", "71"), row(4, "40", "2022", "sipas:again", "60")),
                "first.xlsx", TestActors.COORDINATOR);
        HistoryBatch second = results.importRows(List.of(row(2, "38", "2023", "sipas:again", "75")),
                "second.xlsx", TestActors.COORDINATOR);

        assertThat(second.replaced()).isEqualTo(2);
        assertThat(second.rows()).isEqualTo(1);
        assertThat(results.series("T34-38", "sipas:again")).extracting(SeriesPoint::year, SeriesPoint::value)
                .containsExactly(tuple(2023, new BigDecimal("75")));
        assertThat(results.series("T34-40", "sipas:again")).extracting(SeriesPoint::year, SeriesPoint::value)
                .containsExactly(tuple(2022, new BigDecimal("60")));
        assertThat(db.sql("select count(*) from published_result where batch_id = ? and superseded_by = ?")
                .params(first.id(), second.id()).query(Integer.class).single()).isEqualTo(2);
        assertThat(count("sipas:again")).isEqualTo(4);
        assertThat(db.sql("select detail from audit_event where action = 'history.results.import' and target = ?")
                .param(second.id()).query(String.class).single()).contains("1 rows", "[2023]", "replaced 2");
    }

    @Test
    void aMergedProvinceShowsItsPredecessorsBefore2025AsNotDirectlyComparable() {
        // Tuyên Quang (08) was formed from Hà Giang (02) and the old Tuyên Quang (08).
        results.importRows(List.of(row(2, "02", "2023", "sipas:merged", "78,5"),
                row(3, "08", "2023", "sipas:merged", "81"), row(4, "08", "2025", "sipas:merged", "84", "7"),
                row(5, "02", "2024", "sipas:merged", "79")), null, TestActors.COORDINATOR);

        assertThat(results.series("T34-08", "sipas:merged"))
                .extracting(SeriesPoint::year, SeriesPoint::unitId, SeriesPoint::value, SeriesPoint::comparability)
                .containsExactly(
                        tuple(2023, "T63-02", new BigDecimal("78.5"), SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE),
                        tuple(2023, "T63-08", new BigDecimal("81"), SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE),
                        tuple(2024, "T63-02", new BigDecimal("79"), SeriesPoint.Comparability.NOT_DIRECTLY_COMPARABLE),
                        tuple(2025, "T34-08", new BigDecimal("84"), SeriesPoint.Comparability.OWN));
    }

    @Test
    void anUnchangedProvinceSeriesContinuesAcrossTheReorganisation() {
        // Thanh Hóa (38) was formed from Thanh Hóa alone.
        results.importRows(List.of(row(2, "38", "2023", "sipas:unchanged", "80"),
                row(3, "38", "2025", "sipas:unchanged", "83")), null, TestActors.COORDINATOR);

        assertThat(results.series("T34-38", "sipas:unchanged"))
                .extracting(SeriesPoint::year, SeriesPoint::unitName, SeriesPoint::comparability)
                .containsExactly(tuple(2023, "Thanh Hóa", SeriesPoint.Comparability.CONTINUED),
                        tuple(2025, "Thanh Hóa", SeriesPoint.Comparability.OWN));
        assertThat(results.series("T34-38", "sipas:unchanged")).allMatch(p -> p.comparability().direct());
    }

    @Test
    void anOfficerSeesOnlyTheirOwnUnitAndNobodyButTheMinistryImports() {
        results.importRows(List.of(row(2, "01", "2025", "sipas:access", "88")), null, TestActors.COORDINATOR);
        Actor provinceCoordinator = new Actor("dieuphoi.haiphong", "Đinh Thu Thảo", "T34-31",
                Set.of(Role.MINISTRY_COORDINATOR));

        assertThat(results.seriesFor(TestActors.HA_NOI, "T34-01", "sipas:access")).hasSize(1);
        assertThatThrownBy(() -> results.seriesFor(TestActors.HAI_PHONG, "T34-01", "sipas:access"))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> results.importRows(List.of(row(2, "31", "2025", "sipas:access", "99")), null,
                TestActors.HAI_PHONG)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> results.importRows(List.of(row(2, "31", "2025", "sipas:access", "99")), null,
                provinceCoordinator)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> results.table("sipas:access", 5, TestActors.HAI_PHONG))
                .isInstanceOf(AccessDenied.class);
        assertThat(results.table("sipas:access", 5, TestActors.COORDINATOR).rows())
                .extracting(r -> r.unit().id()).containsExactly("T34-01");
    }

    private int count(String measure) {
        return db.sql("select count(*) from published_result where measure = ?").param(measure)
                .query(Integer.class).single();
    }
}
