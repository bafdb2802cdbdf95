package vn.thuocdo.directory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.thuocdo.units.Unit;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The built-in accounts' directory: the units of the demo accounts count as having a group; nothing can be
 * created, since those accounts are configuration. Keycloak's directory replaces it in keycloak mode.
 */
@Component
@ConditionalOnProperty(name = "thuocdo.identity.mode", havingValue = "built-in", matchIfMissing = true)
class BuiltInDirectory implements UnitDirectory {

    private final Set<String> units;
    /** "unit|role" to the demo accounts' mail addresses, where configured. */
    private final java.util.Map<String, java.util.List<String>> emails = new java.util.HashMap<>();
    /** "unit|role" to the demo accounts holding it. */
    private final java.util.Map<String, java.util.List<Person>> people = new java.util.HashMap<>();

    BuiltInDirectory(Environment env) {
        Set<String> demoUnits = new HashSet<>();
        for (int i = 0; env.containsProperty("thuocdo.identity.demo-accounts[" + i + "].unit"); i++) {
            String account = "thuocdo.identity.demo-accounts[" + i + "]";
            String unit = env.getProperty(account + ".unit");
            demoUnits.add(unit);
            String email = env.getProperty(account + ".email");
            Person person = new Person(env.getProperty(account + ".username"),
                    env.getProperty(account + ".display-name", env.getProperty(account + ".username")));
            for (int r = 0; env.containsProperty(account + ".roles[" + r + "]"); r++) {
                people.computeIfAbsent(unit + "|" + env.getProperty(account + ".roles[" + r + "]"),
                        k -> new java.util.ArrayList<>()).add(person);
            }
            for (int r = 0; email != null && env.containsProperty(account + ".roles[" + r + "]"); r++) {
                emails.computeIfAbsent(unit + "|" + env.getProperty(account + ".roles[" + r + "]"),
                        k -> new java.util.ArrayList<>()).add(email);
            }
        }
        this.units = Set.copyOf(demoUnits);
    }

    @Override
    public java.util.List<String> emailsOf(String unitId, vn.thuocdo.identity.Role role) {
        return java.util.List.copyOf(emails.getOrDefault(unitId + "|" + role.key(), java.util.List.of()));
    }

    @Override
    public java.util.List<Person> people(String unitId, vn.thuocdo.identity.Role role) {
        return java.util.List.copyOf(people.getOrDefault(unitId + "|" + role.key(), java.util.List.of()));
    }

    @Override
    public boolean manageable() {
        return false;
    }

    @Override
    public Set<String> unitsWithGroup(Collection<Unit> all) {
        return all.stream().map(Unit::id).filter(units::contains).collect(Collectors.toSet());
    }

    @Override
    public int createMissingGroups(Collection<Unit> all) {
        // Accounts refuses first (accounts.builtIn); reaching this is a programming error.
        throw new IllegalStateException("built-in accounts are configuration");
    }

    @Override
    public Invitation invite(NewAccount account) {
        throw new IllegalStateException("built-in accounts are configuration");
    }
}
