package vn.thuocdo.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in person as an {@link Actor}. Roles and unit travel as authorities ({@code ROLE_provincial-officer},
 * {@code UNIT_T34-31}) whatever the sign-in (built-in accounts or Keycloak), so there is one authorisation model.
 */
@Component
public class CurrentActor {

    public static final String UNIT_PREFIX = "UNIT_";
    public static final String ROLE_PREFIX = "ROLE_";

    public Actor get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new vn.thuocdo.identity.AccessDenied("anonymous", "sign-in");
        }
        return of(auth);
    }

    public static Actor of(Authentication auth) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String unit = null;
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name.startsWith(ROLE_PREFIX)) {
                Role.ofKey(name.substring(ROLE_PREFIX.length())).ifPresent(roles::add);
            } else if (name.startsWith(UNIT_PREFIX)) {
                unit = name.substring(UNIT_PREFIX.length());
            }
        }
        if (unit == null) {
            // A person without a unit may sign in but can act for nobody.
            unit = "-";
            roles.clear();
        }
        return new Actor(auth.getName(), displayName(auth), unit, roles);
    }

    private static String displayName(Authentication auth) {
        if (auth.getPrincipal() instanceof DisplayNamed named) {
            return named.displayName();
        }
        // An API caller's access token (Keycloak's "profile" scope) carries the person's full name.
        if (auth.getPrincipal() instanceof ClaimAccessor token) {
            String name = token.getClaimAsString("name");
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return auth.getName();
    }

    /** A principal that knows the name to greet its person with. */
    public interface DisplayNamed {
        String displayName();
    }
}
