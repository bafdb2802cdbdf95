package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the official unit lists shipped in {@code units/*.csv} (copied from the domain's reference data): the 63
 * provinces until 30/06/2025, the 34 from 01/07/2025 with the codes each was formed from, and the ministries.
 * A migration, not a start-up step, so the register is versioned with the schema and later changes are new
 * migrations.
 */
public class V2__Reference_units extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        try (PreparedStatement unit = db.prepareStatement(
                "insert into unit (id, code, name, kind, valid_from, valid_to, par_evaluated) values (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement succession = db.prepareStatement(
                     "insert into unit_succession (predecessor_id, successor_id) values (?, ?)")) {
            for (List<String> row : csv("units/provinces-2008-2025.csv")) {
                insert(unit, "T63-" + row.get(0), row.get(0), row.get(1), "PROVINCE", row.get(3), row.get(4), true);
            }
            List<String[]> crosswalk = new ArrayList<>();
            for (List<String> row : csv("units/provinces-from-2025-07.csv")) {
                String id = "T34-" + row.get(0);
                insert(unit, id, row.get(0), row.get(1), "PROVINCE", row.get(3), "", true);
                for (String old : row.get(4).trim().split("\\s+")) {
                    crosswalk.add(new String[] {"T63-" + old, id});
                }
            }
            for (List<String> row : csv("units/ministries.csv")) {
                insert(unit, "BO-" + row.get(0), row.get(0), row.get(1), "MINISTRY", row.get(3), row.get(4),
                        Boolean.parseBoolean(row.get(2)));
            }
            unit.executeBatch();
            for (String[] link : crosswalk) {
                succession.setString(1, link[0]);
                succession.setString(2, link[1]);
                succession.addBatch();
            }
            succession.executeBatch();
        }
    }

    private static void insert(PreparedStatement unit, String id, String code, String name, String kind,
                               String from, String to, boolean evaluated) throws SQLException {
        unit.setString(1, id);
        unit.setString(2, code);
        unit.setString(3, name);
        unit.setString(4, kind);
        unit.setDate(5, from.isBlank() ? null : Date.valueOf(from));
        unit.setDate(6, to.isBlank() ? null : Date.valueOf(to));
        unit.setBoolean(7, evaluated);
        unit.addBatch();
    }

    /** A small RFC 4180 reader: the files quote names that contain commas. The header row is skipped. */
    static List<List<String>> csv(String resource) throws IOException {
        var in = V2__Reference_units.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                if (!line.isBlank()) {
                    rows.add(split(line));
                }
            }
        }
        return rows;
    }

    private static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        while (cells.size() < 6) {
            cells.add("");
        }
        return cells;
    }
}
