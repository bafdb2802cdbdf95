package vn.thuocdo.survey.draw;

import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.design.Allocation;
import vn.thuocdo.forms.design.DesignStage;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.SelectionMethod;
import vn.thuocdo.forms.design.SizeMeasure;
import vn.thuocdo.forms.design.StageLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Two provinces of 12 communes each, small enough to draw 10,000 times in seconds. Province 01 has two certainty
 * communes (00001 at once, 00002 only once 00001 is set aside), communes with no more villages than asked, a
 * certainty village (in 00004) and a village with a household list; province 02 has no certainty commune and a
 * village of 3 households, fewer than the 5 asked.
 */
final class SmallFrames {

    static final int COMMUNES_ASKED = 4;

    private SmallFrames() {
    }

    /** 60 respondents = 4 communes × 3 villages × 5 households per province. */
    static SampleDesign design() {
        return design(Allocation.fixed(COMMUNES_ASKED * 3 * 5));
    }

    static SampleDesign design(Allocation allocation) {
        return design(allocation, SizeMeasure.HOUSEHOLDS);
    }

    /** Communes and villages drawn proportional to {@code measure}. */
    static SampleDesign design(Allocation allocation, SizeMeasure measure) {
        return new SampleDesign("test-design", 1, new Text("Thử", "Test"), new Text("Thử [A]", "Test [A]"),
                "sampling-frame@1", allocation, List.of(
                new DesignStage(StageLevel.COMMUNE, SelectionMethod.PPS_SYSTEMATIC, measure, null, 2),
                new DesignStage(StageLevel.VILLAGE, SelectionMethod.PPS_SYSTEMATIC, measure, 3, 1),
                new DesignStage(StageLevel.HOUSEHOLD, SelectionMethod.SYSTEMATIC, null, 5, 3)));
    }

    static List<ProvinceFrame> both() {
        return List.of(haiPhong(), quangNinh());
    }

    static ProvinceFrame haiPhong() {
        List<String> list = IntStream.rangeClosed(1, 23).mapToObj(i -> "Hộ số " + i).toList();
        return new ProvinceFrame("T34-31", "01", "Hải Phòng", List.of(
                new CommuneFrame("00001", "Phường Hồng Bàng", List.of(village("Tổ 1", 1700), village("Tổ 2", 800),
                        new VillageFrame("Tổ 3", 23L, 80L, list))),
                commune("00002", 700, 600, 500, 300), commune("00003", 120, 80),
                commune("00004", 90, 60, 40, 30, 20, 10), commune("00005", 400, 300),
                commune("00006", 150, 150, 100), commune("00007", 60, 40),
                commune("00008", 200, 180, 160, 140, 120), commune("00009", 500, 100, 50),
                commune("00010", 75, 75), commune("00011", 250, 200, 150, 100), commune("00012", 33, 17, 50)));
    }

    static ProvinceFrame quangNinh() {
        return new ProvinceFrame("T34-22", "02", "Quảng Ninh", List.of(
                commune("10001", 100, 80), commune("10002", 300, 200, 100, 50), commune("10003", 3, 150, 220),
                commune("10004", 400, 350, 300, 250, 200), commune("10005", 60, 90), commune("10006", 500, 20, 30, 40),
                commune("10007", 120, 130, 140), commune("10008", 45, 55, 65, 75, 85, 95), commune("10009", 700, 300),
                commune("10010", 210, 190), commune("10011", 330, 270, 240), commune("10012", 90, 110, 80, 120)));
    }

    /** 12 communes of 4 to 6 villages of 100 to 130 households: no unit is ever taken with certainty. */
    static ProvinceFrame evenProvince() {
        List<CommuneFrame> communes = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            List<VillageFrame> villages = new ArrayList<>();
            for (int j = 1; j <= 4 + i % 3; j++) {
                villages.add(village("Thôn " + j, 100 + 5 * ((i * j) % 7)));
            }
            communes.add(new CommuneFrame("%05d".formatted(20000 + i), "Xã " + i, villages));
        }
        return new ProvinceFrame("T34-40", "03", "Nghệ An", communes);
    }

    static CommuneFrame commune(String code, long... households) {
        List<VillageFrame> villages = new ArrayList<>();
        Arrays.stream(households).forEach(h -> villages.add(village("Thôn " + (villages.size() + 1), h)));
        return new CommuneFrame(code, "Xã " + code, villages);
    }

    static VillageFrame village(String name, long households) {
        // Persons per household vary (3 to 5), so a design measured by population is not self-weighting in households.
        return new VillageFrame(name, households, households * (3 + households % 3));
    }

    static long households(ProvinceFrame frame) {
        return SampleSizes.total(frame, SizeMeasure.HOUSEHOLDS);
    }
}
