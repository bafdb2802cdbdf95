package vn.thuocdo.survey.draw;

import java.util.List;

/**
 * One province's approved sampling frame (Phụ lục 1) as the draw reads it. {@code unitId} is the unit's stable id
 * (e.g. {@code T34-31}); {@code code} its official code, which also seeds the province's own random stream.
 */
public record ProvinceFrame(String unitId, String code, String name, List<CommuneFrame> communes) {

    public ProvinceFrame {
        communes = communes == null ? List.of() : List.copyOf(communes);
    }
}
