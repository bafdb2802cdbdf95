package vn.thuocdo.history;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thuocdo.identity.Actor;

import java.sql.Timestamp;
import java.util.List;

/** The history_batch table, shared by the results' and the targets' imports. */
final class HistoryBatches {

    private HistoryBatches() {
    }

    static void insert(JdbcClient db, String id, HistoryBatch.Kind kind, String fileName, int rows, Actor actor,
                       Timestamp at) {
        db.sql("""
                        insert into history_batch (id, kind, file_name, row_count, replaced, imported_by, imported_name,
                        imported_at) values (?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(id, kind.name(), fileName == null ? null : cut(fileName, 255), rows, actor.username(),
                        name(actor), at).update();
    }

    static HistoryBatch get(JdbcClient db, String id) {
        return db.sql("select * from history_batch where id = ?").param(id).query(HistoryBatches::map).single();
    }

    static List<HistoryBatch> latest(JdbcClient db, int count) {
        return db.sql("select * from history_batch order by imported_at desc, id").query(HistoryBatches::map).list()
                .stream().limit(count).toList();
    }

    static String name(Actor actor) {
        return actor.displayName() == null ? null : cut(actor.displayName(), 200);
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static HistoryBatch map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new HistoryBatch(rs.getString("id"), HistoryBatch.Kind.valueOf(rs.getString("kind")),
                rs.getString("file_name"), rs.getInt("row_count"), rs.getInt("replaced"), rs.getString("imported_by"),
                rs.getString("imported_name"), PublishedResults.instant(rs.getTimestamp("imported_at")));
    }
}
