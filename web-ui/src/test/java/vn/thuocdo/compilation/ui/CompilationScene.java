package vn.thuocdo.compilation.ui;

import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.testing.TestActors;

import java.util.List;

/** What the compilation screens' tests put in a round besides its survey (SurveyScene): units that assessed themselves. */
final class CompilationScene {

    private CompilationScene() {
    }

    /**
     * Units that assessed themselves, answering no to every yes/no sub-criterion: a unit that did not is outside the
     * PAR ranking, so a test about ranks gives each unit a self-assessment whose points are its survey points alone.
     */
    static void withNoOwnPoints(SelfAssessments assessments, String roundId, List<String> units) {
        for (String unit : units) {
            Actor officer = TestActors.officerOf(unit);
            SelfAssessment opened = assessments.open(officer, roundId, unit);
            for (SubCriterion sub : opened.scorecard().subCriteria()) {
                if (sub.rule() instanceof ScoringRule.YesNo) {
                    assessments.score(officer, roundId, unit, sub.code(), new SelfScore.Done(false), null, 0);
                }
            }
        }
    }
}
