package vn.thuocdo.fieldwork;

import vn.thuocdo.forms.Text;
import vn.thuocdo.forms.design.SampleDesign;
import vn.thuocdo.forms.design.StageLevel;

/** The replacement rule an enumerator reads, worded from the design's household stage (how many stand-ins). */
final class ReplacementRule {

    private ReplacementRule() {
    }

    static Text of(SampleDesign design) {
        int spares = design.stage(StageLevel.HOUSEHOLD).replacements();
        if (spares == 0) {
            return new Text("Thiết kế mẫu không có hộ dự phòng: hộ không phỏng vấn được ghi kết quả, không thay thế.",
                    "The sample design has no replacement households: record the outcome, do not replace.");
        }
        return new Text(("Chỉ thay hộ được chọn khi hộ đó từ chối, vắng nhà sau 3 lần đến hoặc đã chuyển đi: thay bằng"
                + " hộ dự phòng cùng thôn theo đúng thứ tự 1 đến %d, mỗi hộ dự phòng dùng một lần; ghi kết quả"
                + " \"thay thế\" và hộ thay cho hộ được chọn.").formatted(spares),
                ("Replace a selected household only when it refused, was absent after 3 visits or has moved: take the"
                        + " village's replacement households in order, 1 to %d, each once; record the outcome"
                        + " \"replaced\" and the replacement on the selected household.").formatted(spares));
    }
}
