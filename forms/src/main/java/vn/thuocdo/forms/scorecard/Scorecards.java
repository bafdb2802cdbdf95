package vn.thuocdo.forms.scorecard;

/**
 * Entry point for scorecards that do not come from the shipped catalogue (an imported workbook, a stored version):
 * the same strict reading and validation as on load.
 */
public final class Scorecards {

    private Scorecards() {
    }

    /** Reads and validates a scorecard's JSON; throws {@link ScorecardInvalid} with every reason. */
    public static Scorecard parse(String json) {
        return ScorecardJson.parse(json);
    }

    /** Validates a scorecard built in code (e.g. from a workbook); throws {@link ScorecardInvalid} with every reason. */
    public static Scorecard validate(Scorecard scorecard) {
        ScorecardValidator.validate(scorecard);
        return scorecard;
    }

    /** The canonical JSON of a scorecard: what is stored, and what {@link #parse} reads back equal. */
    public static String write(Scorecard scorecard) {
        return ScorecardJson.write(scorecard);
    }
}
