package vn.thuocdo.directory;

import vn.thuocdo.identity.Role;
import vn.thuocdo.units.Unit;

import java.util.Collection;
import java.util.Set;

/**
 * Where people and their units live for sign-in (Keycloak in production): one group per unit carrying the unit
 * id as {@code unitCode}. Implemented by an integration adapter; every operation is idempotent, so a coordinator
 * can repeat it after a partial failure.
 */
public interface UnitDirectory {

    /** False when accounts are managed elsewhere (the built-in demo accounts): nothing can be created. */
    boolean manageable();

    /** Ids of the given units that already have their group. */
    Set<String> unitsWithGroup(Collection<Unit> units);

    /** Creates the missing groups; returns how many were created. */
    int createMissingGroups(Collection<Unit> units);

    /** Creates an officer's account in their unit with one role, unless the username exists; says which. */
    Invitation invite(NewAccount account);

    /** Mail addresses of the people holding a role in a unit, for notices. */
    java.util.List<String> emailsOf(String unitId, Role role);

    /** The people holding a role in a unit (the council's candidates), by username. */
    java.util.List<Person> people(String unitId, Role role);

    /** Someone who can sign in: the username the engine and the audit know them by, and their name. */
    record Person(String username, String displayName) {
    }

    /** A person to invite: they set their own password through the e-mail Keycloak sends. */
    record NewAccount(String username, String fullName, String email, Unit unit, Role role) {
    }

    /** What inviting did. {@code mailSent} is false when the directory could not send the set-password e-mail. */
    record Invitation(String username, boolean created, boolean mailSent) {
    }
}
