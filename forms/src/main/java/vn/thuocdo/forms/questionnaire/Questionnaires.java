package vn.thuocdo.forms.questionnaire;

/**
 * Entry point for questionnaires that do not come from the shipped catalogue (an XLSForm import, a stored version):
 * the same strict reading and validation as on load.
 */
public final class Questionnaires {

    private Questionnaires() {
    }

    /** Reads and validates a questionnaire's JSON; throws {@link QuestionnaireInvalid} with every reason. */
    public static Questionnaire parse(String json) {
        return QuestionnaireJson.parse(json);
    }

    /** The canonical JSON of a questionnaire: what {@link #parse} reads back equal (a replication package's copy). */
    public static String write(Questionnaire questionnaire) {
        return QuestionnaireJson.write(questionnaire);
    }
}
