package vn.thuocdo.directory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thuocdo.audit.AuditLog;
import vn.thuocdo.identity.AccessDenied;
import vn.thuocdo.identity.Actor;
import vn.thuocdo.identity.Role;
import vn.thuocdo.shared.Rejected;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coordinator's side of the directory: which participating units can sign in, creating their groups and
 * inviting their officers. Checked, audited, and refused in the built-in mode, where accounts are configuration.
 */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static final Set<Role> INVITABLE = Set.of(Role.PROVINCIAL_OFFICER, Role.FIELDWORK_SUPERVISOR,
            Role.ENUMERATOR);

    private final UnitDirectory directory;
    private final Units units;
    private final AuditLog audit;

    Accounts(UnitDirectory directory, Units units, AuditLog audit) {
        this.directory = directory;
        this.units = units;
        this.audit = audit;
    }

    public boolean manageable() {
        return directory.manageable();
    }

    public Set<String> unitsWithGroup(Collection<Unit> participants, Actor actor) {
        requireCoordinator(actor);
        return directory.unitsWithGroup(participants);
    }

    @Transactional
    public int createMissingGroups(Collection<Unit> participants, Actor actor) {
        requireCoordinator(actor);
        requireManageable();
        int created = directory.createMissingGroups(participants);
        audit.record(actor.username(), actor.unitId(), "directory.groups", participants.size() + " units",
                created + " created");
        return created;
    }

    @Transactional
    public UnitDirectory.Invitation invite(String username, String fullName, String email, String unitId, Actor actor) {
        return invite(username, fullName, email, unitId, Role.PROVINCIAL_OFFICER, actor);
    }

    /**
     * An account in a unit with one of the roles a coordinator hands out: a provincial officer, or a member of a
     * fieldwork branch (supervisor, enumerator). Other roles stay decisions of the realm's administrators.
     */
    @Transactional
    public UnitDirectory.Invitation invite(String username, String fullName, String email, String unitId, Role role,
                                           Actor actor) {
        requireCoordinator(actor);
        if (!INVITABLE.contains(role)) {
            throw new Rejected("accounts.roleNotInvitable");
        }
        requireManageable();
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new Rejected("accounts.badUsername");
        }
        if (fullName == null || fullName.isBlank() || fullName.length() > 120) {
            throw new Rejected("accounts.nameRequired");
        }
        if (email == null || !EMAIL.matcher(email.strip()).matches()) {
            throw new Rejected("accounts.badEmail");
        }
        Unit unit = units.get(unitId);
        UnitDirectory.Invitation invitation = directory.invite(new UnitDirectory.NewAccount(name, fullName.strip(),
                email.strip(), unit, role));
        audit.record(actor.username(), actor.unitId(), "directory.invite", name + "@" + unit.id() + " " + role.key(),
                (invitation.created() ? "created" : "exists") + (invitation.mailSent() ? ", mail sent" : ""));
        return invitation;
    }

    private void requireCoordinator(Actor actor) {
        if (!actor.has(Role.MINISTRY_COORDINATOR)) {
            throw new AccessDenied(actor.username(), Role.MINISTRY_COORDINATOR.key());
        }
    }

    private void requireManageable() {
        if (!directory.manageable()) {
            throw new Rejected("accounts.builtIn");
        }
    }

    /** For views listing participants. */
    public List<Unit> unitsOf(Collection<String> ids) {
        return units.byId(ids).values().stream().sorted(java.util.Comparator.comparing(Unit::code)).toList();
    }
}
