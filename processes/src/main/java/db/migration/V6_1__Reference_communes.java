package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Loads the 3,321 communes, wards and special zones from 01/07/2025 shipped in {@code units/communes-from-2025-07.csv}
 * (source and licence in {@code units/README.md}) into the commune register, each under its 34-province unit
 * ({@code T34-} and the province code). Batched, as 3,321 single inserts would slow every fresh database.
 */
public class V6_1__Reference_communes extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into commune (code, name, province_id, valid_from, valid_to) values (?, ?, ?, ?, null)")) {
            int pending = 0;
            for (List<String> row : V2__Reference_units.csv("units/communes-from-2025-07.csv")) {
                insert.setString(1, row.get(0));
                insert.setString(2, row.get(1));
                insert.setString(3, "T34-" + row.get(2));
                insert.setDate(4, Date.valueOf(row.get(3)));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }
}
