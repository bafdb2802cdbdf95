package vn.thuocdo.survey.draw;

import java.util.List;

/** A commune (xã, phường, đặc khu) of a province's frame with its villages or residential groups. */
public record CommuneFrame(String code, String name, List<VillageFrame> villages) {

    public CommuneFrame {
        villages = villages == null ? List.of() : List.copyOf(villages);
    }
}
