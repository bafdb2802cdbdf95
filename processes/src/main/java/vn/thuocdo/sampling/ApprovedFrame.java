package vn.thuocdo.sampling;

import java.util.List;

/** One unit's approved sampling frame (Phụ lục 1) in a round: what a survey sample is drawn from. */
public record ApprovedFrame(String unitId, String requestId, String template, List<FrameRow> rows) {

    public ApprovedFrame {
        rows = List.copyOf(rows);
    }
}
