package vn.thuocdo.fieldwork;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thuocdo.forms.questionnaire.Questionnaire;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.survey.Questionnaires;

/** What fieldwork needs of a round: who organises it, its approved sample and its pinned citizen questionnaire. */
@Component
class FieldworkRounds {

    private final JdbcTemplate jdbc;
    private final Questionnaires questionnaires;

    FieldworkRounds(JdbcTemplate jdbc, Questionnaires questionnaires) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
    }

    /** The unit whose coordinators and statisticians run the round. */
    String organiser(String roundId) {
        return jdbc.queryForList("select organiser_unit_id from evaluation_round where id = ?", String.class, roundId)
                .stream().findFirst().orElseThrow(() -> new Rejected("round.notFound"));
    }

    /** Serialises changes of a round's teams, so one username cannot join two branches at once. */
    void lock(String roundId) {
        jdbc.queryForList("select id from evaluation_round where id = ? for update", String.class, roundId);
    }

    String approvedSample(String roundId) {
        return jdbc.queryForList("select id from survey_sample where round_id = ? and state = 'APPROVED'",
                String.class, roundId).stream().findFirst()
                .orElseThrow(() -> new Rejected("fieldwork.noApprovedSample"));
    }

    /** The same pinned version the online survey asks (survey_plan), so both channels share one definition. */
    String citizenQuestionnaire(String roundId) {
        return jdbc.queryForList("select citizen_questionnaire from survey_plan where round_id = ?", String.class,
                roundId).stream().findFirst().orElseThrow(() -> new Rejected("fieldwork.noApprovedSample"));
    }

    /** The pinned questionnaire itself, which every answer and every comment's question is read against. */
    Questionnaire questionnaire(String roundId) {
        String reference = citizenQuestionnaire(roundId);
        return questionnaires.find(reference).orElseThrow(() -> new IllegalStateException(
                "The round's pinned questionnaire " + reference + " is gone"));
    }
}
