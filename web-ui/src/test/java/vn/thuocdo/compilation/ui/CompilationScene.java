package vn.thuocdo.compilation.ui;

import vn.thuocdo.assessment.SelfAssessment;
import vn.thuocdo.assessment.SelfAssessments;
import vn.thuocdo.forms.scorecard.ScoringRule;
import vn.thuocdo.forms.scorecard.SelfScore;
import vn.thuocdo.forms.scorecard.SubCriterion;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.testing.TestActors;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.forms.index.IndexCatalogue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** What the compilation screens' tests put in a round: citizens' responses, and units that assessed themselves. */
final class CompilationScene {

    private CompilationScene() {
    }

    /**
     * One household of {@code commune} in the round's approved sample with its design weight, invited and answering
     * every sipas@1 item with {@code answer} on the web.
     */
    static void respond(JdbcClient db, String round, String sample, String unit, String commune, double weight,
                        String answer) {
        Long slot = db.sql("insert into survey_sample_unit (sample_id, unit_id, stage, commune_code, commune_name,"
                        + " draw_order, certainty, weight) values (?, ?, 'HOUSEHOLD', ?, ?, 1, false, ?) returning id")
                .params(sample, unit, commune, commune, weight).query(Long.class).single();
        Long invitation = db.sql("insert into survey_invitation (round_id, kind, questionnaire, code_hash, unit_id,"
                        + " sample_unit_id, batch, state, issued_by, issued_at)"
                        + " values (?, 'CITIZEN', 'sipas-citizen@1', ?, ?, ?, 'b1', 'ISSUED', 'x', ?) returning id")
                .params(round, UUID.randomUUID().toString(), unit, slot, Timestamp.from(Instant.now()))
                .query(Long.class).single();
        String answers = IndexCatalogue.load().get("sipas@1").items().stream()
                .map(i -> "\"" + i + "\":\"" + answer + "\"").collect(Collectors.joining(",", "{", "}"));
        db.sql("insert into survey_response (id, round_id, invitation_id, questionnaire, channel, unit_id,"
                        + " commune_code, answers, received_at) values (?, ?, ?, 'sipas-citizen@1', 'WEB', ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), round, invitation, unit, commune, answers,
                        Timestamp.from(Instant.now())).update();
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
