package vn.thuocdo.audit;

import java.time.LocalDate;

/**
 * What an operator filters the audit trail by; every part optional. {@code person} matches a username or a full
 * name, in part and whatever the case; {@code from} and {@code to} are Vietnamese calendar days, both included.
 */
public record AuditQuery(String person, String unitId, String action, LocalDate from, LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        person = blankToNull(person);
        unitId = blankToNull(unitId);
        action = blankToNull(action);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
