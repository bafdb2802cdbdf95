package vn.thuocdo.testing;

import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.Set;

/** People the tests act as; unit ids are the real ones (BO-BNV is the Ministry of Home Affairs). */
public final class TestActors {

    public static final Actor COORDINATOR =
            new Actor("dieuphoi", "Điều phối viên Bộ Nội vụ", "BO-BNV", Set.of(Role.MINISTRY_COORDINATOR));
    public static final Actor HAI_PHONG =
            new Actor("haiphong", "Chuyên viên Sở Nội vụ Hải Phòng", "T34-31", Set.of(Role.PROVINCIAL_OFFICER));
    public static final Actor HA_NOI =
            new Actor("hanoi", "Chuyên viên Sở Nội vụ Hà Nội", "T34-01", Set.of(Role.PROVINCIAL_OFFICER));
    public static final Actor APPRAISER =
            new Actor("thamdinh", "Thành viên tổ thẩm định", "BO-BNV", Set.of(Role.APPRAISER));

    private TestActors() {
    }

    public static Actor officerOf(String unitId) {
        return new Actor("officer-" + unitId, "Chuyên viên " + unitId, unitId, Set.of(Role.PROVINCIAL_OFFICER));
    }
}
