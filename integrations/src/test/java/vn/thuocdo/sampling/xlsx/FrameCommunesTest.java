package vn.thuocdo.sampling.xlsx;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.round.NewRound;
import vn.thuocdo.round.Round;
import vn.thuocdo.round.RoundLevel;
import vn.thuocdo.round.Rounds;
import vn.thuocdo.sampling.FrameError;
import vn.thuocdo.sampling.FrameRow;
import vn.thuocdo.sampling.FrameSummary;
import vn.thuocdo.sampling.InvalidFrame;
import vn.thuocdo.sampling.SamplingFrames;
import vn.thuocdo.sampling.SamplingRequests;
import vn.thuocdo.testing.AdapterTest;
import vn.thuocdo.testing.TestActors;
import vn.thuocdo.units.Commune;
import vn.thuocdo.units.CommuneRegister;
import vn.thuocdo.workflow.InboxFilter;
import vn.thuocdo.workflow.Tasks;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thuocdo.testing.TestActors.COORDINATOR;
import static vn.thuocdo.testing.TestActors.HAI_PHONG;

/**
 * A province's sampling frame names only the province's own communes, as the commune register has them on 31/12
 * of the round's year; a province without a register that day keeps the format check. Rounds from 2070: years
 * {@link SamplingFrameImportTest} does not use in the same database.
 */
@AdapterTest
class FrameCommunesTest {

    private static final AtomicInteger YEAR = new AtomicInteger(2070);

    @Autowired Rounds rounds;
    @Autowired SamplingRequests sampling;
    @Autowired SamplingFrames frames;
    @Autowired CommuneRegister register;
    @Autowired Tasks tasks;

    @Test
    void aCommuneOfAnotherProvinceIsRefusedAtItsRowAndTheEarlierFrameStays() {
        Round round = launch(YEAR.getAndIncrement(), "T34-31");
        String task = taskOf(round, HAI_PHONG);
        attach(task, HAI_PHONG, List.of(List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 1", 120, 480)));

        // Phường Ba Đình is Hà Nội's, typed once as text and once as the number Excel keeps of it.
        byte[] file = Xlsx.frame(List.of(
                List.of("11311", "Phường Hồng Bàng", "Tổ dân phố 2", 95, 371),
                List.of("00004", "Phường Ba Đình", "Tổ dân phố 1", 100, 400),
                List.of(4, "Phường Ba Đình", "Tổ dân phố 2", 100, 400),
                List.of("11674", "Xã An Hưng", "Thôn Đông", 300, 1200)));
        assertThatThrownBy(() -> frames.attachFrame(task, new ByteArrayInputStream(file), file.length, HAI_PHONG))
                .isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors()).containsExactly(
                        new FrameError(Xlsx.SHEET, 3, "A", "frame.communeNotInProvince", List.of("00004", "Thành phố Hải Phòng")),
                        new FrameError(Xlsx.SHEET, 4, "A", "frame.communeNotInProvince", List.of("00004", "Thành phố Hải Phòng"))));

        assertThat(frames.frameRows(requestOf(round, "T34-31"))).extracting(FrameRow::villageName)
                .containsExactly("Tổ dân phố 1");
    }

    @Test
    void aFrameOfEveryCommuneOfTheProvinceIsAccepted() {
        int year = YEAR.getAndIncrement();
        Round round = launch(year, "T34-31");
        List<Commune> communes = register.communesOf("T34-31", LocalDate.of(year, 12, 31));
        List<List<Object>> rows = communes.stream()
                .map(c -> List.<Object>of(c.code(), c.name(), "Thôn 1", 100, 400)).toList();

        FrameSummary summary = attach(taskOf(round, HAI_PHONG), HAI_PHONG, rows);

        assertThat(summary.communes()).isEqualTo(114);
        assertThat(summary.villages()).isEqualTo(114);
    }

    @Test
    void aProvinceWithoutARegisterOnTheDayKeepsTheFormatCheckOnly() {
        // 2024: the 63 provinces, for which no commune register is shipped.
        Actor oldHaiPhong = TestActors.officerOf("T63-31");
        Round round = launch(2024, "T63-31");
        String task = taskOf(round, oldHaiPhong);

        FrameSummary summary = attach(task, oldHaiPhong, List.of(
                List.of("00004", "Phường Ba Đình", "Tổ dân phố 1", 100, 400),
                List.of("99999", "Xã không có trong danh mục", "Thôn 1", 10, 40)));
        assertThat(summary.communes()).isEqualTo(2);

        byte[] badCode = Xlsx.frame(List.of(List.of("3101", "Xã An Hưng", "Thôn 1", 300, 1200)));
        assertThatThrownBy(() -> frames.attachFrame(task, new ByteArrayInputStream(badCode), badCode.length,
                oldHaiPhong)).isInstanceOfSatisfying(InvalidFrame.class, e -> assertThat(e.errors())
                .containsExactly(new FrameError(Xlsx.SHEET, 2, "A", "frame.badCode", List.of("Mã xã", 5, "3101"))));
    }

    private Round launch(int year, String unitId) {
        return rounds.launchNew(new NewRound(year, "Đợt thử danh mục xã", RoundLevel.NATIONAL, List.of(unitId),
                "sampling-request@1", LocalDate.now().plusDays(10)), COORDINATOR);
    }

    private String taskOf(Round round, Actor actor) {
        return tasks.inbox(actor, new InboxFilter(round.id(), null), 0, 1).get(0).taskId();
    }

    private String requestOf(Round round, String unitId) {
        return sampling.forRound(round.id()).stream().filter(r -> r.unitId().equals(unitId)).findFirst()
                .orElseThrow().id();
    }

    private FrameSummary attach(String task, Actor actor, List<List<Object>> rows) {
        byte[] file = Xlsx.frame(rows);
        frames.attachFrame(task, new ByteArrayInputStream(file), file.length, actor);
        return frames.frameSummary(sampling.submitTask(task, actor).request().id()).orElseThrow();
    }
}
