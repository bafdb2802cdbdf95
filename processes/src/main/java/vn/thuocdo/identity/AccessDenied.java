package vn.thuocdo.identity;

import vn.thuocdo.shared.Rejected;

/** A person asked for something outside their role or unit. The message never reveals what they asked for. */
public class AccessDenied extends Rejected {

    private final String username;
    private final String needed;

    public AccessDenied(String username, String needed) {
        super("access.denied");
        this.username = username;
        this.needed = needed;
    }

    public String username() {
        return username;
    }

    /** The group that would have allowed it, for the audit trail only. */
    public String needed() {
        return needed;
    }
}
