package vn.thuocdo.identity;

import java.util.List;
import java.util.Set;

/**
 * The signed-in person as every capability sees them: their roles hold within their one unit. Capabilities take
 * an Actor instead of reading a security context, so rules are testable and the same for UI and API.
 */
public record Actor(String username, String displayName, String unitId, Set<Role> roles) {

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Workflow candidate groups this person may work from. */
    public List<String> groups() {
        return roles.stream().map(r -> r.groupIn(unitId)).sorted().toList();
    }

    public boolean actsFor(String unit) {
        return unitId.equals(unit);
    }

    /** Refuses unless the person holds the role in the given unit. */
    public void require(Role role, String unit) {
        if (!has(role) || !actsFor(unit)) {
            throw new AccessDenied(username, role.groupIn(unit));
        }
    }
}
