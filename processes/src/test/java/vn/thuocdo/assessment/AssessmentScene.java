package vn.thuocdo.assessment;

import vn.thuocdo.forms.scorecard.Scorecard;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The people and answers the self-assessment tests use. */
final class AssessmentScene {

    static final String HAI_PHONG_ID = "T34-31";
    static final Actor OFFICER = new Actor("haiphong", "Nguyễn Thị Lan", HAI_PHONG_ID, Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor SECOND_OFFICER =
            new Actor("haiphong2", "Trần Văn Minh", HAI_PHONG_ID, Set.of(Role.PROVINCIAL_OFFICER));
    static final Actor LEADER = new Actor("lanhdao.haiphong", "Phạm Quốc Hùng", HAI_PHONG_ID, Set.of(Role.UNIT_LEADER));
    static final Actor APPRAISER = new Actor("thamdinh", "Lê Thẩm Định", "BO-BNV", Set.of(Role.APPRAISER));
    static final Actor OTHER_APPRAISER = new Actor("thamdinh2", "Đỗ Văn Khác", "BO-BNV", Set.of(Role.APPRAISER));
    /** An appraiser whose own unit is Hải Phòng: may never appraise it. */
    static final Actor HAI_PHONG_APPRAISER =
            new Actor("thamdinh.hp", "Vũ Thị Hải", HAI_PHONG_ID, Set.of(Role.APPRAISER));

    private AssessmentScene() {
    }

    /** An answer its rule allows, full marks where possible, for filling a whole scorecard. */
    static SelfScore anAllowedAnswer(SubCriterion sub) {
        ScoringRule rule = sub.rule();
        if (rule instanceof ScoringRule.YesNo) {
            return new SelfScore.Done(true);
        }
        if (rule instanceof ScoringRule.Tiered tiered) {
            return new SelfScore.Level(tiered.levels().get(0).key());
        }
        ScoringRule.Formula formula = (ScoringRule.Formula) rule;
        Map<String, String> figures = new HashMap<>();
        formula.figures().forEach(f -> figures.put(f.id(), "10"));
        return new SelfScore.Figures(figures);
    }

    static Scorecard.Kind kind() {
        return Scorecard.Kind.PROVINCE;
    }
}
