package vn.thuocdo.web;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import vn.thuocdo.identity.Role;
import vn.thuocdo.units.Units;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's claims to our one authorisation model: realm roles ({@code roles} claim) become {@code ROLE_x}, the
 * unit ({@code unit} claim, from the unit group's {@code unitCode}) becomes {@code UNIT_x} if the register knows
 * it. A person without a known unit gets no role at all: they may sign in but act for nobody.
 */
@Component
public class ClaimsMapping {

    public static final String ROLES = "roles";
    public static final String UNIT = "unit";

    private final Units units;

    ClaimsMapping(Units units) {
        this.units = units;
    }

    public List<GrantedAuthority> authorities(Map<String, Object> claims) {
        String unit = claims.get(UNIT) instanceof String u && !u.isBlank() ? u : null;
        if (unit == null || units.find(unit).isEmpty()) {
            return List.of();
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (claims.get(ROLES) instanceof Collection<?> roles) {
            for (Object role : roles) {
                Role.ofKey(String.valueOf(role))
                        .ifPresent(r -> authorities.add(new SimpleGrantedAuthority(CurrentActor.ROLE_PREFIX + r.key())));
            }
        }
        authorities.add(new SimpleGrantedAuthority(CurrentActor.UNIT_PREFIX + unit));
        return authorities;
    }
}
