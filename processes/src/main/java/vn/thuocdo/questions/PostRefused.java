package vn.thuocdo.questions;

import vn.thuocdo.shared.Rejected;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A citizen's post refused for one or more of its fields: every field's reason at once, so a person on a slow phone
 * corrects them all in one go. Its own key and arguments are the first field's, so whoever reads only the one shared
 * shape of a refusal still has a true reason.
 */
public class PostRefused extends Rejected {

    /** The form's fields, in the order the form shows them. */
    public enum Field { BODY, UNIT, NAME, EMAIL }

    private final transient Map<Field, Rejected> reasons;

    PostRefused(Map<Field, Rejected> reasons) {
        super(first(reasons).key(), first(reasons).args().toArray());
        this.reasons = Collections.unmodifiableMap(new EnumMap<>(reasons));
    }

    /** Each refused field's reason, in the form's order. */
    public Map<Field, Rejected> reasons() {
        return reasons;
    }

    private static Rejected first(Map<Field, Rejected> reasons) {
        return new EnumMap<>(reasons).values().iterator().next();
    }
}
