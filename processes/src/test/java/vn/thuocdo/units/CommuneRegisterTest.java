package vn.thuocdo.units;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.testing.ProcessTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The commune register as the migrations ship it, and how a later change to it takes effect by date. */
@ProcessTest
class CommuneRegisterTest {

    private static final LocalDate END_OF_2025 = LocalDate.of(2025, 12, 31);

    @Autowired CommuneRegister register;
    @Autowired Units units;
    @Autowired JdbcClient db;

    @Test
    void everyProvinceFromJuly2025HasItsCommunesAndTheyAddUpTo3321() {
        List<Unit> provinces = units.evaluatedOn(UnitKind.PROVINCE, END_OF_2025);
        assertThat(provinces).hasSize(34);
        assertThat(provinces).allSatisfy(p -> assertThat(register.hasCommunes(p.id(), END_OF_2025)).isTrue());
        assertThat(provinces.stream().mapToInt(p -> register.codesOf(p.id(), END_OF_2025).size()).sum())
                .isEqualTo(3321);
        assertThat(db.sql("select count(distinct code) from commune").query(Long.class).single()).isEqualTo(3321);
    }

    @Test
    void aProvincesRegisterListsItsOwnCommunesInCodeOrder() {
        List<Commune> haiPhong = register.communesOf("T34-31", END_OF_2025);
        assertThat(haiPhong).hasSize(114);
        assertThat(haiPhong).extracting(Commune::code).isSorted();
        assertThat(haiPhong).contains(new Commune("11311", "Phường Hồng Bàng", "T34-31", LocalDate.of(2025, 7, 1), null));
        assertThat(register.codesOf("T34-31", END_OF_2025)).contains("11674", "11914").doesNotContain("00004");
        assertThat(register.codesOf("T34-01", END_OF_2025)).contains("00004");
    }

    @Test
    void beforeJuly2025NoProvinceHasARegister() {
        assertThat(register.hasCommunes("T63-31", LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(register.codesOf("T34-31", LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(register.communesOf("T34-31", LocalDate.of(2025, 6, 30))).isEmpty();
        assertThat(register.hasCommunes("T34-31", LocalDate.of(2025, 7, 1))).isTrue();
    }

    @Test
    @Transactional
    void aLaterChangeClosesTheOldPeriodAndOpensTheNewOneFromItsDay() {
        // What a later migration would do: Hồng Bàng merged into a new commune from 2031.
        db.sql("update commune set valid_to = ? where code = '11311' and province_id = 'T34-31'")
                .param(LocalDate.of(2030, 12, 31)).update();
        db.sql("insert into commune (code, name, province_id, valid_from) values ('11312', 'Phường Mới', 'T34-31', ?)")
                .param(LocalDate.of(2031, 1, 1)).update();

        assertThat(register.codesOf("T34-31", LocalDate.of(2030, 12, 31))).contains("11311").doesNotContain("11312");
        assertThat(register.codesOf("T34-31", LocalDate.of(2031, 12, 31))).contains("11312").doesNotContain("11311");
    }
}
