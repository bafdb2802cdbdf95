package vn.thuocdo.audit.ui;

import com.vaadin.flow.component.Component;
import vn.thuocdo.audit.AuditEvent;
import vn.thuocdo.audit.AuditWorkbooks;
import vn.thuocdo.units.Unit;
import vn.thuocdo.units.Units;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The audit trail in the reader's words: actions and outcomes from the message bundles, unit names instead of ids.
 * An action recorded before its wording existed shows as its key rather than as nothing.
 */
class AuditWording {

    private final Component reader;
    private final Units units;
    private final Map<String, String> unitNames = new HashMap<>();

    AuditWording(Component reader, Units units) {
        this.reader = reader;
        this.units = units;
    }

    String action(String action) {
        return text("audit.action." + action, action);
    }

    String outcome(String outcome) {
        return text("audit.outcome." + outcome, outcome);
    }

    /** The unit's name, looked up once per unit for the whole view. */
    String unit(String unitId) {
        if (unitId == null || "-".equals(unitId)) {
            return reader.getTranslation("audit.noUnit");
        }
        return unitNames.computeIfAbsent(unitId, id -> units.find(id).map(Unit::name).orElse(id));
    }

    void knowUnits(Collection<String> ids) {
        units.byId(ids.stream().filter(id -> !unitNames.containsKey(id)).toList())
                .forEach((id, unit) -> unitNames.put(id, unit.name()));
    }

    AuditWorkbooks.Line line(AuditEvent e) {
        return new AuditWorkbooks.Line(e.at(), e.who(), e.actor(), unit(e.unitId()), action(e.action()), e.target(),
                outcome(e.outcome()), e.detail());
    }

    private String text(String key, String fallback) {
        String text = reader.getTranslation(key);
        // Vaadin answers a missing key with "!{key}!".
        return text == null || text.startsWith("!{") ? fallback : text;
    }
}
