package vn.thuocdo.round.ui;

import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.testing.KaribuTest;
import vn.thuocdo.units.UnitKind;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class ProvincialRoundViewsTest extends KaribuTest {

    @Autowired Rounds rounds;

    @Test
    void haiPhongRegistersItsDepartmentsAndLaunchesItsOwnRoundWithTheSameScreens() {
        signIn("dieuphoi.haiphong");
        navigate("units");
        SubordinateUnitsView unitsView = _get(SubordinateUnitsView.class);
        unitsView.kind.setValue(UnitKind.DEPARTMENT);
        unitsView.code.setValue("s y");
        unitsView.name.setValue("Sở Y tế");
        _click(unitsView.add);
        expectNotifications("Mã đơn vị gồm 2 đến 10 chữ cái không dấu hoặc chữ số.");
        unitsView.code.setValue("SNN");
        _click(unitsView.add);
        expectNotifications("Đã thêm Sở Y tế.");
        assertThat(_size(unitsView.grid)).isGreaterThanOrEqualTo(1);

        navigate("rounds/new");
        RoundLaunchView form = _get(RoundLaunchView.class);
        form.year.setValue(2099);
        assertThat(form.provinces.getListDataView().getItems()).anySatisfy(u -> assertThat(u.id()).isEqualTo("T34-31.SNN"));
        form.provinces.setValue(java.util.Set.copyOf(form.provinces.getListDataView().getItems()
                .filter(u -> u.id().equals("T34-31.SNN")).toList()));
        form.due.setValue(LocalDate.now().plusDays(10));
        _click(form.launch);
        _get(RoundDashboardView.class);
        assertThat(rounds.visibleTo(new vn.thuocdo.identity.Actor("dieuphoi.haiphong", "Đinh Thu Thảo", "T34-31",
                java.util.Set.of(vn.thuocdo.identity.Role.MINISTRY_COORDINATOR)))).anySatisfy(r -> {
            assertThat(r.level()).isEqualTo(RoundLevel.PROVINCIAL);
            assertThat(r.participants()).containsExactly("T34-31.SNN");
        });
    }

    @Test
    void haiPhongPicksItsCommunesFromTheRegisterBySearchingTheirNames() {
        signIn("dieuphoi.haiphong");
        navigate("units");
        SubordinateUnitsView unitsView = _get(SubordinateUnitsView.class);
        unitsView.kind.setValue(UnitKind.COMMUNE);
        assertThat(unitsView.code.isVisible()).as("no code typed by hand").isFalse();
        assertThat(unitsView.commune.isVisible()).isTrue();
        _click(unitsView.add);
        assertThat(unitsView.commune.getErrorMessage()).isEqualTo("Vui lòng chọn một xã, phường, đặc khu từ danh mục.");

        // Without diacritics, as people type: only Hải Phòng's communes come up.
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(unitsView.commune, "le thanh nghi");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(unitsView.commune))
                .containsExactly("10532 · Phường Lê Thanh Nghị");
        com.github.mvysny.kaributesting.v10.ComboBoxKt.selectByLabel(unitsView.commune, "10532 · Phường Lê Thanh Nghị");
        _click(unitsView.add);
        expectNotifications("Đã thêm Phường Lê Thanh Nghị.");
        assertThat(unitsView.grid.getListDataView().getItems())
                .anySatisfy(u -> assertThat(u.id()).isEqualTo("T34-31.10532"));
        // Registered once: it is no longer offered.
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(unitsView.commune, "le thanh nghi");
        assertThat(com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(unitsView.commune)).isEmpty();
    }

    @Test
    void theMinistrysCoordinatorIsToldUnitsAreTheOfficialRegister() {
        signIn("dieuphoi");
        navigate("units");
        assertThat(_get(Div.class, spec -> spec.withId("units-note")).getElement().getTextRecursively())
                .startsWith("Đợt đánh giá cấp quốc gia dùng danh mục đơn vị hành chính chính thức.");
    }
}
