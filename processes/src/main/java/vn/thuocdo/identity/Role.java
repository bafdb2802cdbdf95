package vn.thuocdo.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles of the evaluation; {@code key} is the name used by Keycloak realm roles and Spring authorities. */
public enum Role {
    MINISTRY_COORDINATOR("ministry-coordinator"),
    PROVINCIAL_OFFICER("provincial-officer"),
    UNIT_LEADER("unit-leader"),
    APPRAISER("appraiser"),
    COUNCIL_MEMBER("council-member"),
    FIELDWORK_SUPERVISOR("fieldwork-supervisor"),
    ENUMERATOR("enumerator"),
    OPERATOR("operator"),
    CITIZEN_MODERATOR("citizen-moderator"),
    /** The survey team's statisticians: the only people who may export survey microdata (pseudonymised, audited). */
    SURVEY_STATISTICIAN("survey-statistician"),
    /** A partner's system (Vietnam Post, ...) sending batches of responses through the API. */
    SURVEY_PARTNER("survey-partner");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Role> ofKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    /** The workflow candidate group for this role within one unit, e.g. {@code provincial-officer:T34-31}. */
    public String groupIn(String unitId) {
        return key + ":" + unitId;
    }
}
